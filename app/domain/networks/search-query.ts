
/**
 * The directory search as it lives in the URL: every bit of state is in the
 * query string, so a search can be bookmarked, shared and run without
 * JavaScript. Parameter names are Dutch because visitors see and share them.
 * Reading a URL into a search is in search-params.ts: its Zod schemas are for the loader only,
 * and the pages that build search links here do not ship them (ADR 020).
 */
export const FACETS = ["province", "kind", "cooperationType", "educationSector", "economicSector", "tag", "focusArea", "startYear"] as const;
export type FacetKey = (typeof FACETS)[number];

export const FACET_PARAMS: Record<FacetKey, string> = {
  province: "provincie",
  kind: "soort",
  cooperationType: "samenwerking",
  educationSector: "onderwijs",
  economicSector: "sector",
  tag: "tag",
  focusArea: "focus",
  startYear: "startjaar",
};

/** The fields of the directory's search form, as the address names them. */
export const NETWORK_SEARCH_FIELDS = ["q", ...Object.values(FACET_PARAMS)];

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
/** More values than this in one facet is not a person clicking checkboxes. */
export const MAX_VALUES_PER_FACET = 30;
/** Values looked at in all: a crafted address with thousands of parameters costs no more than this. */
export const MAX_PARAMS = 200;
/** Unusable parameters named on the page; a list of hundreds would help nobody. */
export const MAX_IGNORED = 10;

export type NetworkFilters = {
  q: string;
  facets: Record<FacetKey, string[]>;
  page: number;
};

/** Something in the URL we could not use; the page mentions it instead of failing. */
export type IgnoredParam = { param: string; value: string };

export function emptyFilters(): NetworkFilters {
  return { q: "", facets: emptyFacets(), page: 1 };
}

function emptyFacets(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<FacetKey, string[]>;
}

/** The query string for a search (without "?"), in a stable order, leaving out what is empty. */
export function networkSearchQuery(filters: NetworkFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const facet of FACETS) {
    for (const value of filters.facets[facet]) params.append(FACET_PARAMS[facet], value);
  }
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params.toString();
}

export function networkSearchHref(filters: NetworkFilters, path = "/netwerken"): string {
  const query = networkSearchQuery(filters);
  return query ? `${path}?${query}` : path;
}

/** The same search with one filter value taken away; back to page 1, as the result set changes. */
export function withoutFacetValue(filters: NetworkFilters, facet: FacetKey, value: string): NetworkFilters {
  return { ...filters, page: 1, facets: { ...filters.facets, [facet]: filters.facets[facet].filter((v) => v !== value) } };
}

export function withoutQuery(filters: NetworkFilters): NetworkFilters {
  return { ...filters, q: "", page: 1 };
}

export function withPage(filters: NetworkFilters, page: number): NetworkFilters {
  return { ...filters, page };
}

export function activeFilters(filters: NetworkFilters): { facet: FacetKey; value: string }[] {
  return FACETS.flatMap((facet) => filters.facets[facet].map((value) => ({ facet, value })));
}

export function hasActiveSearch(filters: NetworkFilters): boolean {
  return filters.q !== "" || activeFilters(filters).length > 0;
}

// The directory's page bound is the shared one (ADR 019).
export { MAX_PAGE } from "../common/paging.ts";
