import { describe, expect, it } from "vitest";
import { chosenCourseFilters, courseSearchHref, parseCourseFilters, providerNameWords } from "./search-query.ts";

describe("the catalogue's provider filter", () => {
  it("is typed: the words of a name, a slug from an older link read as its words", () => {
    expect(providerNameWords("  Deltion  Arnhem ")).toEqual(["deltion", "arnhem"]);
    expect(providerNameWords("aeres-mbo")).toEqual(["aeres", "mbo"]);
    expect(providerNameWords("")).toEqual([]);
    expect(providerNameWords("a b c d e f g h i j")).toHaveLength(8);
  });

  it("lives in the address as typed, and reads back the same", () => {
    const filters = parseCourseFilters(new URLSearchParams("opleider=ROC%20Friese%20Poort"));
    expect([filters.providerName, filters.provider]).toEqual(["ROC Friese Poort", ""]);
    expect(courseSearchHref(filters)).toBe("/cursussen?opleider=ROC+Friese+Poort");
  });
});

describe("chosenCourseFilters", () => {
  it("counts the filters beside the search words, a place with its distance as one", () => {
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("q=lassen")))).toBe(0);
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("afstand=50")))).toBe(0);
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("q=lassen&plaats=Emmeloord&afstand=50&prijs=gratis&vanaf=2026-02-01")))).toBe(3);
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("opleider=deltion")))).toBe(1);
  });

  it("leaves out what the address names but the list does not use", () => {
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("onderwerp=onbekend&vanaf=2026-02-30")))).toBe(0);
  });
});
