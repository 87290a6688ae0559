import { describe, expect, it } from "vitest";
import { checkGroup, checkSlot, entryPhase, type EventRules } from "./entry.ts";

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

describe("entry rules", () => {
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
