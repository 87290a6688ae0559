import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addWorkingDays, dutchPublicHolidays, easterSunday, isWorkingDay, workingDaysBetween } from "./working-days.ts";
import { daysUntil, expiredOptions, scheduledStepsDue, STEPS, unansweredStepsDue } from "./reminders.ts";

describe("working days", () => {
  it("knows Easter", () => {
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
  });

  it("knows the Dutch public holidays of 2026", () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual(["2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]);
    // 27 April 2025 was a Sunday: King's Day on Saturday the 26th.
    expect(dutchPublicHolidays(2025).has("2025-04-26")).toBe(true);
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-03-06")).toBe(true); // Friday
    expect(isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday
    expect(addWorkingDays("2026-03-02", 5)).toBe("2026-03-09"); // Monday → next Monday
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday → Monday
    expect(addWorkingDays("2026-04-03", 1)).toBe("2026-04-07"); // over Easter Monday
    expect(workingDaysBetween("2026-03-02", "2026-03-09")).toBe(5);
    expect(workingDaysBetween("2026-03-09", "2026-03-02")).toBe(0);
  });

  it("counts back what it added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 40 }), (offset, n) => {
        const from = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const to = addWorkingDays(from, n);
        return workingDaysBetween(from, to) === n && (n === 0 || isWorkingDay(to));
      }),
    );
  });
});

describe("what the sweep owes", () => {
  const none = new Set<string>();

  it("reminds the company after N working days and escalates after 2N", () => {
    expect(unansweredStepsDue("2026-03-02", "2026-03-06", 5, none)).toEqual([]);
    expect(unansweredStepsDue("2026-03-02", "2026-03-09", 5, none)).toEqual([STEPS.answerReminder]);
    expect(unansweredStepsDue("2026-03-02", "2026-03-09", 5, new Set([STEPS.answerReminder]))).toEqual([]);
    expect(unansweredStepsDue("2026-03-02", "2026-03-16", 5, new Set([STEPS.answerReminder]))).toEqual([STEPS.escalated]);
    expect(unansweredStepsDue("2026-03-02", "2026-03-16", 5, none)).toEqual([STEPS.answerReminder, STEPS.escalated]);
    expect(unansweredStepsDue("2026-03-02", "2026-03-04", 2, none)).toEqual([STEPS.answerReminder]);
  });

  it("reminds 7 days and 1 day before, and alerts when unconfirmed 3 days before", () => {
    expect(daysUntil("2026-03-02", "2026-03-09")).toBe(7);
    expect(scheduledStepsDue("2026-03-20", "2026-03-02", none)).toEqual([]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-02", none)).toEqual([STEPS.reminder7, STEPS.confirmRequest]);
    const after7 = new Set<string>([STEPS.reminder7, STEPS.confirmRequest]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-05", after7)).toEqual([]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-06", after7)).toEqual([STEPS.unconfirmedAlert]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-06", new Set([...after7, STEPS.providerConfirmed]))).toEqual([]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-08", new Set([...after7, STEPS.providerConfirmed]))).toEqual([STEPS.reminder1]);
    expect(scheduledStepsDue("2026-03-09", "2026-03-10", none)).toEqual([]);
  });

  it("skips the 7-day reminder when it is already the day before", () => {
    expect(scheduledStepsDue("2026-03-09", "2026-03-08", none)).toEqual([STEPS.reminder1, STEPS.unconfirmedAlert]);
  });

  it("expires a request whose dates have all passed", () => {
    expect(expiredOptions([{ date: "2026-03-05" }, { date: "2026-03-12" }], "2026-03-12", null)).toBe(false);
    expect(expiredOptions([{ date: "2026-03-05" }, { date: "2026-03-12" }], "2026-03-13", null)).toBe(true);
    expect(expiredOptions([], "2026-03-13", "2026-04-01")).toBe(false);
    expect(expiredOptions([], "2026-03-13", null)).toBe(false);
  });
});

import { countedResponses } from "./counted-responses.ts";

describe("which requests count for reliability", () => {
  const now = new Date("2026-03-20T12:00:00Z");
  const at = (d: string) => new Date(`${d}T12:00:00Z`);
  it("counts answers, expiries and week-old silence, not fresh or withdrawn requests", () => {
    const rows = [
      { id: 1, requestedAt: at("2026-03-01"), respondedAt: at("2026-03-02"), state: "scheduled" as const },
      { id: 2, requestedAt: at("2026-03-01"), respondedAt: null, state: "expired" as const },
      { id: 3, requestedAt: at("2026-03-10"), respondedAt: null, state: "requested" as const },
      { id: 4, requestedAt: at("2026-03-19"), respondedAt: null, state: "requested" as const },
      { id: 5, requestedAt: at("2026-03-01"), respondedAt: null, state: "cancelled" as const },
    ];
    expect(countedResponses(rows, now).map((r) => r.id)).toEqual([1, 2, 3]);
  });
});
