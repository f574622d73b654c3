// sessional pages: progressive enhancement only; every form works without this script.
(function () {
  "use strict";
  // A typed document symbol is parsed and checked as it is typed.
  function watchSymbol(input) {
    var out = document.getElementById(input.getAttribute("aria-describedby"));
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (!text) { out.textContent = ""; out.className = ""; return; }
        fetch("/ui/symbol?text=" + encodeURIComponent(text), {credentials: "same-origin"})
          .then(function (r) { return r.json(); })
          .then(function (answer) {
            out.textContent = answer.symbol ? "✓ " + answer.symbol : answer.error;
            out.className = answer.symbol ? "ok" : "bad";
          });
      }, 250);
    });
  }
  // A link to a finding whose exact field has no anchor goes to the nearest enclosing one.
  function nearestAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) { return; }
    var parts = id.split("-");
    while (parts.length > 1) {
      parts.pop();
      var found = document.getElementById(parts.join("-"));
      if (found) { found.scrollIntoView(); found.classList.add("target"); return; }
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-symbol-check]").forEach(watchSymbol);
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    nearestAnchor();
  });
})();
