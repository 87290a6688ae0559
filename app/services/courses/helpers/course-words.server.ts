import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { course } from "~/db/schema/index.ts";
import { keywords } from "~/domain/courses/matching.ts";

/** Words per course text, by the text's MD5: a text read and folded once serves every later request. */
const wordsByText = new Map<string, Set<string>>();
/** Twice the national number of courses; past it the cache starts over rather than grow with every edit. */
const MAX_TEXTS = 20_000;
const UNSEEN_BY_ID = 500;

/** The MD5 of a course's search text, to select beside a course and hand to `courseWords`. */
export const textHash = sql<string>`md5(${course.searchText})`;

/**
 * Each course's words (`keywords` of its search text) by its text's hash. Only texts not seen
 * before are read: the demand overview compares every published course with every open need,
 * and reading and folding 9,000 texts per request was most of its time at national size (ADR 019).
 * Keyed by content, so an edited course is read again on every instance without being told.
 */
export async function courseWords(db: Db, courses: readonly { id: string; textHash: string }[]): Promise<(c: { id: string }) => Set<string>> {
  const words = new Map<string, Set<string>>();
  const unseen: string[] = [];
  for (const c of courses) {
    const known = wordsByText.get(c.textHash);
    if (known) words.set(c.id, known);
    else unseen.push(c.id);
  }
  if (unseen.length) {
    if (wordsByText.size + unseen.length > MAX_TEXTS) wordsByText.clear();
    // Cold (a new instance), every published text: a list of 10,000 ids would be a query of 10,000 parameters.
    const which = unseen.length > UNSEEN_BY_ID ? eq(course.status, "published") : inArray(course.id, unseen);
    const texts = await db.select({ id: course.id, textHash, searchText: course.searchText }).from(course).where(which);
    for (const t of texts) {
      const made = keywords(t.searchText);
      wordsByText.set(t.textHash, made);
      words.set(t.id, made);
    }
  }
  // A course deleted between the two reads has no text left to share a word with.
  return (c) => words.get(c.id) ?? new Set();
}
