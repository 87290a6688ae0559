import { describe, expect, it } from "vitest";
import { mismatches, pupilsPerGroup } from "./mismatches.ts";

const workshop = { levels: ["vmbo-kader", "vmbo-gemengd"], groupSizeMin: 6, groupSizeMax: 16 };

describe("mismatches between an offer and a class", () => {
  it("says a class of 24 in one group is too large for a workshop for 6–16", () => {
    expect(mismatches(workshop, { level: "vmbo-kader", pupils: 24, groups: 1 })).toEqual([{ kind: "groupTooLarge", perGroup: 24, max: 16 }]);
  });

  it("counts per group: 24 pupils in two groups fit", () => {
    expect(mismatches(workshop, { level: "vmbo-kader", pupils: 24, groups: 2 })).toEqual([]);
    expect(pupilsPerGroup({ pupils: 25, groups: 2 })).toBe(13);
  });

  it("says a group that is too small and a level the offer is not for, together", () => {
    expect(mismatches(workshop, { level: "havo", pupils: 4, groups: 1 })).toEqual([
      { kind: "level", level: "havo", levels: ["vmbo-kader", "vmbo-gemengd"] },
      { kind: "groupTooSmall", perGroup: 4, min: 6 },
    ]);
  });

  it("says nothing when the class fits, or when the number of pupils is unknown", () => {
    expect(mismatches(workshop, { level: "vmbo-gemengd", pupils: 16, groups: 1 })).toEqual([]);
    expect(mismatches(workshop, { level: "vmbo-gemengd", pupils: null, groups: null })).toEqual([]);
  });
});
