import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "~/db/client.server.ts";
import { cachedTopics } from "./topic-cache.server.ts";

/** A database that answers the topic query (select … from topic order by …) and counts the reads. */
function fakeDb(answer: () => Promise<unknown[]>) {
  const reads = { count: 0 };
  const db = {
    select: () => ({
      from: () => ({
        orderBy: () => {
          reads.count++;
          return answer();
        },
      }),
    }),
  } as unknown as Db;
  return { db, reads };
}

const topics = [{ slug: "robotica", nameNl: "Robotica", nameEn: "Robotics", groupName: "Techniek" }];

afterEach(() => vi.useRealTimers());

describe("the topic cache", () => {
  it("reads the topic list once a minute per database", async () => {
    vi.useFakeTimers();
    const { db, reads } = fakeDb(async () => topics);
    expect(await cachedTopics(db)).toEqual(topics);
    expect(await cachedTopics(db)).toEqual(topics);
    expect(reads.count).toBe(1);
    vi.advanceTimersByTime(61_000);
    await cachedTopics(db);
    expect(reads.count).toBe(2);
  });

  it("keeps each database's list apart", async () => {
    const one = fakeDb(async () => topics);
    const other = fakeDb(async () => []);
    expect(await cachedTopics(one.db)).toEqual(topics);
    expect(await cachedTopics(other.db)).toEqual([]);
  });

  it("forgets a failed read, so the next call tries again", async () => {
    let fail = true;
    const { db, reads } = fakeDb(async () => {
      if (fail) throw new Error("down");
      return topics;
    });
    await expect(cachedTopics(db)).rejects.toThrow("down");
    fail = false;
    expect(await cachedTopics(db)).toEqual(topics);
    expect(reads.count).toBe(2);
  });
});
