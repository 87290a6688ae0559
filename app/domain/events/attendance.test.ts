import { describe, expect, it } from "vitest";
import { attendanceError, visitStartsAt } from "./attendance.ts";

const event = {
  startsOn: "2027-03-18",
  windows: [
    { key: "ochtend", date: "2027-03-18", start: "09:00" },
    { key: "dag-2-middag", date: "2027-03-19", start: "13:00" },
  ],
};

describe("visitStartsAt", () => {
  it("is the window's date and start in Amsterdam time", () => {
    // March: winter time, UTC+1.
    expect(visitStartsAt(event, "ochtend")!.toISOString()).toBe("2027-03-18T08:00:00.000Z");
    expect(visitStartsAt(event, "dag-2-middag")!.toISOString()).toBe("2027-03-19T12:00:00.000Z");
  });

  it("falls back to the event's first day for a window it no longer lists, and to nothing without a date", () => {
    expect(visitStartsAt(event, "vervallen")!.toISOString()).toBe("2027-03-17T23:00:00.000Z");
    expect(visitStartsAt({ startsOn: null, windows: [] }, "ochtend")).toBeNull();
  });
});

describe("attendanceError", () => {
  const startsAt = new Date("2027-03-18T08:00:00.000Z");

  it("refuses attendance months ahead and a minute before the visit", () => {
    expect(attendanceError(startsAt, new Date("2026-12-01T10:00:00Z"))).toBe("events.error.attendanceTooEarly");
    expect(attendanceError(startsAt, new Date("2027-03-18T07:59:00Z"))).toBe("events.error.attendanceTooEarly");
  });

  it("allows it from the start of the visit, and afterwards for corrections", () => {
    expect(attendanceError(startsAt, startsAt)).toBeNull();
    expect(attendanceError(startsAt, new Date("2027-04-02T10:00:00Z"))).toBeNull();
  });

  it("refuses it when the visit has no moment at all", () => {
    expect(attendanceError(null, new Date("2027-04-02T10:00:00Z"))).toBe("events.error.attendanceTooEarly");
  });
});
