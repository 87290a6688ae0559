import type { Instance } from "../types.ts";

/**
 * The true optimum of a tiny instance by trying every assignment, written
 * from the format alone (no engine code). Exponential: keep to ≤ 7 groups
 * and ≤ 5 slots.
 */
export function bruteForceOptimum(instance: Instance): number {
  const R = 6371.0088;
  const rad = Math.PI / 180;
  const km = (aLat: number, aLon: number, bLat: number, bLon: number) => {
    const dLat = (bLat - aLat) * rad;
    const dLon = (bLon - aLon) * rad;
    const x = Math.sin(dLat / 2);
    const y = Math.sin(dLon / 2);
    const h = x * x + Math.cos(aLat * rad) * Math.cos(bLat * rad) * y * y;
    return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  const { groups, slots, scoring } = instance;
  const locked = new Map((instance.locked ?? []).map((lock) => [lock.groupId, lock.slotId]));
  // Per group: the feasible slots with the value of taking them.
  const options = groups.map((group) =>
    slots.flatMap((slot, s) => {
      if (locked.has(group.id) && locked.get(group.id) !== slot.id) return [];
      if (!slot.levels.includes(group.level)) return [];
      if (group.windows && !group.windows.includes(slot.window)) return [];
      const d = km(group.lat, group.lon, slot.lat, slot.lon);
      if (d > (group.maxKm ?? instance.maxKm)) return [];
      if (slot.capacity !== undefined && group.size > slot.capacity) return [];
      const rank = group.preferences.findIndex((p) => (p.hostId !== undefined ? p.hostId === slot.hostId : p.sector === slot.sector));
      return [{ s, value: (rank >= 0 ? scoring.rankScores[rank]! : 0) - Math.round(scoring.kmPenalty * d) }];
    }),
  );
  const pupils = slots.map(() => 0);
  const count = slots.map(() => 0);
  let best = -Infinity;
  const visit = (i: number, value: number) => {
    if (i === groups.length) {
      best = Math.max(best, value);
      return;
    }
    const group = groups[i]!;
    if (!locked.has(group.id)) visit(i + 1, value - scoring.unassignedPenalty);
    for (const { s, value: v } of options[i]!) {
      const slot = slots[s]!;
      if (slot.capacity !== undefined && pupils[s]! + group.size > slot.capacity) continue;
      if (slot.maxGroups !== undefined && count[s]! + 1 > slot.maxGroups) continue;
      pupils[s]! += group.size;
      count[s]!++;
      visit(i + 1, value + v);
      pupils[s]! -= group.size;
      count[s]!--;
    }
  };
  visit(0, 0);
  return best;
}
