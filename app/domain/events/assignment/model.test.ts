import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyLocks, buildModel, findEdges, pairKm, pairValue, prepare } from "./model.ts";
import { NO_LIMIT } from "./slot-limits.ts";
import { arbitraryInstance } from "./testing/arbitrary.ts";
import type { Instance } from "./types.ts";

/** Feasible by the format's rules alone (level, window, distance, size within capacity). */
const feasible = (instance: Instance, g: number, s: number) => {
  const group = instance.groups[g]!;
  const slot = instance.slots[s]!;
  return (
    slot.levels.includes(group.level) &&
    (!group.windows || group.windows.includes(slot.window)) &&
    pairKm(instance, g, s) <= (group.maxKm ?? instance.maxKm) &&
    (slot.capacity === undefined || group.size <= slot.capacity)
  );
};

describe("findEdges", () => {
  it("gives exactly the feasible pairs that beat leaving the group unassigned, best first", () => {
    fc.assert(
      fc.property(arbitraryInstance({ groups: [1, 25], slots: [0, 25], form: "pupils" }), (instance) => {
        const size = Int32Array.from(instance.groups.map((g) => g.size));
        const prep = prepare(instance);
        const limits = applyLocks(instance, prep, size);
        const { edgeStart, edgeSlot, edgeGain } = findEdges(instance, prep, { size, ...limits });
        instance.groups.forEach((_, g) => {
          const found = new Map<number, number>();
          for (let e = edgeStart[g]!; e < edgeStart[g + 1]!; e++) {
            found.set(edgeSlot[e]!, edgeGain[e]!);
            if (e > edgeStart[g]!) expect(edgeGain[e - 1]! >= edgeGain[e]!).toBe(true);
          }
          instance.slots.forEach((_, s) => {
            const gain = pairValue(instance, g, s) + instance.scoring.unassignedPenalty;
            expect(found.get(s)).toBe(feasible(instance, g, s) && gain > 0 ? gain : undefined);
          });
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("applyLocks", () => {
  const instance = (locked: Instance["locked"]): Instance => ({
    maxKm: 30,
    scoring: { rankScores: [100, 60, 30], kmPenalty: 1, unassignedPenalty: 50 },
    slots: [{ id: "s1", hostId: "h1", sector: "metaal", lat: 52.09, lon: 5.12, window: "ochtend", levels: ["vmbo-kader"], capacity: 50, maxGroups: 2 }],
    groups: [
      { id: "g1", size: 20, level: "vmbo-kader", lat: 52.1, lon: 5.1, preferences: [{ hostId: "h1" }] },
      { id: "g2", size: 35, level: "vmbo-kader", lat: 52.1, lon: 5.1, preferences: [] },
    ],
    locked,
  }) as Instance;

  it("takes a locked group's place and pupils from its slot and counts its value", () => {
    const inst = instance([{ groupId: "g1", slotId: "s1" }]);
    const locks = applyLocks(inst, prepare(inst), Int32Array.from([20, 35]));
    expect([...locks.lockedSlot]).toEqual([0, -1]);
    expect([...locks.groupCap]).toEqual([1]);
    expect([...locks.pupilCap]).toEqual([30]);
    expect(locks.lockedValue).toBe(pairValue(inst, 0, 0));
    // The locked group has no edges; the other no longer fits in what is left.
    expect(buildModel(inst).edgeStart[2]).toBe(0);
  });

  it("names the lock that overfills a slot", () => {
    const inst = instance([
      { groupId: "g1", slotId: "s1" },
      { groupId: "g2", slotId: "s1" },
    ]);
    expect(() => applyLocks(inst, prepare(inst), Int32Array.from([20, 35]))).toThrow(/locked\[1\].*more pupils in slot "s1" than its capacity 50/);
  });

  it("leaves the limits as they are without locks", () => {
    const inst = instance(undefined);
    const locks = applyLocks(inst, prepare(inst), Int32Array.from([20, 35]));
    expect([...locks.lockedSlot]).toEqual([-1, -1]);
    expect([...locks.groupCap]).toEqual([2]);
    expect([...locks.pupilCap]).toEqual([50]);
    expect(NO_LIMIT).toBeGreaterThan(50);
  });
});
