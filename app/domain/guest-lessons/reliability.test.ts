import { describe, expect, it } from "vitest";
import { median, reliabilityScore, summariseResponses, typicalResponseDays, NEUTRAL_RELIABILITY } from "./reliability.ts";

const at = (h: number) => new Date(Date.UTC(2026, 2, 2, 9) + h * 3_600_000);

describe("reliability", () => {
  it("summarises response times as a median over answered requests", () => {
    const r = summariseResponses([
      { requestedAt: at(0), respondedAt: at(10) },
      { requestedAt: at(0), respondedAt: at(50) },
      { requestedAt: at(0), respondedAt: at(30) },
      { requestedAt: at(0), respondedAt: null },
    ]);
    expect(r).toEqual({ requestsReceived: 4, requestsAnswered: 3, medianResponseHours: 30 });
    expect(typicalResponseDays(r)).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it("is neutral without history and rewards quick, complete answering", () => {
    expect(reliabilityScore(null)).toBe(NEUTRAL_RELIABILITY);
    expect(typicalResponseDays({ requestsReceived: 1, requestsAnswered: 1, medianResponseHours: 2 })).toBeNull();
    const quick = reliabilityScore({ requestsReceived: 5, requestsAnswered: 5, medianResponseHours: 4 });
    const slow = reliabilityScore({ requestsReceived: 5, requestsAnswered: 5, medianResponseHours: 24 * 10 });
    const silent = reliabilityScore({ requestsReceived: 5, requestsAnswered: 1, medianResponseHours: 4 });
    expect(quick).toBe(1);
    expect(slow).toBeLessThan(quick);
    expect(silent).toBeLessThan(slow);
    expect(typicalResponseDays({ requestsReceived: 5, requestsAnswered: 5, medianResponseHours: 5 })).toBe(1);
  });
});
