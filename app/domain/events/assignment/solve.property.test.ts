import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkResult } from "./checker.ts";
import { solveAssignment } from "./solve.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { bruteForceOptimum } from "./testing/brute-force.ts";
import type { Instance } from "./types.ts";

const tiny = (form: "groups" | "pupils") => arbitraryInstance({ groups: [1, 7], slots: [0, 5], form });
const medium = (form: "groups" | "pupils") => arbitraryInstance({ groups: [20, 60], slots: [10, 40], form });

/** Locks a few of the pairs of a solution: they are feasible and fit by construction. */
const lockSome = (instance: Instance, every: number): Instance => {
  const result = solveAssignment(instance);
  return { ...instance, locked: result.assignments.filter((_, i) => i % every === 0) };
};

describe("properties, capacity in groups", () => {
  it("tiny instances: valid, and exactly the brute-force optimum, proven", () => {
    fc.assert(
      fc.property(tiny("groups"), (instance) => {
        const result = solveAssignment(instance);
        expect(checkResult(instance, result)).toEqual([]);
        expect(result.objective).toBe(bruteForceOptimum(instance));
        expect(result.optimal).toBe(true);
        expect(result.upperBound).toBe(result.objective);
      }),
      { numRuns: 150 },
    );
  });

  it("tiny instances with locks: locks kept, optimum among assignments that keep them", () => {
    fc.assert(
      fc.property(tiny("groups"), fc.integer({ min: 1, max: 3 }), (base, every) => {
        const instance = lockSome(base, every);
        const result = solveAssignment(instance);
        expect(checkResult(instance, result)).toEqual([]);
        expect(result.objective).toBe(bruteForceOptimum(instance));
      }),
      { numRuns: 60 },
    );
  });

  it("medium instances: valid, objective recomputes, proven optimal", () => {
    fc.assert(
      fc.property(medium("groups"), (instance) => {
        const result = solveAssignment(instance);
        expect(checkResult(instance, result)).toEqual([]);
        expect(result.optimal).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe("properties, capacity in pupils", () => {
  it("tiny instances: valid; the search is exhaustive there, so it is the brute-force optimum", () => {
    fc.assert(
      fc.property(tiny("pupils"), (instance) => {
        const result = solveAssignment(instance);
        expect(checkResult(instance, result)).toEqual([]);
        const optimum = bruteForceOptimum(instance);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum);
        expect(result.objective).toBe(optimum);
        expect(result.optimal).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("tiny instances with locks: locks kept, never above the optimum, bound never below it", () => {
    fc.assert(
      fc.property(tiny("pupils"), fc.integer({ min: 1, max: 3 }), (base, every) => {
        const instance = lockSome(base, every);
        const result = solveAssignment(instance);
        expect(checkResult(instance, result)).toEqual([]);
        const optimum = bruteForceOptimum(instance);
        expect(result.objective).toBeLessThanOrEqual(optimum);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum);
      }),
      { numRuns: 60 },
    );
  });

  it("medium instances: valid, objective recomputes, bound at least the objective, deterministic", () => {
    fc.assert(
      fc.property(medium("pupils"), (instance) => {
        // No time limit in play: a fixed number of search rounds, so determinism does not depend on how busy the machine is.
        const options = { timeLimitMs: 600_000, searchRounds: 300 };
        const result = solveAssignment(instance, options);
        expect(checkResult(instance, result)).toEqual([]);
        expect(result.upperBound).toBeGreaterThanOrEqual(result.objective);
        const again = solveAssignment(instance, options);
        expect(again.assignments).toEqual(result.assignments);
        expect(again.upperBound).toBe(result.upperBound);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
