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
   * Only offers located within this many km of `near`, which meet in person (the API's
   * `radiusKm`); null: every offer that reaches the place, online ones too (the page).
   */
  radiusKm: number | null;
  page: number;
  /** `?pagina=` could not be read; page 1 is shown and the page says so. */
  pageIgnored: boolean;
};

const pick = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw && (values as readonly string[]).includes(raw) ? (raw as T) : null;

export function parseOfferSearchParams(params: URLSearchParams): OfferFilters {
  const topic = (params.get("onderwerp") ?? "").trim();
  const page = parsePage(params.get("pagina"));
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    kind: pick(OFFER_KINDS, params.get("soort")),
    topic: /^[a-z0-9-]{1,80}$/.test(topic) ? topic : null,
    level: pick(LESSON_LEVELS, params.get("niveau")),
    location: pick(OFFER_LOCATIONS, params.get("waar")),
    near: (params.get("bij") ?? "").trim().slice(0, 100),
    radiusKm: null,
    page: page.page,
    pageIgnored: page.ignored,
  };
}

export function offerSearchHref(filters: Omit<OfferFilters, "page" | "pageIgnored" | "radiusKm"> & { page?: number }): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.kind) params.set("soort", filters.kind);
  if (filters.topic) params.set("onderwerp", filters.topic);
  if (filters.level) params.set("niveau", filters.level);
  if (filters.location) params.set("waar", filters.location);
  if (filters.near) params.set("bij", filters.near);
  if (filters.page && filters.page > 1) params.set("pagina", String(filters.page));
  const query = params.toString();
  return query ? `/aanbod?${query}` : "/aanbod";
}
