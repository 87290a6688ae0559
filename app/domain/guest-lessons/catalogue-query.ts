import { parsePage } from "../common/paging.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LOCATIONS, type LessonLevel, type OfferKind, type OfferLocation } from "./vocabulary.ts";

/** The filters of /aanbod, as they travel in the URL (so a search can be bookmarked and shared). */
export type OfferFilters = {
  q: string;
  kind: OfferKind | null;
  topic: string | null;
  level: LessonLevel | null;
  location: OfferLocation | null;
  /** A place name typed by the visitor; empty: the signed-in teacher's school. */
  near: string;
  /**
   * Only offers located within this many km of the centre (`near`, or the teacher's school), which
   * meet in person (the API's `radiusKm`, the page's `?afstand=`); null: every offer that reaches
   * the place, online ones too.
   */
  radiusKm: number | null;
  /** `?afstand=` was not one of OFFER_RADII; the page searched at every distance and says so. */
  radiusIgnored?: string;
  page: number;
  /** `?pagina=` could not be read; page 1 is shown and the page says so. */
  pageIgnored: boolean;
};

/** The page's choice of distances, as /cursussen offers them (its `afstand`); the API takes any whole km. */
export const OFFER_RADII = [5, 10, 25, 50] as const;

/**
 * `?afstand=` as a person typed or shared it. Never throws: empty is every distance; what is not
 * one of the page's distances is ignored, and the raw text kept for the page to mention.
 */
export function parseRadius(raw: string | null): { radiusKm: number | null; ignored?: string } {
  const text = (raw ?? "").trim();
  if (text === "") return { radiusKm: null };
  const km = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  return (OFFER_RADII as readonly number[]).includes(km) ? { radiusKm: km } : { radiusKm: null, ignored: text.slice(0, 20) };
}

const pick = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/** The fields of /aanbod's search form, as the address names them. */
export const OFFER_SEARCH_FIELDS = ["q", "soort", "onderwerp", "niveau", "waar", "bij", "afstand"] as const;

export function parseOfferSearchParams(params: URLSearchParams): OfferFilters {
  const topic = (params.get("onderwerp") ?? "").trim();
  const page = parsePage(params.get("pagina"));
  const radius = parseRadius(params.get("afstand"));
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    kind: pick(OFFER_KINDS, params.get("soort")),
    topic: /^[a-z0-9-]{1,80}$/.test(topic) ? topic : null,
    level: pick(LESSON_LEVELS, params.get("niveau")),
    location: pick(OFFER_LOCATIONS, params.get("waar")),
    near: (params.get("bij") ?? "").trim().slice(0, 100),
    radiusKm: radius.radiusKm,
    ...(radius.ignored === undefined ? {} : { radiusIgnored: radius.ignored }),
    page: page.page,
    pageIgnored: page.ignored,
  };
}

export function offerSearchHref(filters: Omit<OfferFilters, "page" | "pageIgnored" | "radiusKm" | "radiusIgnored"> & { radiusKm?: number | null; page?: number }): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.kind) params.set("soort", filters.kind);
  if (filters.topic) params.set("onderwerp", filters.topic);
  if (filters.level) params.set("niveau", filters.level);
  if (filters.location) params.set("waar", filters.location);
  if (filters.near) params.set("bij", filters.near);
  if (filters.radiusKm) params.set("afstand", String(filters.radiusKm));
  if (filters.page && filters.page > 1) params.set("pagina", String(filters.page));
  const query = params.toString();
  return query ? `/aanbod?${query}` : "/aanbod";
}

/** How many filters beside the search words narrow the list (the place and the distance each count). */
export function chosenOfferFilters(f: OfferFilters): number {
  return [f.kind, f.topic, f.level, f.location, f.near, f.radiusKm].filter((v) => v !== null && v !== "").length;
}
