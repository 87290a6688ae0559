import { describe, expect, it } from "vitest";
import { amsterdamDate, amsterdamParts } from "../common/time.ts";
import { formatPrice, parsePrice, quarterOf } from "./format.ts";
import { courseSearchHref, parseCourseFilters } from "./search-query.ts";
import { draftFromNeeds } from "./draft.ts";

describe("Amsterdam time", () => {
  it("reads winter and summer times in the Dutch zone", () => {
    expect(amsterdamDate("2027-01-15", "09:00")!.toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(amsterdamDate("2027-07-15", "09:00")!.toISOString()).toBe("2027-07-15T07:00:00.000Z");
    expect(amsterdamParts(new Date("2027-07-15T07:00:00Z"))).toEqual({ date: "2027-07-15", time: "09:00" });
  });
  it("refuses dates that do not exist", () => {
    expect(amsterdamDate("2027-02-30", "09:00")).toBeNull();
    expect(amsterdamDate("15-01-2027", "09:00")).toBeNull();
  });
});

describe("prices and periods", () => {
  it("parses Dutch amounts", () => {
    expect(parsePrice("")).toBe(0);
    expect(parsePrice("250")).toBe(25000);
    expect(parsePrice("€ 249,50")).toBe(24950);
    expect(parsePrice("1.250,00")).toBe(125000);
    expect(parsePrice("veel")).toBeNull();
    expect(formatPrice(0)).toBe("Gratis");
    expect(formatPrice(24950)).toMatch(/249,50/);
  });
  it("puts a date in its quarter", () => {
    expect(quarterOf("2027-03-31")).toBe("2027-K1");
    expect(quarterOf("2027-10-01")).toBe("2027-K4");
  });
});

describe("catalogue addresses", () => {
  it("round-trips the filters and drops unknown values", () => {
    const f = parseCourseFilters(new URLSearchParams("q=lassen&plaats=Emmeloord&afstand=50&vorm=online&niveau=onzin&prijs=gratis"));
    expect(f).toMatchObject({ q: "lassen", place: "Emmeloord", distanceKm: 50, format: "online", level: undefined, price: "gratis" });
    expect(courseSearchHref(f)).toBe("/cursussen?q=lassen&vorm=online&plaats=Emmeloord&afstand=50&prijs=gratis");
  });
});

describe("draftFromNeeds", () => {
  it("takes topics and level weighted by employees and lists each company's wish", () => {
    const draft = draftFromNeeds([
      { topic: "lassen", description: "TIG", employeeCount: 2, level: "mbo-3", preferredFormat: "online", companyName: "A" },
      { topic: "plaatbewerking", description: "Kanten", employeeCount: 5, level: "mbo-2", preferredFormat: "no_preference", companyName: "B" },
    ]);
    expect(draft.topics).toEqual(["plaatbewerking", "lassen"]);
    expect(draft.level).toBe("mbo-2");
    expect(draft.format).toBe("online");
    expect(draft.description).toBe("- A (2 medewerkers): TIG\n- B (5 medewerkers): Kanten");
  });
});
