import { isIsoDate } from "../common/time.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, type CourseFormat, type CourseLevel, type CourseTopic } from "./vocabulary.ts";

/** The catalogue's filters as they live in the address (/cursussen?q=lassen&plaats=Emmeloord&afstand=30). */
export type CourseFilters = {
  q: string;
  topic?: CourseTopic;
  level?: CourseLevel;
  format?: CourseFormat;
  place: string;
  distanceKm: number;
  from?: string;
  until?: string;
  price?: "gratis" | "betaald";
  /** One provider by its slug (the API's `provider`). */
  provider: string;
  /** Providers whose name holds each of these words (the page's `opleider`, typed: "deltion"). */
  providerName: string;
  network: string;
  page: number;
};

export const DISTANCES = [10, 25, 50, 100] as const;
// Only real calendar dates filter: "2026-02-30" is dropped (and the address redirected without it).
const isDate = (v: string | null): v is string => !!v && isIsoDate(v);
const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);

/** The words of a provider's name as typed; a slug from an older link (`aeres-mbo`) reads as its words too. */
export function providerNameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean)
    .slice(0, 8);
}

export function parseCourseFilters(params: URLSearchParams): CourseFilters {
  const distance = Number(params.get("afstand"));
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    topic: oneOf(COURSE_TOPICS, params.get("onderwerp")),
    level: oneOf(COURSE_LEVELS, params.get("niveau")),
    format: oneOf(COURSE_FORMATS, params.get("vorm")),
    place: (params.get("plaats") ?? "").trim().slice(0, 100),
    distanceKm: (DISTANCES as readonly number[]).includes(distance) ? distance : 25,
    from: isDate(params.get("vanaf")) ? params.get("vanaf")! : undefined,
    until: isDate(params.get("tot")) ? params.get("tot")! : undefined,
    price: oneOf(["gratis", "betaald"] as const, params.get("prijs")),
    provider: "",
    providerName: (params.get("opleider") ?? "").trim().slice(0, 100),
    network: (params.get("netwerk") ?? "").trim().slice(0, 100),
    page: Math.max(1, Math.min(1000, Math.floor(Number(params.get("pagina")) || 1))),
  };
}

/** The address of a search: only what is set, in a fixed order, so a search can be shared. */
export function courseSearchHref(f: Partial<CourseFilters>): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.topic) p.set("onderwerp", f.topic);
  if (f.level) p.set("niveau", f.level);
  if (f.format) p.set("vorm", f.format);
  if (f.place) {
    p.set("plaats", f.place);
    p.set("afstand", String(f.distanceKm ?? 25));
  }
  if (f.from) p.set("vanaf", f.from);
  if (f.until) p.set("tot", f.until);
  if (f.price) p.set("prijs", f.price);
  if (f.providerName) p.set("opleider", f.providerName);
  if (f.network) p.set("netwerk", f.network);
  if (f.page && f.page > 1) p.set("pagina", String(f.page));
  const s = p.toString();
  return s ? `/cursussen?${s}` : "/cursussen";
}

/** How many filters beside the search words narrow the list (a distance counts with its place). */
export function chosenCourseFilters(f: CourseFilters): number {
  return [f.topic, f.level, f.format, f.place, f.from, f.until, f.price, f.providerName, f.network].filter(Boolean).length;
}
