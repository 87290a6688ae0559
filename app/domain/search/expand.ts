import { foldText } from "../common/fold.ts";
import { SYNONYM_GROUPS } from "./synonyms.ts";

/** At most this many readings of one query go to the database; more would slow every search. */
export const MAX_VARIANTS = 8;

type Group = readonly (readonly string[])[];

/** The synonym groups folded into words, in the order the list gives them. */
export function foldedGroups(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Group[] {
  return groups.map((group) => {
    const terms = [...new Set(group.map((term) => foldText(term)).filter((t) => t !== ""))];
    return terms.map((t) => t.split(" "));
  });
}

const DEFAULT_GROUPS = foldedGroups();

function startsWith(words: readonly string[], at: number, term: readonly string[]): boolean {
  if (at + term.length > words.length) return false;
  return term.every((w, i) => words[at + i] === w);
}

/**
 * The query as a list of segments, each a word or a synonym term with its alternatives (the
 * query's own wording first): "plc utrecht" → [["plc", "besturingstechniek", …], ["utrecht"]].
 * Matching is on whole words of the folded query, so "plc" in "plc-cursus" counts ("plc cursus")
 * but "plchouder" does not; the longest term wins ("girls day" over a shorter one).
 */
export function querySegments(q: string, groups: readonly Group[] = DEFAULT_GROUPS): string[][] {
  const words = foldText(q).split(" ").filter(Boolean);
  const segments: string[][] = [];
  for (let i = 0; i < words.length; ) {
    let matched: { group: Group; term: readonly string[] } | null = null;
    for (const group of groups) {
      for (const term of group) {
        if (startsWith(words, i, term) && (!matched || term.length > matched.term.length)) matched = { group, term };
      }
    }
    if (matched) {
      const own = matched.term.join(" ");
      segments.push([own, ...matched.group.map((t) => t.join(" ")).filter((t) => t !== own)]);
      i += matched.term.length;
    } else {
      segments.push([words[i]!]);
      i += 1;
    }
  }
  return segments;
}

/**
 * The readings of a query with its synonyms: the folded query itself first, then every
 * combination in which a term of a synonym group is replaced by another term of that group.
 * Never more than `max` readings; the query itself always comes first.
 */
export function expandQuery(q: string, groups: readonly Group[] = DEFAULT_GROUPS, max = MAX_VARIANTS): string[] {
  const segments = querySegments(q, groups);
  if (segments.length === 0) return [];
  // Fewest replacements first: the query itself, then each single synonym, then pairs, …
  const out: string[] = [];
  const add = (reading: string) => {
    if (out.length < max && !out.includes(reading)) out.push(reading);
  };
  const own = segments.map((alts) => alts[0]!);
  add(own.join(" "));
  for (let s = 0; s < segments.length; s++) {
    for (const alt of segments[s]!.slice(1)) add([...own.slice(0, s), alt, ...own.slice(s + 1)].join(" "));
  }
  const varying = segments.map((alts, s) => ({ alts, s })).filter(({ alts }) => alts.length > 1);
  if (varying.length > 1 && out.length < max) {
    // Every reading that replaces each varying term (small: at most a few groups in a query).
    let combos: string[][] = [own];
    for (const { alts, s } of varying.slice(0, 4)) {
      combos = combos.flatMap((c) => alts.slice(1).map((alt) => [...c.slice(0, s), alt, ...c.slice(s + 1)]));
      if (combos.length > 64) break;
    }
    for (const c of combos) add(c.join(" "));
  }
  return out;
}

/**
 * The words a query is matched by one at a time ("metaalbedrijf utrecht" finds a text with
 * "metaalbedrijven … Utrecht"): folded, at least three letters, no repeats, at most `max`.
 */
export function queryWords(q: string, max = 6): string[] {
  const out: string[] = [];
  for (const word of foldText(q).split(" ")) {
    if (word.length < 3 || out.includes(word)) continue;
    out.push(word);
    if (out.length === max) break;
  }
  return out;
}

/**
 * Dutch words too common to find anything by: every text has them, so matching each on its own
 * (by trigrams) only costs time. The full-text parser drops them as well.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  "aan als bij dan dat de den der des die dit door een en het hier hoe in is je jij kan maar met na naar niet nog of om onder ook op over te tot u uit van voor wat wel wie wij zijn zo zich zal zou meer veel".split(" "),
);

/**
 * The segments a query is matched by one at a time, each with its synonyms: words of fewer than
 * three letters and common words are left out (they carry too little to compare), at most `max`
 * segments; a longer query is still matched as a whole. Search syntax is left to the full-text
 * parser: a word with a leading minus (excluded) and "or" are no words to match.
 */
export function matchSegments(q: string, max = 4): string[][] {
  const words = q.split(/\s+/).filter((w) => !w.startsWith("-") && w.toLowerCase() !== "or");
  const out: string[][] = [];
  for (const segment of querySegments(words.join(" "))) {
    if (segment.length === 1 && (segment[0]!.length < 3 || STOPWORDS.has(segment[0]!))) continue;
    if (out.some((s) => s[0] === segment[0])) continue;
    out.push(segment);
    if (out.length === max) break;
  }
  return out;
}

const SYNONYM_WORDS = new Set(DEFAULT_GROUPS.flat().flat());

/** Whether a folded word is part of a synonym term: such a word is known, never "corrected". */
export function isSynonymWord(word: string): boolean {
  return SYNONYM_WORDS.has(word);
}
