import { describe, expect, it } from "vitest";
import { formatDateList, parseDateList } from "./forms.ts";

describe("parseDateList", () => {
  it("reads ISO dates, sorted and without repeats", () => {
    expect(parseDateList("2026-05-05, 2026-04-27;2026-05-05")).toEqual(["2026-04-27", "2026-05-05"]);
  });

  it("reads dates written the Dutch way: day, month, year", () => {
    expect(parseDateList("5-5-2026, 27/4/2026 24.12.2026")).toEqual(["2026-04-27", "2026-05-05", "2026-12-24"]);
  });

  it("refuses a list with one thing that is no date", () => {
    expect(parseDateList("5-5-2026, morgen")).toBeNull();
    expect(parseDateList("31-2-2026")).toBeNull();
    expect(parseDateList("2026-13-01")).toBeNull();
  });

  it("gives an empty list for an empty field", () => {
    expect(parseDateList("  ")).toEqual([]);
  });
});

describe("formatDateList", () => {
  it("writes ISO dates the Dutch way, which parseDateList reads back", () => {
    const dates = ["2026-04-27", "2026-05-05", "2026-12-24"];
    expect(formatDateList(dates)).toBe("27-4-2026, 5-5-2026, 24-12-2026");
    expect(parseDateList(formatDateList(dates))).toEqual(dates);
    expect(formatDateList([])).toBe("");
  });
});
