import { EARTH_RADIUS_KM, haversineKm } from "./geo.ts";
import type { Instance, UnassignedReason } from "./types.ts";
import { LEVELS } from "./types.ts";
import { InstanceError } from "./validate.ts";

import { NO_LIMIT, reverseAdjacency, tightenSlotLimits } from "./slot-limits.ts";

export { NO_LIMIT };

/**
 * The instance in the compact form the solvers work on. Groups and slots keep
 * their index in the instance lists. Only free (not locked) groups have edges:
 * an edge is a feasible pair (g, s) whose gain
 *   gain = rankScore − round(kmPenalty × km) + unassignedPenalty
 * is positive, i.e. assigning g to s beats leaving g unassigned. Then for any
 * solution  objective = base + Σ gains of assigned free groups.
 * Each group's edges are sorted by gain descending (slot index ascending on
 * ties); the shortest-path search relies on that order to stop early.
 */
export type Model = {
  instance: Instance;
  nGroups: number;
  nSlots: number;
  size: Int32Array;
  /** Slot index of a locked group, −1 for a free group. */
  lockedSlot: Int32Array;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  edgeGain: Int32Array;
  /**
   * Reverse adjacency: slot s's candidates revGroup[revStart[s] .. revStart[s+1])
   * in group order, with their gains. Empty when no slot has a pupil capacity.
   */
  revStart: Int32Array;
  revGroup: Int32Array;
  revGain: Int32Array;
  /** Groups a slot can still take after the locks (always finite). */
  slotGroupCap: Int32Array;
  /** Pupils a slot can still take, NO_LIMIT where pupils can never bind. */
  slotPupilCap: Int32Array;
  /** Slots whose pupil limit can bind: the hard (generalised assignment) part. */
  pupilSlots: Int32Array;
  base: number;
  lockedValue: number;
  freeCount: number;
};

export type Prepared = {
  slotLat: Float64Array;
  slotLon: Float64Array;
  slotLevels: Int32Array;
  slotWindow: Int32Array;
  slotHost: Int32Array;
  slotSector: Int32Array;
  slotCapacity: Int32Array;
  slotMaxGroups: Int32Array;
  windowIndex: Map<string, number>;
  hostIndex: Map<string, number>;
  sectorIndex: Map<string, number>;
};

const levelBit = new Map<string, number>(LEVELS.map((level, i) => [level, 1 << i]));

export function prepare(instance: Instance): Prepared {
  const m = instance.slots.length;
  const windowIndex = new Map<string, number>();
  const hostIndex = new Map<string, number>();
  const sectorIndex = new Map<string, number>();
  const intern = (map: Map<string, number>, key: string) => {
    let index = map.get(key);
    if (index === undefined) map.set(key, (index = map.size));
    return index;
  };
  const p: Prepared = {
    slotLat: new Float64Array(m),
    slotLon: new Float64Array(m),
    slotLevels: new Int32Array(m),
    slotWindow: new Int32Array(m),
    slotHost: new Int32Array(m),
    slotSector: new Int32Array(m),
    slotCapacity: new Int32Array(m),
    slotMaxGroups: new Int32Array(m),
    windowIndex,
    hostIndex,
    sectorIndex,
  };
  instance.slots.forEach((slot, s) => {
    p.slotLat[s] = slot.lat;
    p.slotLon[s] = slot.lon;
    let mask = 0;
    for (const level of slot.levels) mask |= levelBit.get(level)!;
    p.slotLevels[s] = mask;
    p.slotWindow[s] = intern(windowIndex, slot.window);
    p.slotHost[s] = intern(hostIndex, slot.hostId);
    p.slotSector[s] = intern(sectorIndex, slot.sector);
    p.slotCapacity[s] = slot.capacity ?? NO_LIMIT;
    p.slotMaxGroups[s] = slot.maxGroups ?? NO_LIMIT;
  });
  return p;
}

/** First preference of the group naming the slot's host or sector, −1 if none. */
export function preferenceRank(instance: Instance, g: number, s: number): number {
  const slot = instance.slots[s]!;
  const prefs = instance.groups[g]!.preferences;
  for (let r = 0; r < prefs.length; r++) {
    const pref = prefs[r]!;
    if (pref.hostId !== undefined ? pref.hostId === slot.hostId : pref.sector === slot.sector) return r;
  }
  return -1;
}

