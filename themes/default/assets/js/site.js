// StaticCatalog default theme: sortable tables, and filter panels whose state lives in the URL query,
// so a filtered view can be shared and bookmarked. Pages work without this script: it only hides and
// reorders what the HTML already lists.
(function () {
  "use strict";

  var each = function (list, f) { Array.prototype.forEach.call(list, f); };

  function cellValue(row, index, kind) {
    var cell = row.cells[index];
    if (!cell) { return kind === "number" ? -Infinity : ""; }
    if (kind === "number") {
      var value = parseFloat(cell.getAttribute("data-value"));
      return isNaN(value) ? -Infinity : value;
    }
    return (cell.getAttribute("data-value") || cell.textContent || "").trim().toLowerCase();
  }

  function sortRows(container, rows, compare) {
    rows.sort(compare).forEach(function (row) { container.appendChild(row); });
  }

  function sortTable(table, index, kind, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    each(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    each(table.tBodies, function (body) {
      sortRows(body, Array.prototype.slice.call(body.rows), function (a, b) {
        var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
    });
  }

  function makeSortable(table) {
    each(table.tHead.rows[0].cells, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, index, kind, th); });
    });
  }

  // A filter panel: <form class="filters" data-items="CSS selector" data-groups="CSS selector"> with
  // fields named after the items' data- attributes (service, category, status, metric), `from` and `to`
  // (dates, compared with data-date), `q` (words in the item's text), `min` and `max` (values with a unit,
  // below) and `sort` (value-asc, value-desc, date-desc, date-asc; empty keeps the page's order).
  var SORTS = {
    "value-asc": function (a, b) { return byUnit(a, b) || number(a, "value") - number(b, "value"); },
    "value-desc": function (a, b) { return byUnit(a, b) || number(b, "value") - number(a, "value"); },
    "date-desc": function (a, b) { return text(b, "date").localeCompare(text(a, "date")); },
    "date-asc": function (a, b) { return text(a, "date").localeCompare(text(b, "date")); }
  };

  function text(item, name) { return item.getAttribute("data-" + name) || ""; }
  function number(item, name) { var v = parseFloat(text(item, name)); return isNaN(v) ? 0 : v; }
  function byUnit(a, b) { return text(a, "unit").localeCompare(text(b, "unit")); }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (field) { return field.name; });
  }

  function matches(item, fields, ranges) {
    return ranges.list.every(function (range) { return inRange(item, range, ranges.anyUnit); }) && fields.every(function (field) {
      var value = field.value.trim().toLowerCase();
      if (!value || field.name === "sort" || RANGES.hasOwnProperty(field.name)) { return true; }
      if (field.name === "q") {
        var words = (item.textContent || "").toLowerCase();
        return value.split(/\s+/).every(function (word) { return words.indexOf(word) >= 0; });
      }
      if (field.name === "from") { return text(item, "date") >= value; }
      if (field.name === "to") { return text(item, "date") <= value; }
      var have = text(item, field.name).toLowerCase();
      if (field.getAttribute("data-match") === "exact") { return have === value; }
      return (" " + have + " ").indexOf(" " + value + " ") >= 0; // one of the item's space-separated values
    });
  }

  // The range fields of the limits index, `min` ("at least") and `max` ("at most"): a value as a reader writes it
  // ("100 Gbps", "10 million pps", "5k", "99.9%"), read with the units the page carries (<script class=
  // "filter-units">, written from the C# unit table, Units.All, and its multipliers) into a base unit and a number.
  // A row matches when its data-unit is that base unit and its data-value is at least min (at most max). A number
  // alone is in the base unit of the Normalized column: with a metric chosen it compares with that metric's rows
  // whatever their unit, otherwise with counts. A value the table cannot read is flagged and left out.
  var RANGES = { min: 1, max: -1 };
  var NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(.*)$/;
  var WORD = /^([A-Za-z]+)\s*(.*)$/;

  function unitTable(form) {
    if (form._units !== undefined) { return form._units; }
    var script = form.querySelector("script.filter-units");
    var data = script ? JSON.parse(script.textContent) : null;
    var bases = {};
    return (form._units = data && {
      multipliers: data.multipliers,
      units: data.units.map(function (u) {
        var spelled = "^(?:" + u[0] + ")$";
        bases[u[2]] = { symbol: u[2], base: u[2], factor: 1 };
        return { exact: new RegExp(spelled), loose: new RegExp(spelled, "i"), symbol: u[1], base: u[2], factor: u[3] };
      }),
      bases: bases
    });
  }

  // The unit `written` names: a spelling as the table has it or a base unit as the Normalized column writes it
  // ("s", "bit/s"), else a spelling ignoring case. Where units read ignoring case differ ("gbps" is Gbps or GBps),
  // b is a bit and B a byte, as in the symbols; {ambiguous: [symbols]} if that does not settle it.
  function unitNamed(table, written) {
    var exact = table.units.filter(function (u) { return u.exact.test(written); })[0];
    if (exact) { return exact; }
    if (Object.prototype.hasOwnProperty.call(table.bases, written)) { return table.bases[written]; }
    var loose = table.units.filter(function (u) { return u.loose.test(written); });
    var b = /b/.test(written) === /B/.test(written) ? null : /b/.test(written) ? /b/ : /B/;
    var alike = loose.filter(function (u) { return b && b.test(u.symbol); });
    if (disagree(loose) && alike.length) { loose = alike; }
    return disagree(loose) ? { ambiguous: loose.map(function (u) { return u.symbol; }) } : loose[0] || null;
  }

  function disagree(units) {
    return units.some(function (u) { return u.base !== units[0].base || u.factor !== units[0].factor; });
  }

  // A typed value as {base, value} (base null for a number alone), or {error}: a number ("5,000", "1.5"), then an
  // optional multiplier (a word in any case, a letter as written) and an optional unit, as the limit finder reads them.
  function readValue(table, typed) {
    var cannot = { error: "cannot read \u201c" + typed + "\u201d as a value with a unit, such as 100 Gbps, 10 ms, 1.5 TB or 5k." };
    var number = NUMBER.exec(typed);
    if (!number) { return cannot; }
    var value = parseFloat(number[1].replace(/,/g, ""));
    var rest = number[2];
    var unit = rest ? unitNamed(table, rest) : null;
    if (rest && !unit) {
      var word = WORD.exec(rest);
      var key = word && (word[1].length > 1 ? word[1].toLowerCase() : word[1]);
      if (!word || !Object.prototype.hasOwnProperty.call(table.multipliers, key)) { return cannot; }
      value *= table.multipliers[key];
      rest = word[2];
      unit = rest ? unitNamed(table, rest) : null;
      if (rest && !unit) { return cannot; }
    }
    if (unit && unit.ambiguous) { return { error: "\u201c" + typed + "\u201d could be in " + unit.ambiguous.join(" or ") + ": write one of them." }; }
    return unit ? { base: unit.base, value: value * unit.factor } : { base: null, value: value };
  }

  // The readable range fields, each field flagged (aria-invalid, described by the note) or not, and the note's text.
  function readRanges(form, items) {
    var ranges = { list: [], anyUnit: !!(form.elements.metric && form.elements.metric.value) };
    var table = unitTable(form);
    var note = form.querySelector(".filter-note");
    if (!table || !note) { return ranges; }
    var notes = [];
    Object.keys(RANGES).forEach(function (name) {
      var field = form.elements[name];
      var typed = field ? field.value.trim() : "";
      var read = typed ? readValue(table, typed) : null;
      var label = field && field.labels.length ? field.labels[0].textContent.trim() : name;
      if (read && read.error) {
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", note.id);
        notes.push(label + ": " + read.error + " It is left out.");
        return;
      }
      if (field) { field.removeAttribute("aria-invalid"); field.removeAttribute("aria-describedby"); }
      if (!read) { return; }
      ranges.list.push({ sign: RANGES[name], base: read.base, value: read.value });
      if (read.base && !items.some(function (item) { return text(item, "unit") === read.base; })) {
        notes.push(label + ": no limit here is in " + read.base + ".");
      }
    });
    if (note.textContent !== notes.join(" ")) { note.textContent = notes.join(" "); }
    return ranges;
  }

  // Whether an item is on the right side of a range; a relative slack of 1e-12 absorbs floating-point products
  // (0.1 ms is 1.0000000000000002e-4 s).
  function inRange(item, range, anyUnit) {
    var unit = text(item, "unit");
    if (range.base ? unit !== range.base : !anyUnit && unit !== "count") { return false; }
    var have = parseFloat(text(item, "value"));
    return range.sign * (have - range.value) >= -Math.abs(range.value) * 1e-12;
  }

  function apply(form, items, updateUrl) {
    var fields = fieldsOf(form);
    var ranges = readRanges(form, items);
    var shown = 0;
    items.forEach(function (item) {
      var hide = !matches(item, fields, ranges);
      if (item.hidden !== hide) { item.hidden = hide; } // untouched rows cost no layout
      if (!hide) { shown++; }
    });
    var sort = form.elements.sort ? SORTS[form.elements.sort.value] : null;
    if (sort || form._sorted) { reorder(items, sort); }
    form._sorted = !!sort;
    count(form, items, shown);
    if (updateUrl) { saveQuery(fields); }
  }

  // Sorted rows, or the page's own order back once the sort is cleared.
  function reorder(items, sort) {
    var byParent = new Map();
    items.forEach(function (item) {
      if (!byParent.has(item.parentNode)) { byParent.set(item.parentNode, []); }
      byParent.get(item.parentNode).push(item);
    });
    byParent.forEach(function (children, parent) {
      sortRows(parent, children.slice(), sort || function (a, b) { return a._order - b._order; });
    });
  }

  // The live counts: per group (a status column, say) and in the panel's status line.
  function count(form, items, shown) {
    var groups = form.getAttribute("data-groups");
    if (groups) {
      each(document.querySelectorAll(groups), function (group) {
        var count = group.querySelectorAll(form.getAttribute("data-items")).length;
        var visible = count - group.querySelectorAll(form.getAttribute("data-items") + "[hidden]").length;
        var counter = group.querySelector("[data-count]");
        if (!counter) { return; }
        if (counter._original === undefined) { counter._original = counter.textContent; }
        counter.textContent = visible === count ? counter._original : "(" + visible + " of " + count + " shown)";
      });
    }
    var status = form.querySelector("[role=status]");
    if (status) {
      var total = +form.getAttribute("data-total") || items.length;
      status.textContent = items.length < total ? "Showing this page's " + shown + " of " + total + "; a filter searches all " + total + "."
        : shown === items.length ? "Showing all " + items.length + "." : "Showing " + shown + " of " + items.length + ".";
    }
  }

  // The filter state in the URL query, so the view can be shared and bookmarked.
  function saveQuery(fields) {
    var query = new URLSearchParams();
    fields.forEach(function (field) { if (field.value) { query.set(field.name, field.value); } });
    var search = query.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
  }

  // A paginated list (data-pages: every page's URL, in order) shows one page's items until a filter is
  // used, or the URL holds one: then the other pages' items are fetched once and added in page order, and
  // the pager, with nothing left to page through, is hidden.
  function loadPages(form, items) {
    if (form._loaded) { return form._loaded; }
    var pages = (form.getAttribute("data-pages") || "").split(" ").filter(Boolean);
    var here = pages.indexOf(location.pathname);
    var selector = form.getAttribute("data-items");
    items.forEach(function (item, index) { item._order = Math.max(here, 0) * 1e6 + index; });
    if (pages.length < 2 || here < 0) { return (form._loaded = Promise.resolve()); }
    var status = form.querySelector("[role=status]");
    if (status) { status.textContent = "Loading all " + form.getAttribute("data-total") + "…"; }
    var parent = items[0].parentNode;
    form._loaded = Promise.all(pages.map(function (url, page) {
      if (page === here) { return null; }
      return fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(response.status + " " + url); }
        return response.text();
      }).then(function (html) {
        var found = new DOMParser().parseFromString(html, "text/html").querySelectorAll(selector);
        each(found, function (item, index) {
          item = document.adoptNode(item);
          item._order = page * 1e6 + index;
          items.push(item);
        });
      });
    })).then(function () {
      items.sort(function (a, b) { return a._order - b._order; }).forEach(function (item) { parent.appendChild(item); });
      each(document.querySelectorAll("nav.pager"), function (pager) { pager.hidden = true; });
    }, function () {
      if (status) { status.textContent = "The other pages could not be loaded: filtering this page only."; }
    });
    return form._loaded;
  }

  function makeFilters(form) {
    var items = Array.prototype.slice.call(document.querySelectorAll(form.getAttribute("data-items")));
    var query = new URLSearchParams(location.search);
    var filtered = false;
    fieldsOf(form).forEach(function (field) {
      if (query.has(field.name)) { field.value = query.get(field.name); filtered = true; }
    });
    function update(save) { loadPages(form, items).then(function () { apply(form, items, save); }); }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function () { update(true); });
    form.addEventListener("change", function () { update(true); });
    form.addEventListener("reset", function () { setTimeout(function () { update(true); }, 0); });
    if (filtered) { update(false); } else { apply(form, items, false); } // rows keep their order until a sort: no _order needed yet
  }

  // The colour scheme toggle: the page follows the system until the reader presses it; the choice is kept
  // in localStorage and applied by a one-line script in <head> before the page paints.
  function makeThemeToggle(button) {
    var root = document.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function dark() {
      var chosen = root.getAttribute("data-theme");
      return chosen ? chosen === "dark" : system.matches;
    }
    function show() { button.setAttribute("aria-pressed", dark() ? "true" : "false"); }
    show();
    system.addEventListener("change", show);
    button.addEventListener("click", function () {
      var theme = dark() ? "light" : "dark";
      root.setAttribute("data-theme", theme);
      try { localStorage.setItem("theme", theme); } catch (e) { /* private mode: the choice lasts this page */ }
      show();
    });
  }

  function start() {
    each(document.querySelectorAll(".theme-toggle"), makeThemeToggle);
    each(document.querySelectorAll("table.sortable"), makeSortable);
    each(document.querySelectorAll("form.filters[data-items]"), makeFilters);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
