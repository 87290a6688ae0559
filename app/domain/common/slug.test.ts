import { describe, expect, it } from "vitest";
import { isSlug, slugCandidate, slugify } from "./slug.ts";

describe("slugify", () => {
  it("turns names into readable URL parts", () => {
    expect(slugify("OBM Midden-Nederland")).toBe("obm-midden-nederland");
    expect(slugify("Kiremko B.V.")).toBe("kiremko-b-v");
    expect(slugify("Scholengemeenschap Eén & Ander")).toBe("scholengemeenschap-een-en-ander");
    expect(slugify("  ’t Atelier  ")).toBe("t-atelier");
  });

  it("never gives an empty slug", () => {
    expect(slugify("!!!")).toBe("organisatie");
    expect(slugify("")).toBe("organisatie");
  });

  it("keeps slugs short without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("numbers later candidates from 2", () => {
    expect([1, 2, 3].map((n) => slugCandidate("kiremko", n))).toEqual(["kiremko", "kiremko-2", "kiremko-3"]);
  });
});

describe("isSlug", () => {
  it("takes the slugs the app makes and refuses what no slug can be", () => {
    expect(isSlug("obm-midden-nederland")).toBe(true);
    expect(isSlug("naam-2")).toBe(true);
    for (const bad of ["", "-a", "A", "a b", "a/b", "a%00", "é", "x".repeat(121)]) expect(isSlug(bad)).toBe(false);
  });
});
