import { describe, expect, it } from "vitest";
import { isCalendarDay, periodErrors } from "./programme-rules.ts";

describe("programme period", () => {
  it("accepts a period that starts before it ends", () => {
    expect(periodErrors("2024-08-01", "2028-07-31")).toEqual({});
  });

  it("refuses an end on or before the start, beside the end date", () => {
    expect(periodErrors("2024-08-01", "2024-08-01")).toEqual({ endsOn: "programmes.form.periodOrder" });
    expect(periodErrors("2025-01-01", "2024-12-31")).toEqual({ endsOn: "programmes.form.periodOrder" });
  });

  it("names each day that is not a real day", () => {
    expect(periodErrors("2024-02-30", "")).toEqual({ startsOn: "programmes.form.dateInvalid", endsOn: "programmes.form.dateInvalid" });
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-02-29")).toBe(false);
    expect(isCalendarDay("1-2-2024")).toBe(false);
  });
});