export function pairKm(instance: Instance, g: number, s: number): number {
  const group = instance.groups[g]!;
  const slot = instance.slots[s]!;
  return haversineKm(group.lat, group.lon, slot.lat, slot.lon);
}

/** The objective contribution of an assigned pair (before the unassigned penalty). */
export function pairValue(instance: Instance, g: number, s: number): number {
  const r = preferenceRank(instance, g, s);
  const score = r < 0 ? 0 : instance.scoring.rankScores[r]!;
  return score - Math.round(instance.scoring.kmPenalty * pairKm(instance, g, s));
}

function groupMaxKm(instance: Instance, g: number) {
  return instance.groups[g]!.maxKm ?? instance.maxKm;
}

/** Why a locked pair is infeasible, or null when it is feasible. */
function lockProblem(instance: Instance, g: number, s: number): string | null {
  const group = instance.groups[g]!;
  const slot = instance.slots[s]!;
  if (!slot.levels.includes(group.level)) return `slot does not accept level "${group.level}"`;
  if (group.windows && !group.windows.includes(slot.window)) return `slot window "${slot.window}" is not among the group's windows`;
  const km = pairKm(instance, g, s);
  const limit = groupMaxKm(instance, g);
  if (!(km <= limit)) return `distance ${km.toFixed(2)} km exceeds maxKm ${limit}`;
  if (slot.capacity !== undefined && group.size > slot.capacity) return `group size ${group.size} exceeds slot capacity ${slot.capacity}`;
  return null;
}

/**
 * Builds the model: checks and applies the locks, finds every feasible pair
 * (slots sorted by latitude; a latitude band and a conservative longitude test
 * skip far slots before the exact haversine test), and tightens the slot limits.
 */
export function buildModel(instance: Instance): Model {
  const n = instance.groups.length;
  const m = instance.slots.length;
  const prep = prepare(instance);
  const { unassignedPenalty } = instance.scoring;

  const size = new Int32Array(n);
  instance.groups.forEach((group, g) => (size[g] = group.size));

  // Locks first: they use capacity before anything else.
  const { lockedSlot, groupCap, pupilCap, lockedValue } = applyLocks(instance, prep, size);
  const { edgeStart, edgeSlot, edgeGain } = findEdges(instance, prep, { size, lockedSlot, groupCap, pupilCap });
  const { candidateCount, revStart, revGroup, revGain } = reverseAdjacency(n, m, edgeStart, edgeSlot, edgeGain, pupilCap);
  const { slotGroupCap, slotPupilCap, pupilSlots } = tightenSlotLimits({ size, groupCap, pupilCap, candidateCount, revStart, revGroup });

  let freeCount = 0;
  for (let g = 0; g < n; g++) if (lockedSlot[g]! < 0) freeCount++;
  return {
    instance,
    nGroups: n,
    nSlots: m,
    size,
    lockedSlot,
    edgeStart,
    edgeSlot,
    edgeGain,
    revStart,
    revGroup,
    revGain,
    slotGroupCap,
    slotPupilCap,
    pupilSlots,
    base: lockedValue - unassignedPenalty * freeCount,
    lockedValue,
    freeCount,
  };
}

/**
 * Checks the locks and applies them: each locked group takes its slot's
 * capacity (groups and pupils) before anything else. Throws an InstanceError
 * naming the lock when a locked pair is infeasible or the locks overfill a slot.
 */
