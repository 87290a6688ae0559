import { describe, expect, it } from "vitest";
import { validateInstance } from "./assignment/validate.ts";
import { assignmentStats, buildInstance, feasibleSlotsFor, preferenceRankOf, type InstanceInput } from "./instance.ts";

const UTRECHT = { lat: 52.0907, lon: 5.1214 };
const WOERDEN = { lat: 52.085, lon: 4.883 };

const input = (over: Partial<InstanceInput> = {}): InstanceInput => ({
  defaultMaxKm: 30,
  windows: ["ochtend", "middag"],
  slots: [
    { id: "s1", hostOrganisationId: "h1", sector: null, hostSector: "Bouw", ...WOERDEN, window: "ochtend", capacityPupils: 30, maxGroups: null, levels: ["vmbo-kader", "onbekend"] },
    { id: "s2", hostOrganisationId: "h2", sector: "Installatietechniek", hostSector: "Bouw", ...UTRECHT, window: "middag", capacityPupils: null, maxGroups: 1, levels: ["vmbo-kader"] },
  ],
  groups: [
    { id: "g1", schoolOrganisationId: "school", size: 20, level: "vmbo-kader", ...UTRECHT, windows: [], maxKm: null, preferences: [{ sector: "bouw" }, { hostId: "h2" }] },
    { id: "g2", schoolOrganisationId: "school", size: 15, level: "vmbo-kader", ...UTRECHT, windows: ["middag", "avond"], maxKm: 5, preferences: [] },
  ],
  locked: [],
  ...over,
});

describe("building the engine's instance from the entries", () => {
  it("maps rows to the shared format: ids, host as hostId, sector from the slot or else its host, lower-cased", () => {
    const instance = buildInstance(input());
    expect(() => validateInstance(instance)).not.toThrow();
    expect(instance.slots[0]).toMatchObject({ id: "s1", hostId: "h1", sector: "bouw", capacity: 30, levels: ["vmbo-kader"] });
    expect(instance.slots[0]).not.toHaveProperty("maxGroups");
    expect(instance.slots[1]).toMatchObject({ sector: "installatietechniek", maxGroups: 1 });
    expect(instance.slots[1]).not.toHaveProperty("capacity");
    // No windows = every window; windows the event does not have are dropped.
    expect(instance.groups[0]).not.toHaveProperty("windows");
    expect(instance.groups[1]!.windows).toEqual(["middag"]);
    expect(instance.groups[0]).not.toHaveProperty("maxKm");
    expect(instance.groups[1]!.maxKm).toBe(5);
    expect(instance.groups[0]!.preferences).toEqual([{ sector: "bouw" }, { hostId: "h2" }]);
    expect(instance).not.toHaveProperty("locked");
    expect(buildInstance(input({ locked: [{ groupId: "g1", slotId: "s1" }] })).locked).toEqual([{ groupId: "g1", slotId: "s1" }]);
  });

  it("ranks a slot by the first preference it meets, by host or by sector", () => {
    const instance = buildInstance(input());
    expect(preferenceRankOf(instance, "g1", "s1")).toBe(0);
    expect(preferenceRankOf(instance, "g1", "s2")).toBe(1);
    expect(preferenceRankOf(instance, "g2", "s2")).toBe(-1);
  });

  it("offers only feasible slots with room left for a move by hand", () => {
    const instance = buildInstance(input());
    expect(feasibleSlotsFor(instance, "g1", [])).toEqual(["s1", "s2"]);
    // g2 travels at most 5 km and only in the afternoon.
    expect(feasibleSlotsFor(instance, "g2", [])).toEqual(["s2"]);
    // s2 takes one group: taken by g2, so g1 cannot move there; g1's own place does not count against it.
    expect(feasibleSlotsFor(instance, "g1", [{ groupId: "g2", slotId: "s2" }])).toEqual(["s1"]);
    expect(feasibleSlotsFor(instance, "g2", [{ groupId: "g2", slotId: "s2" }])).toEqual(["s2"]);
    // s1 holds 30 pupils: with 20 there, a group of 15 does not fit.
    const bigger = buildInstance(input({ groups: [...input().groups.slice(0, 1), { ...input().groups[1]!, windows: [], maxKm: null }] }));
    expect(feasibleSlotsFor(bigger, "g2", [{ groupId: "g1", slotId: "s1" }])).toEqual(["s2"]);
  });

  it("computes the review figures over all groups", () => {
    const instance = buildInstance(input());
    const stats = assignmentStats(instance, [{ groupId: "g1", slotId: "s1" }]);
    expect(stats.firstChoice).toBe(0.5);
    expect(stats.top3).toBe(0.5);
    expect(stats.avgKm).toBeGreaterThan(15);
    expect(stats.maxKm).toBe(stats.avgKm);
    expect(assignmentStats(buildInstance(input({ groups: [] })), [])).toEqual({ firstChoice: 0, top3: 0, avgKm: 0, maxKm: 0 });
  });
});
