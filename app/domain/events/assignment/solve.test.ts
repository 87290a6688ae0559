import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkResult } from "./checker.ts";
import { generateInstance } from "./generate.ts";
import { DEFAULT_TIME_LIMIT_MS, solveAssignment, solveGreedy, timeLimitForGroups } from "./solve.ts";
import type { Instance, Progress, Result } from "./types.ts";
import { InstanceError, parseInstance } from "./validate.ts";

const fixture = (name: string): Instance =>
  parseInstance(fs.readFileSync(path.join(import.meta.dirname, "../../../../tests/fixtures/assignment", name), "utf8"));
const pairs = (result: Result) => Object.fromEntries(result.assignments.map((a) => [a.groupId, a.slotId]));
const withoutTimings = (result: Result) => ({ ...result, timings: undefined });

describe("solveAssignment, capacity in groups", () => {
  it("finds the optimum where entry order does not", () => {
    const instance = fixture("small-groups.json");
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    // g2 only wants hA; g1 is nearly as happy at hB.
    expect(pairs(result)).toEqual({ g1: "s2", g2: "s1", g3: "s3" });
    expect(result.objective).toBe(80 + 100 + 100);
    expect(result.upperBound).toBe(result.objective);
    expect(result.optimal).toBe(true);
    const greedy = solveGreedy(instance);
    expect(checkResult(instance, greedy)).toEqual([]);
    expect(greedy.objective).toBe(100 + 0 + 100);
  });

  it("reports stats over all groups and distances over the assigned ones", () => {
    const instance = fixture("small-groups.json");
    const result = solveAssignment(instance);
    expect(result.stats.firstChoice).toBeCloseTo(2 / 3, 4);
    expect(result.stats.top3).toBe(1);
    expect(result.stats.maxKm).toBeGreaterThan(0);
    expect(result.stats.avgKm).toBeLessThanOrEqual(result.stats.maxKm);
  });
});

describe("solveAssignment, capacity in pupils", () => {
  it("packs the pupils that fit rather than the first come", () => {
    const instance = fixture("small-pupils.json");
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    expect(pairs(result)).toEqual({ g1: "s2", g2: "s1", g3: "s1" });
    expect(result.objective).toBe(260);
    expect(result.optimal).toBe(true);
    expect(solveGreedy(instance).objective).toBe(220);
  });

  it("keeps every pupil and group limit on a generated instance and bounds the objective", () => {
    const instance = generateInstance({ groups: 150, slots: 180, seed: 7, capacity: "pupils" });
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.objective);
    expect(result.objective).toBeGreaterThanOrEqual(solveGreedy(instance).objective);
  });
});

describe("edge cases", () => {
  it("solves an empty event and one without slots", () => {
    const empty: Instance = { version: 1, maxKm: 40, scoring: { rankScores: [100], kmPenalty: 1, unassignedPenalty: 10 }, groups: [], slots: [] };
    expect(solveAssignment(empty)).toMatchObject({ assignments: [], unassigned: [], objective: 0, upperBound: 0, optimal: true });
    const noSlots = { ...fixture("small-pupils.json"), slots: [] };
    const result = solveAssignment(noSlots);
    expect(checkResult(noSlots, result)).toEqual([]);
    expect(result.unassigned.map((u) => u.reason)).toEqual(["no-slot-for-level", "no-slot-for-level", "no-slot-for-level"]);
    expect(result.objective).toBe(-3000);
  });

  it("treats slots with no room as taken", () => {
    const instance = fixture("small-pupils.json");
    instance.slots.forEach((slot) => (slot.maxGroups = 0));
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    expect(result.unassigned.map((u) => u.reason)).toEqual(["capacity", "capacity", "capacity"]);
  });
});

