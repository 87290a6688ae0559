import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { amsterdamDate, amsterdamParts, amsterdamToday } from "./time.ts";

describe("Amsterdam wall clock ↔ UTC", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(amsterdamDate("2027-01-15", "09:00")?.toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(amsterdamDate("2027-07-15", "09:00")?.toISOString()).toBe("2027-07-15T07:00:00.000Z");
  });

  it("crosses the March switch (28 March 2027, 02:00 → 03:00)", () => {
    expect(amsterdamDate("2027-03-28", "01:59")?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(amsterdamDate("2027-03-28", "03:00")?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    // 02:30 does not happen that night: moved forward by the hour that is skipped.
    expect(amsterdamDate("2027-03-28", "02:30")?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(amsterdamParts(amsterdamDate("2027-03-28", "02:30")!)).toEqual({ date: "2027-03-28", time: "03:30" });
  });

  it("crosses the October switch (31 October 2027, 03:00 → 02:00)", () => {
    expect(amsterdamDate("2027-10-31", "01:30")?.toISOString()).toBe("2027-10-30T23:30:00.000Z");
    // 02:30 happens twice: the first, still in summer time.
    expect(amsterdamDate("2027-10-31", "02:30")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(amsterdamDate("2027-10-31", "03:30")?.toISOString()).toBe("2027-10-31T02:30:00.000Z");
  });

  it("refuses dates and times that are not real", () => {
    for (const [date, time] of [
      ["2026-02-30", "09:00"],
      ["2026-02-29", "09:00"],
      ["2026-13-01", "09:00"],
      ["2026-04-31", "09:00"],
      ["2026-04-01", "25:00"],
      ["2026-04-01", "09:60"],
      ["1-4-2026", "09:00"],
      ["2026-04-01", "9:00"],
    ]) expect(amsterdamDate(date!, time), `${date} ${time}`).toBeNull();
    expect(amsterdamDate("2028-02-29", "09:00")).not.toBeNull();
  });

  it("gives back the wall clock it was given, on every day of the year (except the skipped hour)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:00Z"), noInvalidDate: true }), (at) => {
        const { date, time } = amsterdamParts(at);
        const back = amsterdamDate(date, time)!;
        expect(amsterdamParts(back)).toEqual({ date, time });
        // Within the minute, or the first of the two moments in October's repeated hour.
        const diff = at.getTime() - back.getTime();
        expect(diff === 0 || (diff >= 0 && diff < 60_000) || diff === 3_600_000 || (diff > 3_600_000 && diff < 3_660_000)).toBe(true);
      }),
    );
  });

  it("knows today's date in Amsterdam, not in UTC", () => {
    expect(amsterdamToday(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01");
    expect(amsterdamToday(new Date("2027-01-01T22:30:00Z"))).toBe("2027-01-01");
  });
});
