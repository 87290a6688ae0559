import { describe, expect, it } from "vitest";
import { FORMATTED_DATES, formatDate } from "./index.ts";

const fresh = (date: Date | string, locale: "nl" | "en", options: Intl.DateTimeFormatOptions = { dateStyle: "long" }) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options }).format(typeof date === "string" ? new Date(date) : date);

describe("formatDate", () => {
  it("gives a remembered date the same text as a fresh formatter, per language and option set", () => {
    const day = new Date("2026-03-14T23:30:00Z"); // already the 15th in Amsterdam
    for (let round = 0; round < 2; round++) {
      expect(formatDate(day, "nl")).toBe(fresh(day, "nl"));
      expect(formatDate(day, "en")).toBe(fresh(day, "en"));
      expect(formatDate(day, "nl", { dateStyle: "medium" })).toBe(fresh(day, "nl", { dateStyle: "medium" }));
      expect(formatDate("2026-03-14", "nl")).toBe(fresh("2026-03-14", "nl"));
    }
    expect(formatDate(day, "nl")).toBe("15 maart 2026");
    expect(formatDate(day, "nl", { dateStyle: "medium" })).not.toBe(formatDate(day, "nl"));
  });

  it("tells moments apart, also past the bound of what it remembers", () => {
    const start = Date.UTC(2020, 0, 1, 12);
    for (let i = 0; i <= FORMATTED_DATES + 10; i += 97) {
      const day = new Date(start + i * 86_400_000);
      expect(formatDate(day, "nl")).toBe(fresh(day, "nl"));
    }
    for (let i = 0; i <= FORMATTED_DATES + 10; i++) formatDate(new Date(start + i * 60_000), "en");
    const last = new Date(start + 3 * 86_400_000);
    expect(formatDate(last, "en")).toBe(fresh(last, "en"));
  });
});
