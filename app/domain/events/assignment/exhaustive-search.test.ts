import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exhaustiveSearch } from "./exhaustive-search.ts";
import { buildModel } from "./model.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { bruteForceOptimum } from "./testing/brute-force.ts";
import { checkAssignment } from "./testing/model-checks.ts";

describe("exhaustiveSearch", () => {
  it("finds the brute-force optimum of tiny instances from an empty incumbent", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [1, 6], slots: [0, 4], form: "pupils" }), (instance) => {
        const model = buildModel(instance);
        const exact = exhaustiveSearch(model, new Int32Array(model.nGroups).fill(-1), 0, 5_000_000);
        expect(exact).not.toBeNull();
        expect(checkAssignment(model, exact!.slotOf)).toEqual({ problems: [], value: exact!.value });
        expect(model.base + exact!.value).toBe(bruteForceOptimum(instance));
      }),
      { numRuns: 100 },
    );
  });

  it("gives up (null) when the node budget runs out before the search is complete", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [4, 7], slots: [2, 5], form: "pupils" }), (instance) => {
        const model = buildModel(instance);
        const withEdges = Array.from({ length: model.nGroups }, (_, g) => model.edgeStart[g + 1]! - model.edgeStart[g]!).filter((k) => k > 0).length;
        fc.pre(withEdges >= 3);
        expect(exhaustiveSearch(model, new Int32Array(model.nGroups).fill(-1), 0, 1)).toBeNull();
      }),
      { numRuns: 30 },
    );
  });
});
