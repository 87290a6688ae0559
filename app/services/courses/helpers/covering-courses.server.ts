import { sql } from "drizzle-orm";
import { queryRows, type Db } from "~/db/client.server.ts";
import { COVERING_SHOWN, TEXT_MATCH_MIN_SHARED, needKeywords, wordStarts, type MatchableNeed } from "~/domain/courses/matching.ts";

export type CoveringCourse = { id: string; slug: string; title: string; providerName: string; byTopic: boolean };

/**
 * `coveringCoursesOfNeeds` of matching.ts asked of the database: per need the best `shown`
 * published courses (by topic, then shared words, then id) and how many cover it in all.
 * Candidates come from two GIN indexes (the need's topic, the starts of its words), so a need
 * reads the courses of its topic and those sharing a word start, not all 9,000 published ones;
 * the rows that travel are the shown ones (ADR 019). The shared-word count is the domain's:
 * a need word counts when a course word equals it or one starts with the other.
 */
export async function coveringCoursesOf(db: Db, needs: readonly MatchableNeed[], shown = COVERING_SHOWN): Promise<{ courses: CoveringCourse[]; total: number }[]> {
  const result = needs.map(() => ({ courses: [] as CoveringCourse[], total: 0 }));
  if (needs.length === 0) return result;
  const asked = needs.map((need, i) => {
    const words = [...needKeywords(need)];
    return { i, topic: need.topic, words, starts: wordStarts(words) };
  });
  const rows = await queryRows<CoveringCourse & { i: number; total: number | string }>(
    db,
    sql`
      select n.i, x.id, x.slug, x.title, x.provider_name as "providerName", x.by_topic as "byTopic", x.total
      from jsonb_to_recordset(${JSON.stringify(asked)}::jsonb) as n(i int, topic text, words text[], starts text[])
      cross join lateral (
        select m.*, count(*) over () as total
        from (
          select c.id, c.slug, c.title, o.name as provider_name, c.topics @> array[n.topic] as by_topic,
            (select count(*) from unnest(n.words) as w
              where exists (select 1 from unnest(c.words) as cw where starts_with(cw, w) or starts_with(w, cw)))::int as shared
          from course c
          join organisation o on o.id = c.provider_id
          where c.status = 'published' and (c.topics @> array[n.topic] or th_word_starts(c.words) && n.starts)
        ) m
        where m.by_topic or m.shared >= ${TEXT_MATCH_MIN_SHARED}
        order by m.by_topic desc, m.shared desc, m.id
        limit ${shown}
      ) x
      order by n.i, x.by_topic desc, x.shared desc, x.id`,
  );
  for (const { i, total, ...course } of rows) {
    const entry = result[i]!;
    entry.total = Number(total);
    entry.courses.push(course);
  }
  return result;
}