export function applyLocks(instance: Instance, prep: Prepared, size: Int32Array) {
  const n = instance.groups.length;
  const lockedSlot = new Int32Array(n).fill(-1);
  const groupCap = Int32Array.from(prep.slotMaxGroups);
  const pupilCap = Int32Array.from(prep.slotCapacity);
  let lockedValue = 0;
  if (instance.locked) {
    const groupIndex = new Map(instance.groups.map((group, g) => [group.id, g]));
    const slotIndex = new Map(instance.slots.map((slot, s) => [slot.id, s]));
    instance.locked.forEach((lock, i) => {
      const g = groupIndex.get(lock.groupId)!;
      const s = slotIndex.get(lock.slotId)!;
      const item = `locked[${i}] (group ${JSON.stringify(lock.groupId)}, slot ${JSON.stringify(lock.slotId)})`;
      const problem = lockProblem(instance, g, s);
      if (problem) throw new InstanceError(item, `locked pair is infeasible: ${problem}`);
      lockedSlot[g] = s;
      lockedValue += pairValue(instance, g, s);
      if (groupCap[s] !== NO_LIMIT) groupCap[s]!--;
      if (pupilCap[s] !== NO_LIMIT) pupilCap[s]! -= size[g]!;
      if (groupCap[s]! < 0) throw new InstanceError(item, `the locks put more groups in slot ${JSON.stringify(lock.slotId)} than its maxGroups ${prep.slotMaxGroups[s]}`);
      if (pupilCap[s]! < 0) throw new InstanceError(item, `the locks put more pupils in slot ${JSON.stringify(lock.slotId)} than its capacity ${prep.slotCapacity[s]}`);
    });
  }
  return { lockedSlot, groupCap, pupilCap, lockedValue };
}

/**
 * Every feasible pair of a free group and a slot with a positive gain, as
 * edges grouped by group (edgeStart) and sorted by gain descending. Scans only
 * the grid cells within the group's reach, per allowed window and level.
 */
