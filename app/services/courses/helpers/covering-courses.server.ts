import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "~/db/client.server.ts";
import { textArray } from "~/services/common/sql-array.server.ts";
import { COVERING_SHOWN, TEXT_MATCH_MIN_SHARED, WORD_START, needKeywords, wordStarts, type MatchableNeed } from "~/domain/courses/matching.ts";

export type CoveringCourse = { id: string; slug: string; title: string; providerName: string; byTopic: boolean };

/**
 * Whether a course (its words as one text, `' ' || array_to_string(words, ' ')`) has a word that
 * counts as the need word `word` in `sharedKeywords` of matching.ts: a course word that starts
 * with it (the same word included), or one that it starts with, which is one of its own starts
 * of `WORD_START` letters or more. Two index-free operators per need word and course instead of
 * comparing every pair of words.
 */
function hasWord(word: string): SQL {
  const letters = [...word];
  const starts = Array.from({ length: Math.max(0, letters.length - WORD_START) }, (_, i) => letters.slice(0, WORD_START + i).join(""));
  const startsWith = sql`strpos(c.word_text, ${` ${word}`}) > 0`;
  return starts.length ? sql`(${startsWith} or c.words && ${textArray(starts)}::text[])` : startsWith;
}

/** One need's best `shown` published courses (by topic, then shared words, then id) and how many cover it. */
async function coveringCoursesOfNeed(db: Db, need: MatchableNeed, shown: number): Promise<{ courses: CoveringCourse[]; total: number }> {
  const words = [...needKeywords(need)];
  const shared = words.length ? sql.join(words.map((w) => sql`(${hasWord(w)})::int`), sql` + `) : sql`0`;
  const rows = await queryRows<CoveringCourse & { total: number | string }>(
    db,
    sql`select id, slug, title, provider_name as "providerName", by_topic as "byTopic", total
        from (
          select m.*, count(*) over () as total
          from (
            select c.id, c.slug, c.title, o.name as provider_name, c.topics @> array[${need.topic}]::text[] as by_topic, ${shared} as shared
            from (
              select course.*, ' ' || array_to_string(course.words, ' ') as word_text from course
              where course.status = 'published'
                and (course.topics @> array[${need.topic}]::text[] or th_word_starts(course.words) && ${textArray(wordStarts(words))}::text[])
            ) c
            join organisation o on o.id = c.provider_id
          ) m
          where m.by_topic or m.shared >= ${TEXT_MATCH_MIN_SHARED}
          order by m.by_topic desc, m.shared desc, m.id
          limit ${shown}
        ) x
        order by by_topic desc, shared desc, id`,
  );
  return { courses: rows.map(({ total: _, ...course }) => course), total: Number(rows[0]?.total ?? 0) };
}

/**
 * `coveringCoursesOfNeeds` of matching.ts asked of the database: per need the best `shown`
 * published courses and how many cover it in all. Candidates come from two GIN indexes (the
 * need's topic, the starts of its words: `course_word_starts_idx`), so a need reads the courses
 * of its topic and those sharing a word start, not all 9,000 published ones, and only the shown
 * rows travel (ADR 019).
 */
export async function coveringCoursesOf(db: Db, needs: readonly MatchableNeed[], shown = COVERING_SHOWN): Promise<{ courses: CoveringCourse[]; total: number }[]> {
  const result: { courses: CoveringCourse[]; total: number }[] = [];
  for (const need of needs) result.push(await coveringCoursesOfNeed(db, need, shown));
  return result;
}
