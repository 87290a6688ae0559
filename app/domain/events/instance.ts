/**
 * From an event's entries (slots and groups) to the assignment engine's instance and back.
 * Pure: the caller reads the rows, this decides what the engine sees. Ids are
 * row ids, a slot's host is the host organisation, so preferences for a host
 * match every slot it offers.
 */
import { haversineKm } from "./assignment/geo.ts";
import { LEVELS, type Instance, type Level, type LockedPair, type Preference, type Stats } from "./assignment/types.ts";

export const EVENT_LEVELS = LEVELS;
export type EventLevel = Level;
export const MAX_PREFERENCES = 5;

/** The scoring the platform uses: the shared format's example, first choice worth most. */
export const EVENT_SCORING = { rankScores: [100, 80, 60, 40, 20], kmPenalty: 1, unassignedPenalty: 1000 };

export type SlotInput = {
  id: string;
  hostOrganisationId: string;
  /** The slot's own sector, else the host's, else none. */
  sector: string | null;
  hostSector: string | null;
  lat: number;
  lon: number;
  window: string;
  capacityPupils: number | null;
  maxGroups: number | null;
  levels: string[];
};

export type GroupInput = {
  id: string;
  schoolOrganisationId: string;
  size: number;
  level: string;
  /** The school's location: where the group travels from. */
  lat: number;
  lon: number;
  windows: string[];
  maxKm: number | null;
  preferences: ({ hostId: string } | { sector: string })[];
};

export type InstanceInput = {
  defaultMaxKm: number;
  /** Every window of the event: a group with none listed can come in each. */
  windows: string[];
  slots: SlotInput[];
  groups: GroupInput[];
  locked: LockedPair[];
};

function isLevel(level: string): level is Level {
  return (LEVELS as readonly string[]).includes(level);
}

/** The sector the engine compares a sector preference with: lower-cased, so "Bouw" matches "bouw". */
export function sectorKey(sector: string | null | undefined): string {
  return (sector ?? "").trim().toLowerCase();
}

export function buildInstance(input: InstanceInput): Instance {
  const windowSet = new Set(input.windows);
  return {
    version: 1,
    maxKm: input.defaultMaxKm,
    scoring: EVENT_SCORING,
    slots: input.slots.map((s) => ({
      id: s.id,
      hostId: s.hostOrganisationId,
      sector: sectorKey(s.sector ?? s.hostSector),
      lat: s.lat,
      lon: s.lon,
      window: s.window,
      ...(s.capacityPupils != null ? { capacity: s.capacityPupils } : {}),
      ...(s.maxGroups != null ? { maxGroups: s.maxGroups } : {}),
      levels: s.levels.filter(isLevel),
    })),
    groups: input.groups.map((g) => {
      const windows = g.windows.filter((w) => windowSet.has(w));
      const preferences: Preference[] = g.preferences
        .slice(0, MAX_PREFERENCES)
        .map((p) => ("hostId" in p ? { hostId: p.hostId } : { sector: sectorKey(p.sector) }));
      return {
        id: g.id,
        schoolId: g.schoolOrganisationId,
        size: g.size,
        level: g.level as Level,
        lat: g.lat,
        lon: g.lon,
        // An empty list means "every window"; so does a list naming only windows the event dropped.
        ...(windows.length > 0 ? { windows } : {}),
        ...(g.maxKm != null ? { maxKm: g.maxKm } : {}),
        preferences,
      };
    }),
    ...(input.locked.length > 0 ? { locked: input.locked } : {}),
  };
}

type Lookup = { groups: Map<string, Instance["groups"][number]>; slots: Map<string, Instance["slots"][number]> };
const lookups = new WeakMap<Instance, Lookup>();

/** Groups and slots by id, built once per instance: the review page asks thousands of times. */
function lookup(instance: Instance): Lookup {
  let found = lookups.get(instance);
  if (!found) {
    found = { groups: new Map(instance.groups.map((g) => [g.id, g])), slots: new Map(instance.slots.map((s) => [s.id, s])) };
    lookups.set(instance, found);
  }
  return found;
}

function allowed(instance: Instance, g: Instance["groups"][number], s: Instance["slots"][number]): boolean {
  if (!s.levels.includes(g.level)) return false;
  if (g.windows && !g.windows.includes(s.window)) return false;
  if (s.capacity !== undefined && g.size > s.capacity) return false;
  return haversineKm(g.lat, g.lon, s.lat, s.lon) <= (g.maxKm ?? instance.maxKm);
}

/** Whether a group may go to a slot at all, ignoring how full the slot is. */
export function pairAllowed(instance: Instance, groupId: string, slotId: string): boolean {
  const g = lookup(instance).groups.get(groupId);
  const s = lookup(instance).slots.get(slotId);
  return !!g && !!s && allowed(instance, g, s);
}

/**
 * The slots a group can be moved to by hand, given the other groups'
 * assignments: allowed, and with room left in pupils and in groups.
 */
export function feasibleSlotsFor(instance: Instance, groupId: string, assignments: { groupId: string; slotId: string }[]): string[] {
  const { groups } = lookup(instance);
  const g = groups.get(groupId);
  if (!g) return [];
  const pupils = new Map<string, number>();
  const count = new Map<string, number>();
  for (const a of assignments) {
    if (a.groupId === groupId) continue;
    pupils.set(a.slotId, (pupils.get(a.slotId) ?? 0) + (groups.get(a.groupId)?.size ?? 0));
    count.set(a.slotId, (count.get(a.slotId) ?? 0) + 1);
  }
  return instance.slots
    .filter((s) => allowed(instance, g, s))
    .filter((s) => s.capacity === undefined || (pupils.get(s.id) ?? 0) + g.size <= s.capacity)
    .filter((s) => s.maxGroups === undefined || (count.get(s.id) ?? 0) + 1 <= s.maxGroups)
    .map((s) => s.id);
}

/** Rank (0 = first choice) of the first preference the slot meets, or -1. */
export function preferenceRankOf(instance: Instance, groupId: string, slotId: string): number {
  const g = lookup(instance).groups.get(groupId);
  const s = lookup(instance).slots.get(slotId);
  if (!g || !s) return -1;
  return g.preferences.findIndex((p) => (p.hostId !== undefined ? p.hostId === s.hostId : p.sector === s.sector));
}

/**
 * The figures the coordinator reviews, for the assignment as it stands now
 * (after moves by hand too), defined as the engine defines them: shares of
 * all groups, distances over assigned groups.
 */
export function assignmentStats(instance: Instance, assignments: { groupId: string; slotId: string }[]): Stats {
  const { groups, slots } = lookup(instance);
  let first = 0;
  let top3 = 0;
  let kmSum = 0;
  let kmMax = 0;
  let assigned = 0;
  for (const a of assignments) {
    const g = groups.get(a.groupId);
    const s = slots.get(a.slotId);
    if (!g || !s) continue;
    assigned++;
    const rank = preferenceRankOf(instance, a.groupId, a.slotId);
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) top3++;
    const km = haversineKm(g.lat, g.lon, s.lat, s.lon);
    kmSum += km;
    kmMax = Math.max(kmMax, km);
  }
  const total = instance.groups.length;
  return {
    firstChoice: total ? first / total : 0,
    top3: total ? top3 / total : 0,
    avgKm: assigned ? kmSum / assigned : 0,
    maxKm: kmMax,
  };
}

export function distanceKm(instance: Instance, groupId: string, slotId: string): number | null {
  const g = lookup(instance).groups.get(groupId);
  const s = lookup(instance).slots.get(slotId);
  return g && s ? haversineKm(g.lat, g.lon, s.lat, s.lon) : null;
}
