/**
 * Does a course cover a training need? Yes when it teaches the need's topic,
 * or when its text shares enough of the need's own words (a company may
 * describe "TIG-lassen van RVS" under another topic than the provider chose).
 */
import { foldText } from "../common/fold.ts";
import { TOPIC_LABELS, type CourseTopic } from "./vocabulary.ts";

export type MatchableCourse = { topics: readonly string[]; searchText: string; status: string };
export type MatchableNeed = { topic: string; description: string };

// Words that say nothing about what is taught.
const STOP = new Set(
  "aantal alleen andere bedrijf bedrijven cursus cursussen graag hebben komen kunnen leren medewerkers mensen moeten nodig onze opleiding opleidingen training trainingen willen worden werken werknemers zodat zoeken omdat binnen tussen ervaring niveau basis storing storingen systeem systemen machine machines veilig veilige praktijk eigen nieuwe ervaren moderne werkvloer techniek technische bedienen gebruiken programmeren kleine grote series".split(
    " ",
  ),
);

/** The telling words of a text: folded, five letters or more, no stop words. */
export function keywords(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(" ")
      .filter((w) => w.length >= WORD_START && !STOP.has(w)),
  );
}

/**
 * The first letters two words must share to count as one word in `sharedKeywords`: every keyword
 * has at least this many, so a start of one is a start of the other. The database indexes courses
 * by these starts (`th_word_starts`, migration 0029) to find a need's candidates.
 */
export const WORD_START = 5;

/** The starts (`WORD_START` letters) of some words, each once. */
export function wordStarts(words: Iterable<string>): string[] {
  return [...new Set([...words].map((w) => [...w].slice(0, WORD_START).join("")))];
}

/** How many need words the course text has, allowing for inflection (a shared start of five letters or more). */
function sharedKeywords(need: Set<string>, courseWords: Set<string>): number {
  let shared = 0;
  for (const word of need) {
    if (courseWords.has(word)) shared++;
    else for (const c of courseWords) if (c.startsWith(word) || word.startsWith(c)) { shared++; break; }
  }
  return shared;
}

export const TEXT_MATCH_MIN_SHARED = 2;

export type Coverage = { covers: boolean; byTopic: boolean; sharedWords: number };

export function coverage(need: MatchableNeed, course: MatchableCourse): Coverage {
  return coverageOfWords(need, needKeywords(need), course, keywords(course.searchText));
}

/** The words of a need that a course's words are compared with: its topic's label and its description. */
export function needKeywords(need: MatchableNeed): Set<string> {
  const label = TOPIC_LABELS[need.topic as CourseTopic] ?? need.topic;
  return keywords(`${label} ${need.description}`);
}

function coverageOfWords(need: MatchableNeed, needWords: Set<string>, course: Omit<MatchableCourse, "searchText">, courseWords: Set<string>): Coverage {
  if (course.status !== "published") return { covers: false, byTopic: false, sharedWords: 0 };
  const byTopic = course.topics.includes(need.topic);
  const sharedWords = sharedKeywords(needWords, courseWords);
  return { covers: byTopic || sharedWords >= TEXT_MATCH_MIN_SHARED, byTopic, sharedWords };
}

/** The search text of a course: what search and matching read. */
export function courseSearchText(course: { title: string; summary: string; description: string; topics: readonly string[]; leadsTo: string }): string {
  const labels = course.topics.map((t) => TOPIC_LABELS[t as CourseTopic] ?? t);
  return [course.title, course.summary, course.description, labels.join(" "), course.topics.join(" "), course.leadsTo].join("\n");
}

/** Equal courses in the order of their ids, as the database orders them (a uuid sorts as its hex text). */
function byId(a: object, b: object): number {
  const x = (a as { id?: unknown }).id;
  const y = (b as { id?: unknown }).id;
  return typeof x === "string" && typeof y === "string" ? (x < y ? -1 : x > y ? 1 : 0) : 0;
}

/**
 * The derived columns of a course, written together wherever a course's text is written (the
 * forms, both seeds): the search text, and its keywords, which the database indexes by start.
 */
export function courseTextColumns(course: Parameters<typeof courseSearchText>[0]): { searchText: string; words: string[] } {
  const searchText = courseSearchText(course);
  return { searchText, words: [...keywords(searchText)] };
}

/** A need's courses shown in a list or on its page: at national size one topic has hundreds, so the best few and how many more. */
export const COVERING_SHOWN = 5;

/**
 * The courses that cover a need, best first (by topic, then most shared words), at most `shown`
 * of them, and how many cover it in all.
 */
export function coveringCourses<C extends MatchableCourse>(need: MatchableNeed, courses: readonly C[], shown = COVERING_SHOWN): { courses: (C & { byTopic: boolean })[]; total: number } {
  return coveringCoursesOfNeeds([need], courses, (c) => keywords(c.searchText), shown)[0]!;
}

/**
 * `coveringCourses` for several needs at once, given each course's words (`keywords` of its
 * search text). A course's words are made once, not once per need: at national size (10,000
 * courses) folding the texts again for every need was most of the demand overview's time.
 */
export function coveringCoursesOfNeeds<C extends Omit<MatchableCourse, "searchText">>(
  needs: readonly MatchableNeed[],
  courses: readonly C[],
  wordsOf: (course: C) => Set<string>,
  shown = COVERING_SHOWN,
): { courses: (C & { byTopic: boolean })[]; total: number }[] {
  const published = courses.filter((c) => c.status === "published").map((c) => ({ c, words: wordsOf(c) }));
  return needs.map((need) => {
    const needWords = needKeywords(need);
    const all = published
      .map(({ c, words }) => ({ c, cov: coverageOfWords(need, needWords, c, words) }))
      .filter((x) => x.cov.covers)
      .sort((a, b) => Number(b.cov.byTopic) - Number(a.cov.byTopic) || b.cov.sharedWords - a.cov.sharedWords || byId(a.c, b.c));
    return { courses: all.slice(0, shown).map((x) => ({ ...x.c, byTopic: x.cov.byTopic })), total: all.length };
  });
}
