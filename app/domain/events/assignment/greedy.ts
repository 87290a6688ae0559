import type { Model } from "./model.ts";

/**
 * The spreadsheet way, as a baseline: locked pairs first, then groups in
 * entry (file) order each take their best feasible slot that still
 * has room, ties to the earlier slot. Returns the slot index per group (−1:
 * unassigned), locked groups included.
 */
export function greedyAssignment(model: Model): Int32Array {
  const { nGroups: n, edgeStart, edgeSlot, size, slotGroupCap, slotPupilCap, lockedSlot } = model;
  const groupsLeft = Int32Array.from(slotGroupCap);
  const pupilsLeft = Int32Array.from(slotPupilCap);
  const slotOf = Int32Array.from(lockedSlot);
  for (let g = 0; g < n; g++) {
    if (lockedSlot[g]! >= 0) continue;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
      const s = edgeSlot[e]!;
      if (groupsLeft[s]! > 0 && pupilsLeft[s]! >= size[g]!) {
        slotOf[g] = s;
        groupsLeft[s]!--;
        pupilsLeft[s]! -= size[g]!;
        break;
      }
    }
  }
  return slotOf;
}
