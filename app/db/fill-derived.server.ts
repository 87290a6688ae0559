import { isNull, sql } from "drizzle-orm";
import { keywords } from "../domain/courses/matching.ts";
import type { Db } from "./client.server.ts";
import { course } from "./schema/index.ts";

const BATCH = 1_000;

/**
 * Fills `course.words` where a database older than the column (migration 0025) has none: the
 * words are folded in Node (`keywords`), which SQL cannot repeat exactly, so a migration cannot
 * write them. Runs after the migrations on every start; with nothing to fill it is one probe that finds
 * no row. Returns how many courses it filled.
 */
export async function fillCourseWords(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: course.id, searchText: course.searchText })
      .from(course)
      .where(isNull(course.words))
      .limit(BATCH);
    if (rows.length === 0) return filled;
    // From the stored search text, as `courseTextColumns` makes them from the same text.
    const values = rows.map((r) => ({ id: r.id, words: [...keywords(r.searchText)] }));
    await db.execute(sql`
      update course set words = v.words
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, words text[])
      where course.id = v.id`);
    filled += rows.length;
  }
}
