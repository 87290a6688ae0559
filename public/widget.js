/* Technohub widgets: sizes each Technohub widget iframe on this page to its content (ADR 030).
   A height counts only from this script's origin and from an iframe marked data-technohub-widget. */
(function () {
  var script = document.currentScript;
  if (!script || !window.URL) return;
  var origin = new URL(script.src, location.href).origin;
  function frames() {
    return document.querySelectorAll("iframe[data-technohub-widget]");
  }
  addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "technohub-widget-height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 1) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow !== event.source) continue;
      all[i].style.height = Math.min(Math.ceil(height), 5000) + "px";
      all[i].setAttribute("scrolling", "no");
    }
  });
  // A widget that reported before this script listened reports again when asked.
  function ping(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "technohub-widget-ping" }, origin);
  }
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    ping(all[i]);
    all[i].addEventListener("load", function (event) { ping(event.target); });
  }
})();