describe("unassigned reasons", () => {
  it("names the first test no slot passes: level, window, distance, size, else capacity", () => {
    const instance = fixture("reasons.json");
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    expect(pairs(result)).toEqual({ first: "s1" });
    expect(Object.fromEntries(result.unassigned.map((u) => [u.groupId, u.reason]))).toEqual({
      second: "capacity",
      level: "no-slot-for-level",
      window: "no-slot-in-window",
      far: "no-slot-within-distance",
      "near-limit": "no-slot-within-distance",
      large: "too-large-for-every-slot",
    });
  });
});

describe("locked assignments", () => {
  it("keep their slot even when the optimum would differ", () => {
    const instance = { ...fixture("reasons.json"), locked: [{ groupId: "second", slotId: "s1" }] };
    const result = solveAssignment(instance);
    expect(checkResult(instance, result)).toEqual([]);
    expect(pairs(result)).toEqual({ second: "s1" });
    expect(result.unassigned.find((u) => u.groupId === "first")?.reason).toBe("capacity");
    expect(result.optimal).toBe(true);
  });

  it("fail with an error naming the lock when infeasible or over capacity", () => {
    const base = fixture("reasons.json");
    expect(() => solveAssignment({ ...base, locked: [{ groupId: "far", slotId: "s1" }] })).toThrow(
      /locked\[0\] \(group "far", slot "s1"\): locked pair is infeasible: distance .* exceeds maxKm 40/,
    );
    expect(() => solveAssignment({ ...base, locked: [{ groupId: "large", slotId: "s1" }] })).toThrow(/group size 31 exceeds slot capacity 30/);
    expect(() => solveAssignment({ ...base, locked: [{ groupId: "window", slotId: "s1" }] })).toThrow(/window "morning" is not among/);
    expect(() => solveAssignment({ ...base, locked: [{ groupId: "level", slotId: "s1" }] })).toThrow(/does not accept level "vwo"/);
    expect(() =>
      solveAssignment({ ...base, locked: [{ groupId: "first", slotId: "s1" }, { groupId: "second", slotId: "s1" }] }),
    ).toThrow(/locked\[1\] \(group "second", slot "s1"\): the locks put more groups in slot "s1" than its maxGroups 1/);
    expect(() => solveAssignment({ ...base, locked: [{ groupId: "nobody", slotId: "s1" }] })).toThrow(/locked\[0\]: unknown group "nobody"/);
    expect(() =>
      solveAssignment({ ...base, locked: [{ groupId: "first", slotId: "s1" }, { groupId: "first", slotId: "s1" }] }),
    ).toThrow(/locked\[1\]: group "first" is already locked by locked\[0\]/);
  });

  it("fail when the locks' pupils exceed a capacity", () => {
    const instance = fixture("small-pupils.json");
    expect(() => solveAssignment({ ...instance, locked: [{ groupId: "g1", slotId: "s1" }, { groupId: "g2", slotId: "s1" }] })).toThrow(
      /locked\[1\] \(group "g2", slot "s1"\): the locks put more pupils in slot "s1" than its capacity 50/,
    );
  });
});

describe("time limit for the web app", () => {
  it("gives 2 s up to 800 groups, the default 10 s from 5,000, and rises in between", () => {
    expect(timeLimitForGroups(0)).toBe(2000);
    expect(timeLimitForGroups(800)).toBe(2000);
    expect(timeLimitForGroups(2900)).toBe(6000);
    expect(timeLimitForGroups(5000)).toBe(DEFAULT_TIME_LIMIT_MS);
    expect(timeLimitForGroups(50_000)).toBe(DEFAULT_TIME_LIMIT_MS);
  });
});