export function findEdges(instance: Instance, prep: Prepared, limits: { size: Int32Array; lockedSlot: Int32Array; groupCap: Int32Array; pupilCap: Int32Array }) {
  const n = instance.groups.length;
  const m = instance.slots.length;
  const { rankScores, kmPenalty, unassignedPenalty } = instance.scoring;
  const { size, lockedSlot, groupCap, pupilCap } = limits;
  const grid = buildGrid(prep, instance.maxKm);

  let capacity = Math.max(1024, n * 64);
  let edgeSlot = new Int32Array(capacity);
  let edgeGain = new Int32Array(capacity);
  const edgeStart = new Int32Array(n + 1);
  let count = 0;
  const windowAllowed = new Uint8Array(prep.windowIndex.size);
  const prefHost = new Int32Array(rankScores.length);
  const prefSector = new Int32Array(rankScores.length);
  const RAD = Math.PI / 180;
  const { slotLevels, slotWindow, slotLat, slotLon, slotHost, slotSector } = prep;
  const { cellStart, order: cellOrder, cols, cells, layered } = grid;
  const windowList = new Int32Array(Math.max(1, prep.windowIndex.size));
  const slotCos = new Float64Array(m);
  for (let s = 0; s < m; s++) slotCos[s] = Math.cos(slotLat[s]! * RAD);
  const scan: ScanContext = {
    cellOrder,
    layered,
    slotLevels,
    slotWindow,
    slotLat,
    slotLon,
    slotCos,
    slotHost,
    slotSector,
    pupilCap,
    groupCap,
    windowAllowed,
    prefHost,
    prefSector,
    rankScores: Float64Array.from(rankScores),
    kmPenalty,
    unassignedPenalty,
    bit: 0,
    size: 0,
    groupLat: 0,
    groupLon: 0,
    groupCos: 0,
    hLimit: 0,
    limitKm: 0,
    lonLimit: 0,
    prefCount: 0,
  };

  for (let g = 0; g < n; g++) {
    edgeStart[g] = count;
    if (lockedSlot[g]! >= 0) continue;
    const group = instance.groups[g]!;
    const bit = levelBit.get(group.level)!;
    if (group.windows) {
      windowAllowed.fill(0);
      for (const window of group.windows) {
        const w = prep.windowIndex.get(window);
        if (w !== undefined) windowAllowed[w] = 1;
      }
    } else windowAllowed.fill(1);
    const prefs = group.preferences;
    for (let r = 0; r < prefs.length; r++) {
      const pref = prefs[r]!;
      prefHost[r] = pref.hostId !== undefined ? (prep.hostIndex.get(pref.hostId) ?? -2) : -2;
      prefSector[r] = pref.sector !== undefined ? (prep.sectorIndex.get(pref.sector) ?? -2) : -2;
    }
    const limitKm = groupMaxKm(instance, g);
    const groupLat = group.lat;
    const groupLon = group.lon;
    const groupCos = Math.cos(groupLat * RAD);
    // Pairs with h clearly above the limit's h are rejected before asin.
    const hLimit = Math.sin(Math.min(Math.PI / 2, limitKm / (2 * EARTH_RADIUS_KM))) ** 2 * (1 + 1e-9) + 1e-15;
    const bandDeg = (limitKm / EARTH_RADIUS_KM) / RAD * (1 + 1e-9) + 1e-9;
    // Longitude limit: from cos φ1 cos φ2 sin²(Δλ/2) ≤ sin²(d/2R), with φ2 at the band's worst latitude.
    const hMax = Math.sin(Math.min(Math.PI / 2, limitKm / EARTH_RADIUS_KM / 2)) ** 2;
    const worstLat = Math.min(90, Math.abs(group.lat) + bandDeg);
    const cosProduct = Math.cos(group.lat * RAD) * Math.cos(worstLat * RAD);
    let lonLimit = 360;
    if (cosProduct > 1e-9) {
      const sinHalf = Math.sqrt(hMax / cosProduct);
      if (sinHalf < 1) lonLimit = ((2 * Math.asin(sinHalf)) / RAD) * (1 + 1e-9) + 1e-9;
    }
    const rowFrom = grid.row(group.lat - bandDeg);
    const rowTo = grid.row(group.lat + bandDeg);
    const wraps = group.lon - lonLimit < -180 || group.lon + lonLimit > 180;
    const colFrom = wraps ? 0 : grid.col(group.lon - lonLimit);
    const colTo = wraps ? grid.cols - 1 : grid.col(group.lon + lonLimit);
    scan.bit = bit;
    scan.size = size[g]!;
    scan.groupLat = groupLat;
    scan.groupLon = groupLon;
    scan.groupCos = groupCos;
    scan.hLimit = hLimit;
    scan.limitKm = limitKm;
    scan.lonLimit = lonLimit;
    scan.prefCount = prefs.length;
    // The layers to scan: one per allowed window at the group's level.
    let layerCount = 0;
    if (!layered) windowList[layerCount++] = 0;
    else {
      const levelIndex = 31 - Math.clz32(bit);
      for (let w = 0; w < windowAllowed.length; w++) if (windowAllowed[w]) windowList[layerCount++] = (w * grid.levelCount + levelIndex) * cells;
    }
    for (let layer = 0; layer < layerCount; layer++) {
      const offset = windowList[layer]!;
      for (let row = rowFrom; row <= rowTo; row++) {
        const to = cellStart[offset + row * cols + colTo + 1]!;
        const from = cellStart[offset + row * cols + colFrom]!;
        if (count + (to - from) > capacity) {
          capacity = Math.max(capacity * 2, count + (to - from));
          const grownSlot = new Int32Array(capacity);
          grownSlot.set(edgeSlot);
          edgeSlot = grownSlot;
          const grownGain = new Int32Array(capacity);
          grownGain.set(edgeGain);
          edgeGain = grownGain;
        }
        count = scanCells(scan, from, to, edgeSlot, edgeGain, count);
      }
    }
  }
  edgeStart[n] = count;
  edgeSlot = edgeSlot.slice(0, count);
  edgeGain = edgeGain.slice(0, count);
  sortEdges(edgeStart, edgeSlot, edgeGain);
  return { edgeStart, edgeSlot, edgeGain };
}

/**
 * Slots bucketed in a latitude/longitude grid, ordered by cell (row-major), so
 * that the slots of a run of cells in one row form one contiguous range. With
 * few windows the grid has a layer per (window, level): a slot sits in the
 * layer of its window for each level it accepts, so a group scans only slots
 * that take its level in its windows. Otherwise one layer holds every slot and
 * the scan checks level and window itself (`layered` false).
 */
