// Keyboard shortcuts for the review desk (no dependencies): j/k move, Enter opens, x selects, t takes next,
// d dismisses the selection, / searches, ? shows the help. Keys typed into a field are left alone.
(function () {
  "use strict";
  var current = -1;

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.queue-row")); }

  function mark(index) {
    var all = rows();
    if (!all.length) { return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) {
      row.classList.toggle("is-current", i === current);
      row.setAttribute("aria-current", i === current ? "true" : "false");
    });
    all[current].scrollIntoView({block: "nearest"});
  }

  function typing(target) {
    var name = target && target.tagName;
    return name === "INPUT" || name === "TEXTAREA" || name === "SELECT" || (target && target.isContentEditable);
  }

  function currentRow() { var all = rows(); return current >= 0 ? all[current] : null; }

  function dismissSelection() {
    var form = document.getElementById("bulk-form");
    if (!form) { return; }
    var row = currentRow();
    var checked = document.querySelectorAll("input[name=claim][form=bulk-form]:checked");
    if (!checked.length && row) { row.querySelector("input[name=claim]").checked = true; }
    form.querySelector("select[name=action]").value = "dismiss";
    form.querySelector("input[name=reason]").focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var help = document.getElementById("keyboard-help");
    var key = event.key;
    if (key === "j") { mark(current + 1); }
    else if (key === "k") { mark(current - 1); }
    else if (key === "Enter" && currentRow()) { window.location.assign(currentRow().dataset.href); }
    else if (key === "x" && currentRow()) {
      var box = currentRow().querySelector("input[name=claim]");
      box.checked = !box.checked;
    }
    else if (key === "t" && document.getElementById("take-next-form")) {
      document.getElementById("take-next-form").requestSubmit();
    }
    else if (key === "d") { dismissSelection(); }
    else if (key === "/") {
      var search = document.querySelector(".header-search input[type=search]");
      if (search) { search.focus(); }
    }
    else if (key === "?" && help) { help.showModal(); }
    else { return; }
    event.preventDefault();
  });

  // A new page of rows keeps the highlighted row; a new filter result starts again from the top.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "queue-results") { current = -1; }
  });
  // The shortcuts listen from here on (this deferred script runs after the page is parsed, so a key pressed
  // earlier does nothing): say so, for tests and for styles that only make sense with the shortcuts.
  document.documentElement.dataset.shortcuts = "ready";
})();

// On the article page: selecting text inside one unit fills the "make a claim" form with body offsets.
(function () {
  "use strict";
  document.addEventListener("selectionchange", function () {
    var form = document.getElementById("selection-form");
    var selection = window.getSelection();
    if (!form || !selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var holder = range.startContainer.parentElement && range.startContainer.parentElement.closest(".unit-text");
    if (!holder || holder !== (range.endContainer.parentElement && range.endContainer.parentElement.closest(".unit-text"))) { return; }
    var base = parseInt(holder.dataset.start, 10);
    form.querySelector("input[name=start]").value = base + range.startOffset;
    form.querySelector("input[name=end]").value = base + range.endOffset;
    form.querySelector("textarea[name=text]").value = range.toString();
  });
})();

// An autosave answered by the login page means the login expired: keep the form as it is and say so
// (every draft saved before that is on the server and comes back after signing in again).
document.addEventListener("htmx:beforeSwap", function (event) {
  var target = event.detail.target;
  var xhr = event.detail.xhr;
  if (target && target.id === "draft-status" && xhr && /\/login(\?|$)/.test(xhr.responseURL || "")) {
    event.detail.shouldSwap = false;
    target.textContent = target.dataset.signedOut || "Signed out: sign in again in another tab; your last draft is kept.";
  }
});
