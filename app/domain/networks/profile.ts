import { LOCATION_KINDS, type LocationKind } from "./vocabulary.ts";

/** The penvoerder leads the partnership, so it is named first; the rest alphabetically. */
export function sortPartners<P extends { role: string; name: string }>(partners: readonly P[]): P[] {
  return [...partners].sort(
    (a, b) => Number(b.role === "penvoerder") - Number(a.role === "penvoerder") || a.name.localeCompare(b.name, "nl"),
  );
}

/** Vestigingen per kind (physical, mobile, online hub), in that order; empty kinds are left out. */
export function groupLocationsByKind<L extends { kind: LocationKind; name: string }>(locations: readonly L[]): { kind: LocationKind; locations: L[] }[] {
  return LOCATION_KINDS.map((kind) => ({
    kind,
    locations: locations.filter((l) => l.kind === kind).sort((a, b) => a.name.localeCompare(b.name, "nl")),
  })).filter((group) => group.locations.length > 0);
}

/** A short plain-text excerpt, cut at a word boundary: for cards and meta descriptions. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** Blank lines separate paragraphs in a description; single newlines are soft. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
