import type { Model } from "../model.ts";

/** The gain of each free group's edge to `slot`, or undefined when the pair is no edge. */
export function edgeGainOf(model: Model, g: number, slot: number): number | undefined {
  for (let e = model.edgeStart[g]!, end = model.edgeStart[g + 1]!; e < end; e++) if (model.edgeSlot[e] === slot) return model.edgeGain[e]!;
  return undefined;
}

/**
 * Problems of an assignment of the free groups (slot per group, −1 = none)
 * against the model: pairs that are no edge, slots over their group or
 * pupil limit. Also returns its value (the sum of the assigned edges' gains).
 */
export function checkAssignment(model: Model, slotOf: Int32Array): { problems: string[]; value: number } {
  const problems: string[] = [];
  const count = new Int32Array(model.nSlots);
  const pupils = new Int32Array(model.nSlots);
  let value = 0;
  for (let g = 0; g < model.nGroups; g++) {
    if (model.lockedSlot[g]! >= 0) continue;
    const s = slotOf[g]!;
    if (s < 0) continue;
    const gain = edgeGainOf(model, g, s);
    if (gain === undefined) problems.push(`group ${g} to slot ${s} is no edge`);
    else value += gain;
    count[s]!++;
    pupils[s]! += model.size[g]!;
  }
  for (let s = 0; s < model.nSlots; s++) {
    if (count[s]! > model.slotGroupCap[s]!) problems.push(`slot ${s} has ${count[s]} groups, limit ${model.slotGroupCap[s]}`);
    if (pupils[s]! > model.slotPupilCap[s]!) problems.push(`slot ${s} has ${pupils[s]} pupils, limit ${model.slotPupilCap[s]}`);
  }
  return { problems, value };
}
