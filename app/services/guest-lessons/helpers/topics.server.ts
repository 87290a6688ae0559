// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import { asc } from "drizzle-orm";
import type { Db } from "../../../db/client.server.ts";
import { topic } from "../../../db/schema/index.ts";

/** The topic list (offers and requests name topics by slug) and their names. */
export type TopicRow = { slug: string; nameNl: string; nameEn: string; groupName: string };

export async function loadTopics(db: Db): Promise<TopicRow[]> {
  return db
    .select({ slug: topic.slug, nameNl: topic.nameNl, nameEn: topic.nameEn, groupName: topic.groupName })
    .from(topic)
    .orderBy(asc(topic.sortOrder), asc(topic.slug));
}

export function topicNamer(topics: readonly TopicRow[], locale: "nl" | "en" = "nl"): (slug: string) => string {
  const names = new Map(topics.map((t) => [t.slug, locale === "en" ? t.nameEn : t.nameNl]));
  return (slug) => names.get(slug) ?? slug;
}
