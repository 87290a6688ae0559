/**
 * The slot side of the model: which groups can go to each slot, and the slot
 * limits the solvers actually need.
 */

/** "No limit of this kind"; far above any real count or pupil total. */
export const NO_LIMIT = 1 << 30;

/**
 * Per slot, how many groups can go there (candidateCount) and, only where
 * some slot has a pupil limit, which ones with their gains: slot s's
 * candidates are revGroup[revStart[s] .. revStart[s+1]), in group order.
 */
export function reverseAdjacency(n: number, m: number, edgeStart: Int32Array, edgeSlot: Int32Array, edgeGain: Int32Array, pupilCap: Int32Array) {
  const count = edgeSlot.length;
  const candidateCount = new Int32Array(m);
  for (let e = 0; e < count; e++) candidateCount[edgeSlot[e]!]!++;
  // Reverse adjacency, needed only where pupil capacities exist.
  let anyPupils = false;
  for (let s = 0; s < m; s++) if (pupilCap[s] !== NO_LIMIT) anyPupils = true;
  const revStart = new Int32Array(m + 1);
  let revGroup = new Int32Array(0);
  let revGain = new Int32Array(0);
  if (anyPupils) {
    for (let e = 0; e < count; e++) revStart[edgeSlot[e]! + 1]!++;
    for (let s = 0; s < m; s++) revStart[s + 1]! += revStart[s]!;
    const fill = revStart.slice(0, m);
    revGroup = new Int32Array(count);
    revGain = new Int32Array(count);
    for (let g = 0; g < n; g++) {
      for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
        const at = fill[edgeSlot[e]!]!++;
        revGroup[at] = g;
        revGain[at] = edgeGain[e]!;
      }
    }
  }
  return { candidateCount, revStart, revGroup, revGain };
}

/**
 * Tightens the slot limits. A pupil limit implies a group limit (no more
 * groups than the smallest candidates that fit), and it can never bind when
 * the largest candidates allowed by that group limit fit as well; then it is
 * dropped (NO_LIMIT). pupilSlots lists the slots whose pupil limit can bind.
 */
export function tightenSlotLimits(input: {
  size: Int32Array;
  groupCap: Int32Array;
  pupilCap: Int32Array;
  candidateCount: Int32Array;
  revStart: Int32Array;
  revGroup: Int32Array;
}) {
  const { size, groupCap, pupilCap, candidateCount, revStart, revGroup } = input;
  const m = groupCap.length;
  const slotGroupCap = new Int32Array(m);
  const slotPupilCap = new Int32Array(m);
  const pupilSlots: number[] = [];
  let sizes = new Int32Array(64);
  for (let s = 0; s < m; s++) {
    const candidates = candidateCount[s]!;
    let groupLimit = Math.min(groupCap[s]!, candidates);
    let pupilLimit = NO_LIMIT;
    if (pupilCap[s]! !== NO_LIMIT && candidates > 0) {
      if (sizes.length < candidates) sizes = new Int32Array(candidates * 2);
      const view = sizes.subarray(0, candidates);
      for (let i = 0; i < candidates; i++) view[i] = size[revGroup[revStart[s]! + i]!]!;
      view.sort();
      let fit = 0;
      let total = 0;
      while (fit < candidates && total + view[fit]! <= pupilCap[s]!) total += view[fit++]!;
      groupLimit = Math.min(groupLimit, fit);
      let largest = 0;
      for (let i = 0; i < groupLimit; i++) largest += view[candidates - 1 - i]!;
      if (largest > pupilCap[s]!) {
        pupilLimit = pupilCap[s]!;
        pupilSlots.push(s);
      }
    }
    slotGroupCap[s] = groupLimit;
    slotPupilCap[s] = pupilLimit;
  }
  return { slotGroupCap, slotPupilCap, pupilSlots: Int32Array.from(pupilSlots) };
}