describe("determinism and progress", () => {
  it("gives the same result for the same input, in both capacity forms", () => {
    for (const capacity of ["groups", "pupils"] as const) {
      const instance = generateInstance({ groups: 120, slots: 150, seed: 11, capacity });
      // The search's rounds fixed and the limit generous: the same on any machine.
      const a = solveAssignment(instance, { timeLimitMs: 600_000, searchRounds: 500 });
      const b = solveAssignment(structuredClone(instance), { timeLimitMs: 600_000, searchRounds: 500 });
      expect(withoutTimings(b)).toEqual(withoutTimings(a));
    }
  });

  it("reports monotone progress ending at 1 with the final objective and bound", () => {
    const instance = generateInstance({ groups: 120, slots: 150, seed: 5, capacity: "pupils" });
    const seen: Progress[] = [];
    const result = solveAssignment(instance, { timeLimitMs: 1000, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    expect(seen.at(-1)).toEqual({ phase: "done", fraction: 1, objective: result.objective, upperBound: result.upperBound });
  });

  it("stops at the time limit with a valid result", () => {
    const instance = generateInstance({ groups: 300, slots: 400, seed: 2, capacity: "pupils" });
    const result = solveAssignment(instance, { timeLimitMs: 1 });
    expect(checkResult(instance, result)).toEqual([]);
  });
});

describe("bad input", () => {
  const valid = () => JSON.parse(JSON.stringify(fixture("small-groups.json")));
  const cases: [string, (i: any) => void, RegExp][] = [
    ["unknown level", (i) => (i.groups[1].level = "vmbo-x"), /^groups\[1\] \(id "g2"\): unknown level "vmbo-x"/],
    ["unknown slot level", (i) => (i.slots[2].levels = ["vmbo-gt", "hbo"]), /^slots\[2\] \(id "s3"\): unknown level "hbo" in "levels\[1\]"/],
    ["duplicate group id", (i) => (i.groups[2].id = "g1"), /^groups\[2\] \(id "g1"\): duplicate id, also used by groups\[0\]/],
    ["duplicate slot id", (i) => (i.slots[1].id = "s1"), /^slots\[1\] \(id "s1"\): duplicate id/],
    ["missing field", (i) => delete i.groups[0].size, /^groups\[0\] \(id "g1"\): missing field "size"/],
    ["missing slot field", (i) => delete i.slots[0].window, /^slots\[0\] \(id "s1"\): missing field "window"/],
    ["no capacity at all", (i) => delete i.slots[1].maxGroups, /^slots\[1\] \(id "s2"\): has neither "capacity" \(pupils\) nor "maxGroups"/],
    ["too many preferences", (i) => (i.groups[0].preferences = [{ hostId: "a" }, { hostId: "b" }, { hostId: "c" }, { sector: "d" }]), /^groups\[0\] \(id "g1"\): has 4 preferences but scoring.rankScores scores only 3/],
    ["preference naming both", (i) => (i.groups[1].preferences = [{ hostId: "hA", sector: "bouw" }]), /^groups\[1\] \(id "g2"\): preferences\[0\] must name exactly one of "hostId" or "sector"/],
    ["negative size", (i) => (i.groups[2].size = -4), /^groups\[2\] \(id "g3"\): "size" must be at least 1/],
    ["fractional size", (i) => (i.groups[2].size = 20.5), /"size" must be a whole number/],
    ["latitude out of range", (i) => (i.slots[0].lat = 152), /^slots\[0\] \(id "s1"\): "lat" must be at most 90/],
    ["text where a number belongs", (i) => (i.groups[0].lon = "5.1"), /"lon" must be a number, got "5.1"/],
    ["missing scoring", (i) => delete i.scoring, /^scoring: missing/],
    ["fractional rank score", (i) => (i.scoring.rankScores = [100, 80.5]), /^scoring: "rankScores\[1\]" must be a whole number/],
    ["wrong version", (i) => (i.version = 2), /^version: must be 1/],
    ["groups not a list", (i) => (i.groups = {}), /"groups" must be a list/],
  ];
  it.each(cases)("%s names the offending item", (_, mutate, message) => {
    const instance = valid();
    mutate(instance);
    const attempt = () => solveAssignment(instance);
    expect(attempt).toThrow(InstanceError);
    expect(attempt).toThrow(message);
  });

  it("rejects malformed JSON", () => {
    expect(() => parseInstance('{"version": 1,')).toThrow(/^malformed JSON/);
  });
});
