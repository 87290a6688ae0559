import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveGap } from "./gap.ts";
import { buildModel } from "./model.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { bruteForceOptimum } from "./testing/brute-force.ts";
import { checkAssignment } from "./testing/model-checks.ts";

const quiet = { deadline: Infinity, report: () => {} };

describe("solveGap", () => {
  it("is feasible, its bound is at least its value, and on tiny instances it is the optimum", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [1, 7], slots: [0, 5], form: "pupils" }), (instance) => {
        const model = buildModel(instance);
        const solution = solveGap(model, quiet);
        expect(checkAssignment(model, solution.slotOf)).toEqual({ problems: [], value: solution.value });
        expect(solution.bound).toBeGreaterThanOrEqual(solution.value);
        expect(model.base + solution.value).toBe(bruteForceOptimum(instance));
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same answer twice (deterministic)", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [20, 60], slots: [10, 30], form: "pupils" }), (instance) => {
        const a = solveGap(buildModel(instance), { ...quiet, maxIterations: 200, maxRounds: 200 });
        const b = solveGap(buildModel(instance), { ...quiet, maxIterations: 200, maxRounds: 200 });
        expect([...b.slotOf]).toEqual([...a.slotOf]);
        expect([b.value, b.bound]).toEqual([a.value, a.bound]);
      }),
      { numRuns: 10 },
    );
  });
});
