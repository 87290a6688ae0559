import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { amsterdamDate, amsterdamParts, amsterdamToday, FIRST_YEAR, isIsoDate, isStorableMoment, LAST_YEAR } from "./time.ts";

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

describe("the one rule for dates", () => {
  it("takes real days within the platform's years only", () => {
    for (const day of ["2026-02-28", "2024-02-29", `${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`]) expect(isIsoDate(day)).toBe(true);
    // Year 0 is not a year to PostgreSQL (22008); 0000-00-00 and 2026-02-30 are not days at all.
    for (const day of ["0000-01-01", "0000-00-00", "0001-01-01", "0099-12-31", "1899-12-31", "2026-02-30", "2023-02-29", "2026-13-01", "+10000-01-01", "-000001-01-01", "2026-1-1", " 2026-01-01"]) {
      expect(isIsoDate(day), day).toBe(false);
    }
  });

  it("takes a moment whose UTC year is within them, so PostgreSQL can keep it", () => {
    expect(isStorableMoment(new Date("2027-03-04T09:00:00+01:00"))).toBe(true);
    expect(isStorableMoment(new Date("0000-01-01T09:00:00+01:00"))).toBe(false);
    // Still 9999 where it was written, already 10000 in UTC: "+010000-…" is nothing PostgreSQL reads.
    expect(isStorableMoment(new Date("9999-12-31T23:00:00-05:00"))).toBe(false);
    expect(isStorableMoment(new Date("nonsense"))).toBe(false);
  });

  it("every day it takes is one PostgreSQL and Date agree on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const day = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        if (!isIsoDate(day)) return;
        expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
        expect(y).toBeGreaterThanOrEqual(FIRST_YEAR);
      }),
    );
  });
});
