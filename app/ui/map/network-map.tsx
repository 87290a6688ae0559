import { useEffect, useRef, useState, type ReactNode } from "react";
import { useNavigate } from "react-router";
import type * as Leaflet from "leaflet";
import { useT } from "~/ui/use-t.ts";

export type MapMarker = {
  /** The place's id where the page has one; the map itself does not need it. */
  id?: string;
  lat: number;
  lon: number;
  /** Shown on hover and read out for the marker; the popup's first line. */
  title: string;
  /** A second line in the popup (kind of hub, place). */
  detail?: string;
  /** Where the popup links to (the network's profile) and the link's text; no link when absent. */
  href?: string;
  linkText?: string;
};

export type MapTiles = { tileUrl: string; attribution: string };

/** The middle of the Netherlands, for a map without markers. */
const NL_CENTER: [number, number] = [52.15, 5.4];

/**
 * A Leaflet map of vestigingen. Leaflet needs `window`, so it is loaded in the
 * browser only, after the page works: without JavaScript, or when the tiles
 * cannot be fetched, the page shows the fallback text and the list the caller
 * always renders beside the map carries the same information.
 *
 * The markers are either given (a page with a handful of them: they are the list beside the map
 * too) or fetched from `source`, a JSON resource answering `{ markers }`, together with Leaflet
 * once the map is shown: the map of every network would otherwise put 500 markers in its page's
 * loader data for every request, though only JavaScript draws them (ADR 020).
 */
export function NetworkMap({
  markers,
  tiles,
  caption,
  fallback,
  label,
  size = "large",
}: {
  markers: MapMarker[] | { source: string };
  tiles: MapTiles;
  caption: ReactNode;
  fallback: ReactNode;
  label: string;
  size?: "large" | "small";
}) {
  const canvas = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  // Leaflet's own controls speak English ("Zoom in", "Close popup"); they get the page's language.
  const controls = { zoomIn: t("map.zoomIn"), zoomOut: t("map.zoomOut"), closePopup: t("map.closePopup") };
  const controlKey = JSON.stringify(controls);
  // Markers arrive as a new array on every render; redraw only when their content (or address) changes.
  const markerKey = JSON.stringify(markers);

  useEffect(() => {
    let map: Leaflet.Map | undefined;
    let cancelled = false;
    // Leaving the page (or new markers) stops a fetch still on its way.
    const fetching = new AbortController();
    // Leaflet and its stylesheet (45 KB compressed) come after the page's content, and only once
    // the map is on screen: a visitor who never scrolls to it never loads them (ADR 020).
    const shownIn = canvas.current;
    if (!shownIn) return;
    let stopWatching = () => {};
    const whenShown = new Promise<void>((resolve) => {
      if (typeof IntersectionObserver === "undefined") return resolve();
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) (observer.disconnect(), resolve());
      });
      observer.observe(shownIn);
      stopWatching = () => observer.disconnect();
    });
    whenShown
      .then(() => new Promise<void>((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0))))
      .then(() => Promise.all([import("leaflet"), markersOf(JSON.parse(markerKey) as MapMarker[] | { source: string }, fetching.signal), import("leaflet/dist/leaflet.css")]))
      .then(([mod, shown]) => {
        const element = canvas.current;
        if (cancelled || !element) return;
        const L = ((mod as unknown as { default?: typeof Leaflet }).default ?? mod) as typeof Leaflet;
        const texts = JSON.parse(controlKey) as typeof controls;
        map = L.map(element, { scrollWheelZoom: false, attributionControl: true, zoomControl: false });
        L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
        map.on("popupopen", (event) => {
          event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", texts.closePopup);
        });
        L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
        const icon = L.divIcon({ className: "th-map-marker", iconSize: [20, 20], iconAnchor: [10, 10], popupAnchor: [0, -10] });
        const points: [number, number][] = [];
        for (const marker of shown) {
          points.push([marker.lat, marker.lon]);
          const added = L.marker([marker.lat, marker.lon], { icon, title: marker.title, alt: marker.title, keyboard: true })
            .bindPopup(() => popupContent(marker, navigate))
            // A div marker is a focusable button whose only name would be its tooltip (title): name
            // it for assistive technology too, with the place when there is one. Its element exists
            // once the map has a view, hence on "add".
            .on("add", (event) => {
              (event.target as Leaflet.Marker).getElement()?.setAttribute("aria-label", marker.detail ? `${marker.title}, ${marker.detail}` : marker.title);
            });
          added.addTo(map);
        }
        if (points.length === 0) map.setView(NL_CENTER, 7);
        else if (points.length === 1) map.setView(points[0]!, 12);
        else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 13 });
        setReady(true);
      })
      .catch(() => {
        // The fallback text and the list stay; nothing else depends on the map.
        if (!cancelled) setReady(false);
      });
    return () => {
      cancelled = true;
      fetching.abort();
      stopWatching();
      map?.remove();
    };
  }, [markerKey, controlKey, tiles.tileUrl, tiles.attribution, navigate]);

  return (
    <figure className={`th-map th-map--${size}`}>
      <div className="th-map__frame">
        <div ref={canvas} className="th-map__canvas" role="region" aria-label={label} />
        {ready ? null : <p className="utrecht-paragraph th-map__fallback">{fallback}</p>}
      </div>
      <figcaption className="th-map__caption">{caption}</figcaption>
    </figure>
  );
}

/** The markers as given, or as the source answers; a failed fetch fails the map (the fallback text stays). */
async function markersOf(markers: MapMarker[] | { source: string }, signal: AbortSignal): Promise<MapMarker[]> {
  if (Array.isArray(markers)) return markers;
  const response = await fetch(markers.source, { headers: { accept: "application/json" }, signal });
  if (!response.ok) throw new Error(`${markers.source}: ${response.status}`);
  return ((await response.json()) as { markers: MapMarker[] }).markers;
}

/** Built from DOM nodes, not an HTML string, so names can never inject markup. */
function popupContent(marker: MapMarker, navigate: (to: string) => void): HTMLElement {
  const box = document.createElement("div");
  const title = document.createElement("strong");
  title.textContent = marker.title;
  box.append(title);
  if (marker.detail) {
    const detail = document.createElement("div");
    detail.textContent = marker.detail;
    box.append(detail);
  }
  const href = marker.href;
  if (href) {
    const link = document.createElement("a");
    link.className = "utrecht-link";
    link.href = href;
    link.textContent = marker.linkText ?? marker.title;
    link.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(href);
    });
    box.append(link);
  }
  return box;
}
