/* Technohub widgets: fits each Technohub widget iframe on this page to its content (ADR 030).
   Only a number from a Technohub frame is used: the sender's origin must be this script's, and
   the sending window one of the page's iframes marked data-technohub-widget. */
(function () {
  var script = document.currentScript;
  if (!script || !window.URL) return;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "technohub-widget-height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 1) return;
    var frames = document.querySelectorAll("iframe[data-technohub-widget]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      frames[i].style.height = Math.min(Math.ceil(height), 5000) + "px";
      frames[i].setAttribute("scrolling", "no");
    }
  });
})();
