import { describe, expect, it } from "vitest";
import { isDelivered, MAX_RETRY_MS, nextAttemptAfterFailure, retryDelayMs, shouldPause, WEBHOOK_GIVE_UP_MS } from "./schedule.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("the retry schedule", () => {
  it("waits exponentially longer after each failure, up to the cap", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1, 3, 9, 27, 81].map((m) => m * MINUTE));
    expect(retryDelayMs(7)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(40)).toBe(MAX_RETRY_MS);
    for (let n = 1; n < 20; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });

  it("schedules the next attempt from the failure, and gives up three days after the event", () => {
    const createdAt = new Date("2027-01-11T09:00:00Z");
    const now = new Date("2027-01-11T09:05:00Z");
    expect(nextAttemptAfterFailure({ attempts: 2, createdAt, now })).toEqual(new Date(now.getTime() + 3 * MINUTE));
    const late = new Date(createdAt.getTime() + WEBHOOK_GIVE_UP_MS - MINUTE);
    expect(nextAttemptAfterFailure({ attempts: 12, createdAt, now: late })).toEqual(new Date(createdAt.getTime() + WEBHOOK_GIVE_UP_MS));
    expect(nextAttemptAfterFailure({ attempts: 13, createdAt, now: new Date(createdAt.getTime() + WEBHOOK_GIVE_UP_MS) })).toBeNull();
  });

  it("counts about fifteen attempts over the three days a receiver may be down", () => {
    const createdAt = new Date("2027-01-11T09:00:00Z");
    let now = createdAt;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = nextAttemptAfterFailure({ attempts, createdAt, now });
      if (!next) break;
      now = next;
    }
    expect(attempts).toBeGreaterThanOrEqual(10);
    expect(attempts).toBeLessThanOrEqual(20);
    expect(now.getTime() - createdAt.getTime()).toBe(WEBHOOK_GIVE_UP_MS);
  });

  it("pauses a subscription only after three days of failures", () => {
    const since = new Date("2027-01-11T09:00:00Z");
    expect(shouldPause(null, new Date("2027-02-01T00:00:00Z"))).toBe(false);
    expect(shouldPause(since, new Date(since.getTime() + 3 * DAY - 1))).toBe(false);
    expect(shouldPause(since, new Date(since.getTime() + 3 * DAY))).toBe(true);
  });

  it("counts 2xx as delivered, and nothing else", () => {
    expect([200, 201, 204, 299].every(isDelivered)).toBe(true);
    expect([null, 199, 301, 302, 400, 404, 500, 503].some(isDelivered)).toBe(false);
  });
});
