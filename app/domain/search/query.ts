/**
 * The search over everything as it lives in the address: /zoeken?q=…&soort=…. Parameter names
 * and kind values are Dutch because people see and share them.
 */
export const SEARCH_KINDS = ["network", "organisation", "offer", "course", "event", "article", "tip"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The value of `soort` in the address for each kind. */
export const KIND_PARAMS: Record<SearchKind, string> = {
  network: "netwerken",
  organisation: "organisaties",
  offer: "aanbod",
  course: "cursussen",
  event: "evenementen",
  article: "nieuws",
  tip: "tips",
};

export const MAX_QUERY_LENGTH = 200;

export type SearchInput = { q: string; kind: SearchKind | null };
export type SearchQueryError = "search.error.tooLong" | "search.error.control";
export type ParsedSearch = SearchInput & { error: SearchQueryError | null };

// Tab, line breaks and other spacing become one space; they are how a pasted text looks.
const SPACING = /[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;
// Invisible characters a copied text carries (soft hyphen, zero-width space and joiners, BOM).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
// Control characters, and the direction overrides that make a text read differently than it is.
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * Reads the search from the address. Never throws: a kind it does not know is ignored (all
 * kinds), and a query it cannot use (too long, control characters) comes back with an error key
 * the page shows beside the field, keeping what was typed.
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const raw = params.get("q") ?? "";
  const soort = (params.get("soort") ?? "").trim().toLowerCase();
  const kind = SEARCH_KINDS.find((k) => KIND_PARAMS[k] === soort) ?? null;
  const visible = raw.replace(INVISIBLE, "");
  const spaced = visible.replace(SPACING, " ").trim();
  const cut = (text: string) => [...text].slice(0, MAX_QUERY_LENGTH).join("").trim();
  if (CONTROL.test(spaced)) {
    const kept = spaced.replace(new RegExp(CONTROL, "gu"), "").replace(SPACING, " ");
    return { q: cut(kept), kind, error: "search.error.control" };
  }
  if ([...spaced].length > MAX_QUERY_LENGTH) return { q: cut(spaced), kind, error: "search.error.tooLong" };
  return { q: spaced, kind, error: null };
}

/** The address of a search, leaving out what is empty. */
export function searchHref(input: { q: string; kind?: SearchKind | null }): string {
  const params = new URLSearchParams();
  if (input.q) params.set("q", input.q);
  if (input.kind) params.set("soort", KIND_PARAMS[input.kind]);
  const s = params.toString();
  return s ? `/zoeken?${s}` : "/zoeken";
}

/** Where a found thing lives. Offers are addressed by id, everything else by slug. */
export function resultHref(kind: SearchKind, key: string): string {
  const base: Record<SearchKind, string> = {
    network: "/netwerken",
    organisation: "/organisaties",
    offer: "/aanbod",
    course: "/cursussen",
    event: "/evenementen",
    article: "/nieuws",
    tip: "/tips",
  };
  return `${base[kind]}/${encodeURIComponent(key)}`;
}

/**
 * A short piece of text around the first place a query word occurs, so a visitor sees why a
 * result was found; the start of the text when no word occurs literally (a typo, a synonym).
 */
export function snippet(text: string, words: readonly string[], length = 180): string {
  const flat = text.replace(/[#*_>`[\]]/g, "").replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const lower = flat.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  // Folding by NFKD and removing marks can shift positions; fall back to the start if it did.
  const aligned = lower.length === flat.length;
  let at = -1;
  if (aligned) {
    for (const w of words) {
      const i = lower.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
  }
  if (at < 0) return `${flat.slice(0, length).replace(/\s+\S*$/, "")} …`;
  let start = Math.max(0, at - Math.floor(length / 3));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  const end = Math.min(flat.length, start + length);
  let piece = flat.slice(start, end);
  if (end < flat.length) piece = piece.replace(/\s+\S*$/, "");
  return `${start > 0 ? "… " : ""}${piece}${end < flat.length ? " …" : ""}`;
}
