import { foldText } from "../common/fold.ts";

/**
 * The teacher's own words against topics and offers. Dutch stemming misses "robot" → "robotica"
 * and "warmtepomp" → "warmtepompen"; prefix matching on folded words catches both, cheaply.
 */
export function words(text: string): string[] {
  return [...new Set(foldText(text).split(" ").filter((w) => w.length >= 3))];
}

const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Topics whose name or slug contains a word of the text (as a prefix either way). */
export function topicsInText(text: string, topics: readonly { slug: string; name: string }[]): string[] {
  const typed = words(text);
  if (typed.length === 0) return [];
  return topics
    .filter((t) => {
      const own = words(`${t.name} ${t.slug}`);
      return typed.some((w) => own.some((o) => related(w, o)));
    })
    .map((t) => t.slug);
}

/** 0..1: the share of the request's words (a text, or its words() once computed) found in the offer's words. */
export function textScore(request: string | readonly string[], offerText: string): number {
  const typed = typeof request === "string" ? words(request) : request;
  if (typed.length === 0) return 0;
  const own = words(offerText);
  return typed.filter((w) => own.some((o) => related(w, o))).length / typed.length;
}
