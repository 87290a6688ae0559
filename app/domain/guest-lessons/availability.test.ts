import { describe, expect, it } from "vitest";
import { availableOn, fitDates, type Availability } from "./availability.ts";
import { isIsoDate, isoWeekday } from "../common/time.ts";

const weekdaysOnly: Availability = { weekdays: [1, 2, 3, 4, 5], availablePeriods: [], blackoutDates: [], maxPerMonth: null };

describe("availability", () => {
  it("knows real dates and weekdays", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("10-03-2026")).toBe(false);
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-15")).toBe(7);
  });

  it("refuses weekends, blackout dates, days outside the periods and taken dates", () => {
    expect(availableOn(weekdaysOnly, "2026-03-14")).toBe(false);
    expect(availableOn({ ...weekdaysOnly, blackoutDates: ["2026-03-10"] }, "2026-03-10")).toBe(false);
    expect(availableOn({ ...weekdaysOnly, availablePeriods: [{ from: "2026-04-01", until: "2026-04-30" }] }, "2026-03-10")).toBe(false);
    expect(availableOn({ ...weekdaysOnly, takenDates: ["2026-03-10"] }, "2026-03-10")).toBe(false);
    expect(availableOn(weekdaysOnly, "2026-03-10")).toBe(true);
  });

  it("stops at the monthly cap", () => {
    const capped = { ...weekdaysOnly, maxPerMonth: 2, takenDates: ["2026-03-02", "2026-03-03"] };
    expect(availableOn(capped, "2026-03-10")).toBe(false);
    expect(availableOn(capped, "2026-04-07")).toBe(true);
  });

  it("fits date options and periods", () => {
    expect(fitDates(weekdaysOnly, { dateOptions: [{ date: "2026-03-14" }, { date: "2026-03-10" }], periodFrom: null, periodUntil: null })).toEqual({
      asked: "dates",
      count: 2,
      fitting: ["2026-03-10"],
    });
    expect(fitDates(weekdaysOnly, { dateOptions: [], periodFrom: "2026-03-14", periodUntil: "2026-03-15" })).toEqual({ asked: "period", firstFree: null });
    expect(fitDates(weekdaysOnly, { dateOptions: [], periodFrom: null, periodUntil: null })).toEqual({ asked: "none" });
  });
});
