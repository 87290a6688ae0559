import { describe, expect, it } from "vitest";
import { courseSearchHref, parseCourseFilters, providerNameWords } from "./search-query.ts";

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
