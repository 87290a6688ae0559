import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LocalSearch } from "./local-search.ts";
import { buildModel } from "./model.ts";
import { transportProblem } from "./solve.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import { checkAssignment } from "./testing/model-checks.ts";
import { solveTransport } from "./transport.ts";

describe("LocalSearch", () => {
  it("repairs the pupil-blind relaxation into a feasible assignment and only improves it", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [5, 40], slots: [2, 20], form: "pupils" }), (instance) => {
        const model = buildModel(instance);
        const relaxed = solveTransport(transportProblem(model));
        const search = new LocalSearch(model);
        search.load(relaxed.slotOf);
        search.repair();
        expect(search.overfull()).toBe(0);
        const repaired = checkAssignment(model, search.snapshot());
        expect(repaired).toEqual({ problems: [], value: search.value });
        search.improve(Infinity);
        const improved = checkAssignment(model, search.snapshot());
        expect(improved.problems).toEqual([]);
        expect(improved.value).toBe(search.value);
        expect(search.value).toBeGreaterThanOrEqual(repaired.value);
        // Never better than the relaxation without pupil limits.
        expect(search.value).toBeLessThanOrEqual(relaxed.value);
      }),
      { numRuns: 100 },
    );
  });
});
