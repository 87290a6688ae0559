import type { Model } from "./model.ts";

/**
 * Depth-first branch and bound over all assignments: groups by best gain
 * descending, each tries its slots (best first) and "unassigned"; the bound
 * is the value so far plus every remaining group's best gain. Returns the
 * optimum, or null when the node budget runs out first (then nothing is
 * proven and the caller keeps its own answer).
 */
export function exhaustiveSearch(model: Model, incumbent: Int32Array, incumbentValue: number, nodeBudget: number): { slotOf: Int32Array; value: number } | null {
  const { nGroups: n, edgeStart, edgeSlot, edgeGain, size, slotGroupCap, slotPupilCap, lockedSlot } = model;
  const groups: number[] = [];
  for (let g = 0; g < n; g++) if (lockedSlot[g]! < 0 && edgeStart[g + 1]! > edgeStart[g]!) groups.push(g);
  groups.sort((a, b) => edgeGain[edgeStart[b]!]! - edgeGain[edgeStart[a]!]! || a - b);
  const rest = new Float64Array(groups.length + 1);
  for (let i = groups.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + edgeGain[edgeStart[groups[i]!]!]!;
  const count = new Int32Array(model.nSlots);
  const pupils = new Int32Array(model.nSlots);
  const current = new Int32Array(n).fill(-1);
  let best = Int32Array.from(incumbent);
  let bestValue = incumbentValue;
  let nodes = 0;
  let complete = true;
  const dfs = (i: number, value: number) => {
    if (++nodes > nodeBudget) {
      complete = false;
      return;
    }
    if (i === groups.length) {
      if (value > bestValue) {
        bestValue = value;
        best = Int32Array.from(current);
      }
      return;
    }
    if (value + rest[i]! <= bestValue) return;
    const g = groups[i]!;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end && complete; e++) {
      const s = edgeSlot[e]!;
      if (value + edgeGain[e]! + rest[i + 1]! <= bestValue) break;
      if (count[s]! >= slotGroupCap[s]! || pupils[s]! + size[g]! > slotPupilCap[s]!) continue;
      count[s]!++;
      pupils[s]! += size[g]!;
      current[g] = s;
      dfs(i + 1, value + edgeGain[e]!);
      current[g] = -1;
      count[s]!--;
      pupils[s]! -= size[g]!;
    }
    if (complete) dfs(i + 1, value);
  };
  dfs(0, 0);
  return complete ? { slotOf: best, value: bestValue } : null;
}
