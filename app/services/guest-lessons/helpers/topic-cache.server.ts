// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import type { Db } from "../../../db/client.server.ts";
import { loadTopics, type TopicRow } from "./topics.server.ts";

const TOPICS_FRESH_MS = 60_000;
const topicCache = new WeakMap<object, { at: number; topics: Promise<TopicRow[]> }>();

/** The topic list, read at most once a minute per database: it changes only when an administrator adds a topic. */
export function cachedTopics(db: Db): Promise<TopicRow[]> {
  const hit = topicCache.get(db);
  if (hit && performance.now() - hit.at < TOPICS_FRESH_MS) return hit.topics;
  const topics = loadTopics(db);
  topicCache.set(db, { at: performance.now(), topics });
  topics.catch(() => topicCache.delete(db));
  return topics;
}
