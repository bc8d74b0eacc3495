// StaticCatalog search. The header's search box lists results as you type (an ARIA combobox: arrows, Enter,
// Escape); the search page (/search/?q=) lists them all. The index is made by the build
// (src/StaticCatalog.Core/Search) and fetched only when the box is first used: search/manifest.json, then the
// shard of each typed word and the document chunks of the results shown. Ranking follows SearchRanker.cs.
// Text from the index reaches the page only through text nodes, never as HTML.
(function () {
  "use strict";

  var form = document.querySelector("form.site-search");
  var input = form && form.querySelector("input[name=q]");
  if (!input || !window.fetch || !String.prototype.normalize) { return; }

  var base = form.getAttribute("data-base") || "/", root = base + "search/";
  var resultsPage = document.querySelector("[data-search-results]");
  var pageStatus = document.querySelector("[data-search-status]");
  var KINDS = { p: "Post", s: "Service", t: "Tag" };
  var SHOWN = 8, PAGE_SHOWN = 50;
  var files = {}, stop = {}, manifest = null, sequence = 0, active = -1, options = [];

  function load(path) {
    if (!files[path]) {
      files[path] = fetch(root + path).then(function (response) {
        if (!response.ok) { throw new Error(response.status + " " + path); }
        return response.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  function start() {
    if (!manifest) {
      manifest = load("manifest.json").then(function (m) {
        m.stop.forEach(function (word) { stop[word] = true; });
        return m;
      });
      manifest.catch(function () { manifest = null; });
    }
    return manifest;
  }

  // As SearchTokenizer.cs: lower case, no diacritics or thousands separators, runs of letters or of digits.
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "").replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  }

  function wordsOf(text) {
    var words = [];
    (fold(text).match(/\p{L}+|\p{Nd}+/gu) || []).forEach(function (word) {
      if ((word.length > 1 || /\d/.test(word)) && !stop[word] && words.indexOf(word) < 0) { words.push(word); }
    });
    return words;
  }

  // A term is in the shard of the longest key it starts with; a prefix also needs the longer keys it begins.
  function shardsOf(keys, word, prefix) {
    var found = [], longest = -1;
    keys.forEach(function (key, n) {
      if (word.startsWith(key)) {
        if (longest < 0 || key.length > keys[longest].length) { longest = n; }
      } else if (prefix && key.startsWith(word)) {
        found.push(n);
      }
    });
    return longest < 0 ? found : found.concat(longest);
  }

  // The best field's weight, as SearchRanker.Weight: title 10, meta 4, excerpt 1.
  function weight(fields) { return fields & 4 ? 10 : fields & 2 ? 4 : fields & 1 ? 1 : 0; }

  function scoresOf(shards, word, prefix) {
    var scores = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (term) {
        var exact = term === word;
        if (!exact && !(prefix && term.startsWith(word))) { return; }
        var id = 0;
        shard[term].forEach(function (posting) {
          id += Math.floor(posting / 8);
          var score = weight(posting % 8) * (exact ? 1 : 0.5);
          if (!(scores.get(id) >= score)) { scores.set(id, score); }
        });
      });
    });
    return scores;
  }

  function chunkOf(starts, id) {
    var low = 0, high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= id) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  // Resolves to {words, total, docs}: the first `count` results, best first.
  function search(query, count) {
    return start().then(function (m) {
      var words = wordsOf(query);
      return Promise.all(words.map(function (word, i) {
        var prefix = i === words.length - 1;
        return Promise.all(shardsOf(m.shards, word, prefix).map(function (n) { return load("index/" + n + ".json"); }))
          .then(function (shards) { return scoresOf(shards, word, prefix); });
      })).then(function (lists) {
        var total = lists.length ? lists[0] : new Map();
        lists.slice(1).forEach(function (scores) {
          var both = new Map();
          total.forEach(function (score, id) { if (scores.has(id)) { both.set(id, score + scores.get(id)); } });
          total = both;
        });
        var ranked = Array.from(total.keys()).sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
        return Promise.all(ranked.slice(0, count).map(function (id) {
          var chunk = chunkOf(m.chunks, id);
          return load("docs/" + chunk + ".json").then(function (docs) { return docs[id - m.chunks[chunk]]; });
        })).then(function (docs) { return { words: words, total: ranked.length, docs: docs }; });
      });
    });
  }

  function highlight(parent, text, words) {
    var last = words[words.length - 1], position = 0, match, run = /[\p{L}\p{M}]+|\p{Nd}+/gu;
    while ((match = run.exec(text))) {
      var word = fold(match[0]);
      if (words.indexOf(word) >= 0 || (last && word.startsWith(last))) {
        parent.appendChild(document.createTextNode(text.slice(position, match.index)));
        parent.appendChild(element("mark", "", match[0]));
        position = match.index + match[0].length;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(position)));
    return parent;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // doc is [kind, path, title, date, excerpt], as SearchIndexWriter.cs writes it.
  function describe(item, doc, words, link) {
    var title = highlight(element(link ? "a" : "span", "search-title"), doc[2], words);
    if (link) { title.href = base + doc[1]; }
    item.appendChild(title);
    item.appendChild(element("span", "search-meta", KINDS[doc[0]] + (doc[3] ? " · " + doc[3] : "")));
    item.appendChild(highlight(element("span", "search-excerpt"), doc[4], words));
    return item;
  }

  function allResultsUrl(query) { return form.getAttribute("action") + "?q=" + encodeURIComponent(query); }

  // The header's list: a listbox under the box, without a page of its own to leave.
  var list = element("ul", "search-list");
  var announce = element("span", "visually-hidden");
  function setUpCombobox() {
    list.id = "site-search-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    list.hidden = true;
    announce.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(announce);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(index) {
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    options.forEach(function (option, n) { option.setAttribute("aria-selected", n === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function option(url, fill) {
    var item = element("li");
    item.id = "site-search-option-" + options.length;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.setAttribute("data-url", url);
    fill(item);
    options.push(item);
    list.appendChild(item);
  }

  function showList(query, result) {
    list.textContent = "";
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    result.docs.forEach(function (doc) {
      option(base + doc[1], function (item) { describe(item, doc, result.words, false); });
    });
    if (result.total > result.docs.length) {
      option(allResultsUrl(query), function (item) { item.appendChild(element("span", "search-title", "All " + result.total + " results")); });
    }
    if (!result.total) { list.appendChild(element("li", "search-note", "No results for “" + query + "”")); }
    announce.textContent = result.total + (result.total === 1 ? " result" : " results");
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function showPage(query, result) {
    resultsPage.textContent = "";
    result.docs.forEach(function (doc) { resultsPage.appendChild(describe(element("li"), doc, result.words, true)); });
    pageStatus.textContent = !query.trim() ? "Type in the search box above."
      : result.total === 0 ? "No results for “" + query + "”."
        : result.total + (result.total === 1 ? " result" : " results") + " for “" + query + "”"
          + (result.total > result.docs.length ? ", the first " + result.docs.length + " shown." : ".");
    history.replaceState(null, "", query.trim() ? "?q=" + encodeURIComponent(query) : location.pathname);
  }

  function failed() {
    var text = "Search could not load its index.";
    if (resultsPage) { pageStatus.textContent = text; return; }
    list.textContent = "";
    options = [];
    list.appendChild(element("li", "search-note", text));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function update() {
    var query = input.value, mine = ++sequence;
    if (!query.trim() && !resultsPage) { close(); return; }
    search(query, resultsPage ? PAGE_SHOWN : SHOWN).then(function (result) {
      if (mine !== sequence) { return; }
      if (resultsPage) { showPage(query, result); } else { showList(query, result); }
    }).catch(function () { if (mine === sequence) { failed(); } });
  }

  function go(url) { close(); location.href = url; }

  input.addEventListener("focus", function () { start().catch(function () { }); });
  input.addEventListener("input", update);

  if (resultsPage) {
    var fallback = document.querySelector("[data-search-fallback]");
    if (fallback) { fallback.hidden = true; }
    input.value = new URLSearchParams(location.search).get("q") || "";
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    update();
    return;
  }

  setUpCombobox();
  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) { update(); return; }
      select(event.key === "ArrowDown" ? active + 1 : (active < 0 ? -1 : active - 1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      go(options[active].getAttribute("data-url"));
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); close(); } else if (input.value) { input.value = ""; }
    }
  });
  input.addEventListener("blur", close);
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  list.addEventListener("click", function (event) {
    var item = event.target.closest("[role=option]");
    if (item) { go(item.getAttribute("data-url")); }
  });
})();