function buildGrid(prep: Prepared, maxKm: number) {
  const { slotLat: lat, slotLon: lon, slotWindow, slotLevels } = prep;
  const m = lat.length;
  let minLat = 90;
  let maxLat = -90;
  let minLon = 180;
  let maxLon = -180;
  for (let s = 0; s < m; s++) {
    minLat = Math.min(minLat, lat[s]!);
    maxLat = Math.max(maxLat, lat[s]!);
    minLon = Math.min(minLon, lon[s]!);
    maxLon = Math.max(maxLon, lon[s]!);
  }
  // Cells of about a third of the travel limit, at most ~250,000 of them.
  let cellDeg = Math.max(maxKm / 3 / 111.2, 1e-3);
  while (((maxLat - minLat) / cellDeg + 1) * ((maxLon - minLon) / cellDeg + 1) > 250_000) cellDeg *= 2;
  const rows = m === 0 ? 1 : Math.floor((maxLat - minLat) / cellDeg) + 1;
  const cols = m === 0 ? 1 : Math.floor((maxLon - minLon) / cellDeg) + 1;
  const clamp = (value: number, limit: number) => (value < 0 ? 0 : value >= limit ? limit - 1 : value);
  const row = (value: number) => clamp(Math.floor((value - minLat) / cellDeg), rows);
  const col = (value: number) => clamp(Math.floor((value - minLon) / cellDeg), cols);
  const cells = rows * cols;
  const levelCount = LEVELS.length;
  const layered = Math.max(1, prep.windowIndex.size) * levelCount * (cells + 1) <= 4_000_000;
  const layers = layered ? Math.max(1, prep.windowIndex.size) * levelCount : 1;
  // Entries: (layer, cell) keys for every slot's layers.
  const keys: number[] = [];
  const slotsOf: number[] = [];
  for (let s = 0; s < m; s++) {
    const cell = row(lat[s]!) * cols + col(lon[s]!);
    if (!layered) {
      keys.push(cell);
      slotsOf.push(s);
      continue;
    }
    for (let l = 0; l < levelCount; l++) {
      if ((slotLevels[s]! & (1 << l)) === 0) continue;
      keys.push((slotWindow[s]! * levelCount + l) * cells + cell);
      slotsOf.push(s);
    }
  }
  const cellStart = new Int32Array(layers * cells + 1);
  for (const key of keys) cellStart[key + 1]!++;
  for (let c = 0; c < layers * cells; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, layers * cells);
  const order = new Int32Array(keys.length);
  keys.forEach((key, i) => (order[fill[key]!++] = slotsOf[i]!));
  return { rows, cols, cells, row, col, cellStart, order, layered, levelCount };
}

type ScanContext = {
  cellOrder: Int32Array;
  layered: boolean;
  slotLevels: Int32Array;
  slotWindow: Int32Array;
  slotLat: Float64Array;
  slotLon: Float64Array;
  slotCos: Float64Array;
  slotHost: Int32Array;
  slotSector: Int32Array;
  pupilCap: Int32Array;
  groupCap: Int32Array;
  windowAllowed: Uint8Array;
  prefHost: Int32Array;
  prefSector: Int32Array;
  rankScores: Float64Array;
  kmPenalty: number;
  unassignedPenalty: number;
  /** The group being scanned. */
  bit: number;
  size: number;
  groupLat: number;
  groupLon: number;
  groupCos: number;
  hLimit: number;
  limitKm: number;
  lonLimit: number;
  prefCount: number;
};

/**
 * Appends the group's feasible pairs among the slots cellOrder[from..to) to
 * the edge lists (room is ensured by the caller); returns the new count. A
 * small function of its own so the engine optimises this hot loop early.
 */
function scanCells(c: ScanContext, from: number, to: number, edgeSlot: Int32Array, edgeGain: Int32Array, count: number): number {
  const { cellOrder, layered, slotLevels, slotWindow, slotLat, slotLon, slotCos, slotHost, slotSector, pupilCap, groupCap, windowAllowed, prefHost, prefSector, rankScores } = c;
  const { bit, size, groupLat, groupLon, groupCos, hLimit, limitKm, lonLimit, prefCount, kmPenalty, unassignedPenalty } = c;
  const RAD = Math.PI / 180;
  for (let i = from; i < to; i++) {
    const s = cellOrder[i]!;
    if (!layered && ((slotLevels[s]! & bit) === 0 || windowAllowed[slotWindow[s]!] === 0)) continue;
    if (size > pupilCap[s]! || groupCap[s]! <= 0) continue;
    let dLon = Math.abs(slotLon[s]! - groupLon);
    if (dLon > 180) dLon = 360 - dLon;
    if (dLon > lonLimit) continue;
    // haversineKm inlined with the cosines precomputed: the same operations
    // in the same order, so bit-identical results.
    const s1 = Math.sin(((slotLat[s]! - groupLat) * RAD) / 2);
    const s2 = Math.sin(((slotLon[s]! - groupLon) * RAD) / 2);
    const h = s1 * s1 + groupCos * slotCos[s]! * s2 * s2;
    if (h > hLimit) continue;
    const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    if (!(km <= limitKm)) continue;
    let score = 0;
    const host = slotHost[s]!;
    const sector = slotSector[s]!;
    for (let r = 0; r < prefCount; r++) {
      if (prefHost[r] === host || prefSector[r] === sector) {
        score = rankScores[r]!;
        break;
      }
    }
    const gain = score - Math.round(kmPenalty * km) + unassignedPenalty;
    if (gain <= 0) continue;
    edgeSlot[count] = s;
    edgeGain[count] = gain;
    count++;
  }
  return count;
}

