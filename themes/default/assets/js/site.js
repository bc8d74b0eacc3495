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
  // (dates, compared with data-date), `q` (words in the item's text) and `sort` (value-asc, value-desc,
  // date-desc, date-asc; empty keeps the page's order).
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

  function matches(item, fields) {
    return fields.every(function (field) {
      var value = field.value.trim().toLowerCase();
      if (!value || field.name === "sort") { return true; }
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

  function apply(form, items, updateUrl) {
    var fields = fieldsOf(form);
    var shown = 0;
    items.forEach(function (item) {
      var hide = !matches(item, fields);
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
