import type { Geocoder, GeocodeQuery, GeocodeResult } from "./geocoder.server.ts";

export type PdokOptions = {
  /** Base URL of the Locatieserver, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1 */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  onError?: (error: unknown) => void;
};

type PdokDoc = { centroide_ll?: unknown; woonplaatsnaam?: unknown; provincienaam?: unknown; weergavenaam?: unknown };

/** "POINT(5.08 52.03)" → { lon: 5.08, lat: 52.03 }; null for anything else. */
export function parsePoint(wkt: string): { lat: number; lon: number } | null {
  const match = /^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$/i.exec(wkt);
  if (!match) return null;
  const lon = Number(match[1]);
  const lat = Number(match[2]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** The first hit of a Locatieserver /free answer, or null when there is none or it is malformed. */
export function parsePdokResponse(body: unknown): GeocodeResult | null {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs) || docs.length === 0) return null;
  const doc = docs[0] as PdokDoc;
  const point = typeof doc.centroide_ll === "string" ? parsePoint(doc.centroide_ll) : null;
  if (!point) return null;
  const place =
    typeof doc.woonplaatsnaam === "string" && doc.woonplaatsnaam
      ? doc.woonplaatsnaam
      : typeof doc.weergavenaam === "string"
        ? doc.weergavenaam
        : "";
  const province = typeof doc.provincienaam === "string" && doc.provincienaam ? doc.provincienaam : null;
  return { ...point, place, province, source: "pdok" };
}

/** The free-text query PDOK gets: "Straat 1 3431 AB Nieuwegein". */
export function pdokQueryText(query: GeocodeQuery): string {
  return [query.street, query.postcode, query.place]
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ");
}

export function pdokUrl(baseUrl: string, query: GeocodeQuery): string {
  const params = new URLSearchParams({ q: pdokQueryText(query), rows: "1", fq: "type:(adres OR postcode OR woonplaats)" });
  return `${baseUrl.replace(/\/+$/, "")}/free?${params}`;
}

/**
 * The PDOK Locatieserver (Kadaster, free, no key). Any failure — network,
 * status, timeout, unexpected body — yields null so the caller can fall back.
 */
export function createPdokGeocoder(options: PdokOptions): Geocoder {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    async geocode(query) {
      if (!pdokQueryText(query)) return null;
      try {
        const response = await doFetch(pdokUrl(options.baseUrl, query), {
          headers: { accept: "application/json" },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new Error(`PDOK antwoordde ${response.status}`);
        return parsePdokResponse(await response.json());
      } catch (error) {
        options.onError?.(error);
        return null;
      }
    },
  };
}
