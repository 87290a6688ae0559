import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkResult } from "./checker.ts";
import { solveAssignment } from "./solve.ts";
import type { Instance, Result } from "./types.ts";
import { parseInstance } from "./validate.ts";

const fixture = (name: string): Instance =>
  parseInstance(fs.readFileSync(path.join(import.meta.dirname, "../../../../tests/fixtures/assignment", name), "utf8"));

/** The checker must catch what it claims to check, or the property tests prove nothing. */
describe("checkResult", () => {
  const instance = fixture("small-pupils.json");
  const good = solveAssignment(instance);
  const tamper = (change: (r: Result) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return checkResult(instance, copy);
  };

  it("accepts the engine's result", () => {
    expect(checkResult(instance, good)).toEqual([]);
  });
  it("catches pupils over capacity", () => {
    expect(tamper((r) => r.assignments.forEach((a) => (a.slotId = "s1")))).toContainEqual(expect.stringMatching(/slot s1 holds 79 pupils, capacity 50/));
  });
  it("catches a wrong objective", () => {
    expect(tamper((r) => (r.objective += 1))).toContainEqual(expect.stringMatching(/objective 261, recomputed 260/));
  });
  it("catches a bound below the objective and a false optimality claim", () => {
    expect(tamper((r) => (r.upperBound = 200))).toContainEqual(expect.stringMatching(/upperBound 200 below objective/));
    expect(tamper((r) => (r.upperBound = 300))).toContainEqual(expect.stringMatching(/optimal is true but bound 300/));
  });
  it("catches a missing, doubled or wrongly excused group", () => {
    expect(tamper((r) => r.assignments.pop())).toContainEqual(expect.stringMatching(/neither assigned nor unassigned/));
    expect(tamper((r) => r.assignments.push({ ...r.assignments[0]! }))).toContainEqual(expect.stringMatching(/appears more than once/));
    expect(
      tamper((r) => {
        const moved = r.assignments.pop()!;
        r.unassigned.push({ groupId: moved.groupId, reason: "no-slot-for-level" });
      }),
    ).toContainEqual(expect.stringMatching(/reason no-slot-for-level, expected capacity/));
  });
  it("catches infeasible pairs and wrong stats", () => {
    const reasons = fixture("reasons.json");
    const result = solveAssignment(reasons);
    const copy = structuredClone(result);
    copy.unassigned = copy.unassigned.filter((u) => u.groupId !== "far");
    copy.assignments.push({ groupId: "far", slotId: "s1" });
    expect(checkResult(reasons, copy)).toContainEqual(expect.stringMatching(/group far in slot s1 at .* km, over its limit 40/));
    expect(tamper((r) => (r.stats.firstChoice = 0.1))).toContainEqual(expect.stringMatching(/stats.firstChoice/));
  });
  it("catches a dropped lock", () => {
    const locked = { ...instance, locked: [{ groupId: "g1", slotId: "s2" }] };
    const result = solveAssignment(locked);
    expect(checkResult(locked, result)).toEqual([]);
    expect(checkResult({ ...instance, locked: [{ groupId: "g1", slotId: "s1" }] }, result)).toContainEqual(expect.stringMatching(/locked pair g1 → s1 missing/));
  });
});
