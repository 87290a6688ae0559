import fc from "fast-check";
import { LEVELS } from "../types.ts";
import type { Group, Instance, Level, Slot } from "../types.ts";

/**
 * Random instances for property tests: points within ~40 km of Utrecht so
 * that some pairs are out of reach, few hosts and sectors so preferences
 * collide, small capacities so limits bind. `form` picks the capacity kind.
 */
export function arbitraryInstance(options: { groups: [number, number]; slots: [number, number]; form: "groups" | "pupils" }) {
  const hosts = ["h1", "h2", "h3", "h4"];
  const sectors = ["metaal", "bouw", "ict"];
  const windows = ["morning", "afternoon"];
  const levels = fc.subarray([...LEVELS.slice(1, 4), "havo"] as Level[], { minLength: 2 });
  const coordinate = { lat: fc.double({ min: 51.95, max: 52.3, noNaN: true }), lon: fc.double({ min: 4.9, max: 5.4, noNaN: true }) };
  const preference = fc.oneof(fc.constantFrom(...hosts).map((hostId) => ({ hostId })), fc.constantFrom(...sectors).map((sector) => ({ sector })));
  const slot = fc.record({
    hostId: fc.constantFrom(...hosts),
    sector: fc.constantFrom(...sectors),
    ...coordinate,
    window: fc.constantFrom(...windows),
    levels,
    capacity: options.form === "pupils" ? fc.integer({ min: 20, max: 70 }) : fc.constant(undefined),
    maxGroups: options.form === "pupils" ? fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) : fc.integer({ min: 1, max: 3 }),
  });
  const group = fc.record({
    size: fc.integer({ min: 10, max: 35 }),
    level: fc.constantFrom<Level>("vmbo-basis", "vmbo-kader", "vmbo-gt", "havo"),
    ...coordinate,
    windows: fc.option(fc.subarray(windows, { minLength: 1 }), { nil: undefined }),
    maxKm: fc.option(fc.integer({ min: 10, max: 50 }), { nil: undefined }),
    preferences: fc.uniqueArray(preference, { maxLength: 3, selector: (p) => JSON.stringify(p) }),
  });
  return fc
    .record({
      maxKm: fc.integer({ min: 15, max: 60 }),
      kmPenalty: fc.constantFrom(0, 0.5, 1, 2.5),
      unassignedPenalty: fc.constantFrom(0, 30, 200, 1000),
      slots: fc.array(slot, { minLength: options.slots[0], maxLength: options.slots[1] }),
      groups: fc.array(group, { minLength: options.groups[0], maxLength: options.groups[1] }),
    })
    .map(({ maxKm, kmPenalty, unassignedPenalty, slots, groups }): Instance => ({
      version: 1,
      maxKm,
      scoring: { rankScores: [100, 70, 40], kmPenalty, unassignedPenalty },
      slots: slots.map((s, i) => {
        const out: Slot = { id: `s${i + 1}`, hostId: s.hostId, sector: s.sector, lat: s.lat, lon: s.lon, window: s.window, levels: s.levels };
        if (s.capacity !== undefined) out.capacity = s.capacity;
        if (s.maxGroups !== undefined) out.maxGroups = s.maxGroups;
        return out;
      }),
      groups: groups.map((g, i) => {
        const out: Group = { id: `g${i + 1}`, schoolId: `school${(i % 3) + 1}`, size: g.size, level: g.level, lat: g.lat, lon: g.lon, preferences: g.preferences };
        if (g.windows) out.windows = g.windows;
        if (g.maxKm !== undefined) out.maxKm = g.maxKm;
        return out;
      }),
    }));
}
