import { describe, expect, it } from "vitest";
import { chosenCourseFilters, parseCourseFilters } from "./search-query.ts";

describe("chosenCourseFilters", () => {
  it("counts the filters beside the search words, a place with its distance as one", () => {
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("q=lassen")))).toBe(0);
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("afstand=50")))).toBe(0);
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("q=lassen&plaats=Emmeloord&afstand=50&prijs=gratis&vanaf=2026-02-01")))).toBe(3);
  });

  it("leaves out what the address names but the list does not use", () => {
    expect(chosenCourseFilters(parseCourseFilters(new URLSearchParams("onderwerp=onbekend&vanaf=2026-02-30")))).toBe(0);
  });
});
