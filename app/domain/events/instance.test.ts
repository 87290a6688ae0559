import { describe, expect, it } from "vitest";
import { validateInstance } from "./assignment/validate.ts";
import { assignmentStats, buildInstance, feasibleSlotsFor, preferenceRankOf, type InstanceInput } from "./instance.ts";
import { checkGroup, checkSlot, entryPhase, type EventRules } from "./entry.ts";

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

describe("building the engine's instance from registrations", () => {
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

const rules = (over: Partial<EventRules> = {}): EventRules => ({
  status: "open",
  windows: [{ key: "ochtend", label: "Ochtend", date: "2027-03-18", start: "09:00", end: "12:00" }],
  targetLevels: [],
  girlsOnly: false,
  minGroupSize: null,
  hostRegistrationOpensOn: "2026-10-01",
  hostRegistrationClosesOn: "2026-11-15",
  schoolRegistrationOpensOn: null,
  schoolRegistrationClosesOn: null,
  ...over,
});

describe("registration rules", () => {
  it("opens and closes on the dates, inclusive, and only while the event is open", () => {
    expect(entryPhase(rules(), "host", "2026-09-30")).toBe("not_open");
    expect(entryPhase(rules(), "host", "2026-10-01")).toBe("open");
    expect(entryPhase(rules(), "host", "2026-11-15")).toBe("open");
    expect(entryPhase(rules(), "host", "2026-11-16")).toBe("closed");
    expect(entryPhase(rules(), "school", "2030-01-01")).toBe("open");
    expect(entryPhase(rules({ status: "assigning" }), "school", "2026-10-10")).toBe("closed");
    expect(entryPhase(rules({ status: "draft" }), "school", "2026-10-10")).toBe("not_open");
  });

  const slot = { window: "ochtend", capacityPupils: 20, maxGroups: null, levels: ["vmbo-kader"], activity: "Rondleiding" };
  const group = { label: "3 kader B", size: 12, level: "vmbo-kader", windows: [], preferences: [], maxKm: null, girlsOnlyConfirmed: false };
  const fieldOf = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return (e as { field?: string }).field;
    }
    return null;
  };

  it("checks a slot: a window of the event, some capacity, at least one known level", () => {
    expect(fieldOf(() => checkSlot(rules(), slot))).toBeNull();
    expect(fieldOf(() => checkSlot(rules(), { ...slot, window: "avond" }))).toBe("window");
    expect(fieldOf(() => checkSlot(rules(), { ...slot, capacityPupils: null }))).toBe("capacityPupils");
    expect(fieldOf(() => checkSlot(rules(), { ...slot, capacityPupils: null, maxGroups: 2 }))).toBeNull();
    expect(fieldOf(() => checkSlot(rules(), { ...slot, levels: ["hbo"] }))).toBe("levels");
  });

  it("checks a group: size, target group, Girlsday's rules, at most five distinct wishes", () => {
    expect(fieldOf(() => checkGroup(rules(), group))).toBeNull();
    expect(fieldOf(() => checkGroup(rules({ targetLevels: ["po"] }), group))).toBe("level");
    const girlsday = rules({ girlsOnly: true, minGroupSize: 10 });
    expect(fieldOf(() => checkGroup(girlsday, group))).toBe("girlsOnlyConfirmed");
    expect(fieldOf(() => checkGroup(girlsday, { ...group, girlsOnlyConfirmed: true }))).toBeNull();
    expect(fieldOf(() => checkGroup(girlsday, { ...group, size: 9, girlsOnlyConfirmed: true }))).toBe("size");
    const six = Array.from({ length: 6 }, (_, i) => ({ hostId: `h${i}` }));
    expect(fieldOf(() => checkGroup(rules(), { ...group, preferences: six }))).toBe("preferences");
    expect(fieldOf(() => checkGroup(rules(), { ...group, preferences: [{ sector: "Bouw" }, { sector: "bouw" }] }))).toBe("preferences");
    expect(fieldOf(() => checkGroup(rules(), { ...group, windows: ["avond"] }))).toBe("windows");
  });
});
