import type { Instance, Result } from "./types.ts";

/**
 * An independent checker for a result, deliberately written as plain loops
 * over the instance (no code shared with the engine): it verifies every
 * constraint of the format, recomputes the objective and the statistics, and
 * re-derives each unassigned group's reason. Returns the violations found
 * (empty when the result is valid).
 */
export function checkResult(instance: Instance, result: Result): string[] {
  const problems: string[] = [];
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
  const groupsById = new Map(instance.groups.map((g) => [g.id, g]));
  const slotsById = new Map(instance.slots.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const slotPupils = new Map<string, number>();
  const slotGroups = new Map<string, number>();
  let objective = 0;
  let first = 0;
  let top3 = 0;
  let kmSum = 0;
  let kmMax = 0;

  for (const { groupId, slotId } of result.assignments) {
    const group = groupsById.get(groupId);
    const slot = slotsById.get(slotId);
    if (!group) {
      problems.push(`assignment of unknown group ${groupId}`);
      continue;
    }
    if (!slot) {
      problems.push(`group ${groupId} assigned to unknown slot ${slotId}`);
      continue;
    }
    if (seen.has(groupId)) problems.push(`group ${groupId} appears more than once`);
    seen.add(groupId);
    if (!slot.levels.includes(group.level)) problems.push(`group ${groupId} (${group.level}) in slot ${slotId} that does not accept its level`);
    if (group.windows && !group.windows.includes(slot.window)) problems.push(`group ${groupId} in slot ${slotId} outside its windows`);
    const d = km(group.lat, group.lon, slot.lat, slot.lon);
    const limit = group.maxKm ?? instance.maxKm;
    if (d > limit) problems.push(`group ${groupId} in slot ${slotId} at ${d} km, over its limit ${limit}`);
    if (slot.capacity !== undefined && group.size > slot.capacity) problems.push(`group ${groupId} larger than slot ${slotId}`);
    slotPupils.set(slotId, (slotPupils.get(slotId) ?? 0) + group.size);
    slotGroups.set(slotId, (slotGroups.get(slotId) ?? 0) + 1);
    let rank = -1;
    for (let r = 0; r < group.preferences.length; r++) {
      const pref = group.preferences[r]!;
      if ((pref.hostId !== undefined && pref.hostId === slot.hostId) || (pref.sector !== undefined && pref.sector === slot.sector)) {
        rank = r;
        break;
      }
    }
    objective += (rank >= 0 ? instance.scoring.rankScores[rank]! : 0) - Math.round(instance.scoring.kmPenalty * d);
    if (rank === 0) first++;
    if (rank >= 0 && rank <= 2) top3++;
    kmSum += d;
    kmMax = Math.max(kmMax, d);
  }
  for (const slot of instance.slots) {
    const pupils = slotPupils.get(slot.id) ?? 0;
    const groups = slotGroups.get(slot.id) ?? 0;
    if (slot.capacity !== undefined && pupils > slot.capacity) problems.push(`slot ${slot.id} holds ${pupils} pupils, capacity ${slot.capacity}`);
    if (slot.maxGroups !== undefined && groups > slot.maxGroups) problems.push(`slot ${slot.id} holds ${groups} groups, maxGroups ${slot.maxGroups}`);
  }

  for (const { groupId, reason } of result.unassigned) {
    const group = groupsById.get(groupId);
    if (!group) {
      problems.push(`unknown unassigned group ${groupId}`);
      continue;
    }
    if (seen.has(groupId)) problems.push(`group ${groupId} both assigned and unassigned, or listed twice`);
    seen.add(groupId);
    objective -= instance.scoring.unassignedPenalty;
    // Reason precedence: level, then window, then distance, then size, else capacity.
    const level = instance.slots.filter((s) => s.levels.includes(group.level));
    const window = level.filter((s) => !group.windows || group.windows.includes(s.window));
    const near = window.filter((s) => km(group.lat, group.lon, s.lat, s.lon) <= (group.maxKm ?? instance.maxKm));
    const fitting = near.filter((s) => s.capacity === undefined || group.size <= s.capacity);
    const expected =
      level.length === 0
        ? "no-slot-for-level"
        : window.length === 0
          ? "no-slot-in-window"
          : near.length === 0
            ? "no-slot-within-distance"
            : fitting.length === 0
              ? "too-large-for-every-slot"
              : "capacity";
    if (reason !== expected) problems.push(`group ${groupId}: reason ${reason}, expected ${expected}`);
  }
  for (const group of instance.groups) if (!seen.has(group.id)) problems.push(`group ${group.id} is neither assigned nor unassigned`);

  for (const lock of instance.locked ?? []) {
    if (!result.assignments.some((a) => a.groupId === lock.groupId && a.slotId === lock.slotId)) {
      problems.push(`locked pair ${lock.groupId} → ${lock.slotId} missing`);
    }
  }

  if (objective !== result.objective) problems.push(`objective ${result.objective}, recomputed ${objective}`);
  if (!(result.upperBound >= result.objective)) problems.push(`upperBound ${result.upperBound} below objective ${result.objective}`);
  if (result.optimal !== (result.upperBound === result.objective)) problems.push(`optimal is ${result.optimal} but bound ${result.upperBound} vs objective ${result.objective}`);
  const n = Math.max(1, instance.groups.length);
  const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
  const count = result.assignments.length;
  if (!close(result.stats.firstChoice, first / n, 1e-4)) problems.push(`stats.firstChoice ${result.stats.firstChoice}, recomputed ${first / n}`);
  if (!close(result.stats.top3, top3 / n, 1e-4)) problems.push(`stats.top3 ${result.stats.top3}, recomputed ${top3 / n}`);
  if (!close(result.stats.avgKm, count ? kmSum / count : 0, 0.01)) problems.push(`stats.avgKm ${result.stats.avgKm}, recomputed ${count ? kmSum / count : 0}`);
  if (!close(result.stats.maxKm, kmMax, 0.01)) problems.push(`stats.maxKm ${result.stats.maxKm}, recomputed ${kmMax}`);
  return problems;
}
