import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LocalSearch } from "./local-search.ts";
import { buildModel } from "./model.ts";
import { neighbourhoodSearch } from "./neighbourhood-search.ts";
import { transportProblem } from "./solve.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { bruteForceOptimum } from "./testing/brute-force.ts";
import { checkAssignment } from "./testing/model-checks.ts";
import { solveTransport } from "./transport.ts";

/** The pupil-blind relaxation repaired into a feasible start, as solveGap starts. */
function start(instance: Parameters<typeof buildModel>[0]) {
  const model = buildModel(instance);
  const search = new LocalSearch(model);
  search.load(solveTransport(transportProblem(model)).slotOf);
  search.repair();
  return { model, search };
}

describe("neighbourhoodSearch", () => {
  it("keeps the assignment feasible, its value exact, and never makes it worse", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [5, 40], slots: [2, 20], form: "pupils" }), (instance) => {
        const { model, search } = start(instance);
        const before = search.value;
        neighbourhoodSearch(search, { deadline: Infinity, target: Infinity, maxRounds: 200, seed: 3 });
        expect(checkAssignment(model, search.snapshot())).toEqual({ problems: [], value: search.value });
        expect(search.value).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("reaches the optimum of tiny instances, where a region can hold every group", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [1, 7], slots: [1, 5], form: "pupils" }), (instance) => {
        const { model, search } = start(instance);
        neighbourhoodSearch(search, { deadline: Infinity, target: Infinity, maxRounds: 300, seed: 1 });
        expect(model.base + search.value).toBe(bruteForceOptimum(instance));
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic for a seed and a number of rounds", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [20, 60], slots: [10, 30], form: "pupils" }), fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const a = start(instance).search;
        const b = start(instance).search;
        neighbourhoodSearch(a, { deadline: Infinity, target: Infinity, maxRounds: 150, seed });
        neighbourhoodSearch(b, { deadline: Infinity, target: Infinity, maxRounds: 150, seed });
        expect([...b.snapshot()]).toEqual([...a.snapshot()]);
      }),
      { numRuns: 10 },
    );
  });
});

describe("LocalSearch.ejectionChain", () => {
  it("applies only chains that gain and keep every limit", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [5, 40], slots: [2, 20], form: "pupils" }), (instance) => {
        const { model, search } = start(instance);
        search.improve(Infinity);
        let value = search.value;
        while (search.ejectionChain(6)) {
          expect(search.value).toBeGreaterThan(value);
          value = search.value;
        }
        expect(search.value).toBe(value);
        expect(checkAssignment(model, search.snapshot())).toEqual({ problems: [], value: search.value });
      }),
      { numRuns: 80 },
    );
  });

  it("finds a trade through three slots that beats every single move and swap", () => {
    // Slot A (30 pupils) holds x (20), B holds z (25); y (20) is unassigned and wants A.
    // The single move y→C gains 1,000; the chain y→A, x→B, z→C gains 1,060 (each of x and z
    // gives up 20 to make room), and no swap makes room: the pupils do not fit.
    const slot = (id: string, capacity: number) => ({ id, hostId: `h${id}`, sector: "bouw", lat: 52, lon: 5, window: "w", capacity, levels: ["vmbo-kader" as const] });
    const group = (id: string, size: number, prefs: string[], extra: object = {}) => ({ id, schoolId: "s", size, level: "vmbo-kader" as const, lat: 52, lon: 5, preferences: prefs.map((p) => ({ hostId: `h${p}` })), ...extra });
    const instance = {
      version: 1 as const,
      maxKm: 30,
      scoring: { rankScores: [100, 80, 60], kmPenalty: 0, unassignedPenalty: 1000 },
      slots: [slot("A", 30), slot("B", 30), slot("C", 30)],
      groups: [group("x", 20, ["A", "B"]), group("y", 20, ["A"]), group("z", 25, ["B", "C"])],
    };
    const model = buildModel(instance);
    const search = new LocalSearch(model);
    // x in A, z in B, y nowhere: every single move and swap is blocked by pupils.
    search.load(Int32Array.from([0, -1, 1]));
    expect(search.ejectionChain(4)).toBe(true);
    expect([...search.snapshot()]).toEqual([1, 0, 2]);
    expect(model.base + search.value).toBe(bruteForceOptimum(instance));
  });
});
