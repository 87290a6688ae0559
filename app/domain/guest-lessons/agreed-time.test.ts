import { describe, expect, it } from "vitest";
import { agreedTimes, isClockTime, timeRange } from "./agreed-time.ts";

describe("agreed times", () => {
  it("keeps the agreed start to the minute and ends after the offer's duration", () => {
    const t = agreedTimes("2027-03-09", { startTime: "09:30" }, 120)!;
    // March: winter time, UTC+1.
    expect(t.startsAt.toISOString()).toBe("2027-03-09T08:30:00.000Z");
    expect(t.endsAt.toISOString()).toBe("2027-03-09T10:30:00.000Z");
    expect(timeRange(t.startsAt, t.endsAt)).toBe("09:30–11:30");
  });

  it("takes an agreed end when the school gave one", () => {
    const t = agreedTimes("2027-06-15", { startTime: "13:05", endTime: "14:50" }, 60)!;
    expect(timeRange(t.startsAt, t.endsAt)).toBe("13:05–14:50");
    expect(t.startsAt.toISOString()).toBe("2027-06-15T11:05:00.000Z");
  });

  it("starts at the usual time only when no time was agreed", () => {
    expect(timeRange(...Object.values(agreedTimes("2027-03-09", {}, 90)!) as [Date, Date])).toBe("09:00–10:30");
    expect(timeRange(...Object.values(agreedTimes("2027-03-09", { startTime: null }, 45, "10:15")!) as [Date, Date])).toBe("10:15–11:00");
  });

  it("refuses a time that is not real, or an end before the start", () => {
    expect(agreedTimes("2027-02-30", { startTime: "09:30" }, 60)).toBeNull();
    expect(agreedTimes("2027-03-09", { startTime: "24:00" }, 60)).toBeNull();
    expect(agreedTimes("2027-03-09", { startTime: "10:00", endTime: "09:30" }, 60)).toBeNull();
  });

  it("knows a clock time to the minute", () => {
    expect(isClockTime("09:30")).toBe(true);
    expect(isClockTime("9:30")).toBe(false);
    expect(isClockTime("09:30:00")).toBe(false);
    expect(isClockTime(null)).toBe(false);
  });
});
