// The booth: a desk reader types the zone as a burst of keystrokes ending with Enter. Once Enter
// has been pressed and at least two lines are there, the form is sent (htmx). After a decision the
// zone is cleared and focused for the next traveller.
(function () {
  "use strict";
  var mrz = document.getElementById("booth-mrz");
  if (!mrz) {
    return;
  }
  var timer = null;
  function lines() {
    return mrz.value.split(/\r?\n/).filter(function (l) { return l.trim().length > 0; }).length;
  }
  mrz.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey) {
      return;
    }
    if (timer) {
      clearTimeout(timer);
    }
    // wait for the end of the burst: a reader sends the lines and their line feeds within milliseconds
    timer = setTimeout(function () {
      timer = null;
      if (lines() >= 2) {
        mrz.form.requestSubmit();
      }
    }, 150);
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "booth-result" && document.getElementById("booth-decided")) {
      mrz.value = "";
      mrz.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    // Escape returns to the zone from anywhere on the booth screen
    if (event.key === "Escape") {
      mrz.focus();
    }
  });
})();
