import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KnapsackRelaxation } from "./knapsack-relaxation.ts";
import { buildModel } from "./model.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { bruteForceOptimum } from "./testing/brute-force.ts";

describe("KnapsackRelaxation", () => {
  it("bounds the optimum from above for any multipliers u ≥ 0, and its choice respects the pupil limits", () => {
    fc.assert(
      fc.property(
        arbitraryInstance({ groups: [1, 6], slots: [0, 4], form: "pupils" }),
        fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (instance, multipliers) => {
          const model = buildModel(instance);
          const u = Float64Array.from({ length: model.nGroups }, (_, g) => (model.lockedSlot[g]! >= 0 ? 0 : multipliers[g]!));
          const relaxation = new KnapsackRelaxation(model);
          const bound = relaxation.evaluate(u);
          expect(model.base + bound).toBeGreaterThanOrEqual(bruteForceOptimum(instance) - 1e-6);
          const pupils = new Int32Array(model.nSlots);
          relaxation.assignment().forEach((s, g) => {
            if (s >= 0) pupils[s]! += model.size[g]!;
          });
          for (let s = 0; s < model.nSlots; s++) expect(pupils[s]!).toBeLessThanOrEqual(model.slotPupilCap[s]!);
        },
      ),
      { numRuns: 150 },
    );
  });
});
