// Atoll's only script: sends the CSRF token with htmx requests and moves focus to swapped-in
// content that asks for it, so keyboard and screen-reader users follow partial updates; closes the
// navigation's "More" menu on Escape or a click elsewhere, as officers expect of a menu (without
// this script the menu still opens and closes from its own button).
(function () {
  "use strict";
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target.querySelector("[data-focus]") || null;
    if (target) {
      target.focus();
    }
  });
  document.addEventListener("htmx:responseError", function (event) {
    var region = document.getElementById("live-errors");
    if (region) {
      region.textContent = "The request failed (" + event.detail.xhr.status + "). Please try again.";
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    document.querySelectorAll(".main-nav details[open]").forEach(function (menu) {
      var hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) {
        menu.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll(".main-nav details[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    });
  });
})();