/**
 * Sorts each group's edges by gain descending, slot ascending. Gains of one
 * group span a small range (scores plus the distance penalty), so a counting
 * sort by gain, then slot order within each run of equal gains.
 */
function sortEdges(edgeStart: Int32Array, edgeSlot: Int32Array, edgeGain: Int32Array) {
  let buckets = new Int32Array(256);
  let slots = new Int32Array(256);
  let gains = new Int32Array(256);
  for (let g = 0; g + 1 < edgeStart.length; g++) {
    const from = edgeStart[g]!;
    const to = edgeStart[g + 1]!;
    const k = to - from;
    if (k < 2) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (let e = from; e < to; e++) {
      lo = Math.min(lo, edgeGain[e]!);
      hi = Math.max(hi, edgeGain[e]!);
    }
    if (k > slots.length) {
      slots = new Int32Array(k * 2);
      gains = new Int32Array(k * 2);
    }
    if (hi - lo < 4 * k + 4096) {
      const range = hi - lo + 1;
      if (buckets.length < range + 1) buckets = new Int32Array((range + 1) * 2);
      buckets.fill(0, 0, range + 1);
      // Bucket b holds gain hi − b, so ascending buckets are descending gains.
      for (let e = from; e < to; e++) buckets[hi - edgeGain[e]! + 1]!++;
      for (let b = 0; b < range; b++) buckets[b + 1]! += buckets[b]!;
      for (let e = from; e < to; e++) {
        const at = buckets[hi - edgeGain[e]!]!++;
        slots[at] = edgeSlot[e]!;
        gains[at] = edgeGain[e]!;
      }
    } else {
      const order = Array.from({ length: k }, (_, i) => from + i).sort((a, b) => edgeGain[b]! - edgeGain[a]!);
      order.forEach((e, i) => {
        slots[i] = edgeSlot[e]!;
        gains[i] = edgeGain[e]!;
      });
    }
    // Slot order within each run of equal gain (a group has each slot once).
    for (let runStart = 0; runStart < k; ) {
      let runEnd = runStart + 1;
      while (runEnd < k && gains[runEnd] === gains[runStart]) runEnd++;
      if (runEnd - runStart > 1) slots.subarray(runStart, runEnd).sort();
      runStart = runEnd;
    }
    edgeSlot.set(slots.subarray(0, k), from);
    edgeGain.set(gains.subarray(0, k), from);
  }
}

/**
 * Why a free group ended up unassigned. Precedence: the first test that no
 * slot passes, checking level, then window (among slots of the right level),
 * then distance (among those), then size against the slot's full capacity;
 * if some slot passes all four, the feasible slots were taken ("capacity") —
 * including the rare case where every feasible slot would lower the objective.
 */
export function unassignedReason(model: Model, g: number): UnassignedReason {
  const { instance } = model;
  const group = instance.groups[g]!;
  const limitKm = groupMaxKm(instance, g);
  const windows = group.windows ? new Set(group.windows) : null;
  let level = false;
  let window = false;
  let distance = false;
  for (const slot of instance.slots) {
    if (!slot.levels.includes(group.level)) continue;
    level = true;
    if (windows && !windows.has(slot.window)) continue;
    window = true;
    if (!(haversineKm(group.lat, group.lon, slot.lat, slot.lon) <= limitKm)) continue;
    distance = true;
    if (slot.capacity !== undefined && group.size > slot.capacity) continue;
    return "capacity";
  }
  if (!level) return "no-slot-for-level";
  if (!window) return "no-slot-in-window";
  if (!distance) return "no-slot-within-distance";
  return "too-large-for-every-slot";
}
