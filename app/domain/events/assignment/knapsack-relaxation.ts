import { knapsack } from "./knapsack.ts";
import { NO_LIMIT, type Model } from "./model.ts";

/** Counts each slot's edges with positive reduced gain; lists the slots that have any. */
function countPositive(
  n: number,
  edgeStart: Int32Array,
  edgeSlot: Int32Array,
  edgeGain: Int32Array,
  lockedSlot: Int32Array,
  u: Float64Array,
  slotCount: Int32Array,
  touched: Int32Array,
): { edges: number; touched: number } {
  let edges = 0;
  let touchedCount = 0;
  for (let g = 0; g < n; g++) {
    if (lockedSlot[g]! >= 0) continue;
    const limit = u[g]! + 1e-9;
    const end = edgeStart[g + 1]!;
    for (let e = edgeStart[g]!; e < end; e++) {
      if (edgeGain[e]! <= limit) break;
      const s = edgeSlot[e]!;
      if (slotCount[s] === 0) touched[touchedCount++] = s;
      slotCount[s]!++;
      edges++;
    }
  }
  return { edges, touched: touchedCount };
}

/** Writes the edges with positive reduced gain into their slot's range. */
function fillPositive(
  n: number,
  edgeStart: Int32Array,
  edgeSlot: Int32Array,
  edgeGain: Int32Array,
  lockedSlot: Int32Array,
  u: Float64Array,
  slotFill: Int32Array,
  posGroup: Int32Array,
  posGain: Float64Array,
) {
  for (let g = 0; g < n; g++) {
    if (lockedSlot[g]! >= 0) continue;
    const limit = u[g]! + 1e-9;
    const end = edgeStart[g + 1]!;
    for (let e = edgeStart[g]!; e < end; e++) {
      const gain = edgeGain[e]!;
      if (gain <= limit) break;
      const where = slotFill[edgeSlot[e]!]!++;
      posGroup[where] = g;
      posGain[where] = gain;
    }
  }
}

/**
 * B(u) = Σ u_g + Σ_s max { Σ_{g∈S} (gain(g,s) − u_g) : S fits s }, an upper
 * bound on the best total gain for any u ≥ 0. Keeps, per evaluation, how
 * often each group was chosen (for the subgradient) and each slot's choice.
 */
export class KnapsackRelaxation {
  readonly model: Model;
  readonly selected: Int32Array;
  /** The pairs chosen by the last evaluation. */
  private choiceGroup = new Int32Array(1024);
  private choiceSlot = new Int32Array(1024);
  private choiceGain = new Float64Array(1024);
  private chosenCount = 0;
  /** Positive-reduced-gain edges bucketed by slot. */
  private slotCount: Int32Array;
  private slotFill: Int32Array;
  private touched: Int32Array;
  private touchedCount = 0;
  private posGroup = new Int32Array(1024);
  private posGain = new Float64Array(1024);
  private itemGroup = new Int32Array(256);
  private itemValue = new Float64Array(256);
  private itemWeight = new Int32Array(256);
  private order = new Int32Array(256);
  private bestTake = new Uint8Array(256);

  constructor(model: Model) {
    this.model = model;
    this.selected = new Int32Array(model.nGroups);
    this.slotCount = new Int32Array(model.nSlots);
    this.slotFill = new Int32Array(model.nSlots);
    this.touched = new Int32Array(model.nSlots);
  }

  /**
   * Evaluates B(u). Group-centric: a group's edges are sorted by gain, so
   * its scan stops at the first edge with no positive reduced gain; only
   * those few edges are bucketed per slot. Cost O(groups + positive edges).
   */
  evaluate(u: Float64Array): number {
    const { nGroups: n, edgeStart, edgeSlot, edgeGain, size, slotGroupCap, slotPupilCap, lockedSlot } = this.model;
    const selected = this.selected;
    selected.fill(0);
    const slotCount = this.slotCount;
    let total = 0;
    for (let g = 0; g < n; g++) if (lockedSlot[g]! < 0) total += u[g]!;
    const positive = countPositive(n, edgeStart, edgeSlot, edgeGain, lockedSlot, u, slotCount, this.touched);
    this.touchedCount = positive.touched;
    if (this.posGroup.length < positive.edges) {
      this.posGroup = new Int32Array(positive.edges * 2);
      this.posGain = new Float64Array(positive.edges * 2);
    }
    // Slots in index order, each with a range in the flattened lists.
    const touched = this.touched.subarray(0, this.touchedCount).sort();
    let at = 0;
    for (let t = 0; t < touched.length; t++) {
      const s = touched[t]!;
      this.slotFill[s] = at;
      at += slotCount[s]!;
    }
    fillPositive(n, edgeStart, edgeSlot, edgeGain, lockedSlot, u, this.slotFill, this.posGroup, this.posGain);
    let chosenCount = 0;
    at = 0;
    for (let t = 0; t < touched.length; t++) {
      const s = touched[t]!;
      const items = slotCount[s]!;
      const from = at;
      at += items;
      slotCount[s] = 0;
      if (items > this.itemGroup.length) this.grow(items);
      let weight = 0;
      for (let i = 0; i < items; i++) {
        const g = this.posGroup[from + i]!;
        this.itemGroup[i] = g;
        this.itemValue[i] = this.posGain[from + i]! - u[g]!;
        this.itemWeight[i] = size[g]!;
        weight += size[g]!;
      }
      const k = slotGroupCap[s]!;
      const cap = slotPupilCap[s]!;
      // Bound contribution of this slot; equals the chosen value unless the
      // knapsack was too large to solve exactly.
      let slotBound = -1;
      if (items <= k && weight <= cap) {
        for (let i = 0; i < items; i++) this.bestTake[i] = 1;
      } else if (cap >= NO_LIMIT) {
        this.topK(items, k);
      } else {
        slotBound = this.knapsack(items, k, cap);
      }
      if (chosenCount + items > this.choiceGroup.length) {
        const size2 = (chosenCount + items) * 2;
        const groups = new Int32Array(size2);
        groups.set(this.choiceGroup);
        this.choiceGroup = groups;
        const slots = new Int32Array(size2);
        slots.set(this.choiceSlot);
        this.choiceSlot = slots;
        const gains = new Float64Array(size2);
        gains.set(this.choiceGain);
        this.choiceGain = gains;
      }
      let slotValue = 0;
      for (let i = 0; i < items; i++) {
        if (!this.bestTake[i]) continue;
        const g = this.itemGroup[i]!;
        slotValue += this.itemValue[i]!;
        selected[g]!++;
        this.choiceGroup[chosenCount] = g;
        this.choiceSlot[chosenCount] = s;
        this.choiceGain[chosenCount++] = this.posGain[from + i]!;
      }
      total += slotBound >= 0 ? Math.max(slotBound, slotValue) : slotValue;
    }
    this.touchedCount = 0;
    this.chosenCount = chosenCount;
    return total;
  }

  /**
   * A Lagrangian solution within the group limits: every slot keeps its
   * chosen groups, a group chosen by several slots goes to the one where it
   * gains most. Pupil limits hold already; repair() fills in the rest.
   */
  assignment(): Int32Array {
    const n = this.model.nGroups;
    const slotOf = new Int32Array(n).fill(-1);
    const bestGain = new Float64Array(n).fill(-Infinity);
    for (let i = 0; i < this.chosenCount; i++) {
      const g = this.choiceGroup[i]!;
      if (this.choiceGain[i]! > bestGain[g]!) {
        bestGain[g] = this.choiceGain[i]!;
        slotOf[g] = this.choiceSlot[i]!;
      }
    }
    return slotOf;
  }

  private grow(atLeast: number) {
    const size = Math.max(this.itemGroup.length * 2, atLeast);
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.itemGroup = grow32(this.itemGroup);
    this.itemWeight = grow32(this.itemWeight);
    this.order = new Int32Array(size);
    const v = new Float64Array(size);
    v.set(this.itemValue);
    this.itemValue = v;
    this.bestTake = new Uint8Array(size);
    this.pick = new Uint8Array(size);
    this.prefix = new Float64Array(size + 1);
    this.byRatio = new Int32Array(size);
    this.rank = new Int32Array(size);
  }

  private sortItems(items: number) {
    const { order, itemValue, itemGroup } = this;
    for (let i = 0; i < items; i++) order[i] = i;
    // Insertion sort: a slot has few positive candidates; ties by group index.
    for (let i = 1; i < items; i++) {
      const x = order[i]!;
      let j = i - 1;
      while (j >= 0) {
        const y = order[j]!;
        if (itemValue[y]! > itemValue[x]! || (itemValue[y] === itemValue[x] && itemGroup[y]! < itemGroup[x]!)) break;
        order[j + 1] = y;
        j--;
      }
      order[j + 1] = x;
    }
  }

  private topK(items: number, k: number) {
    this.sortItems(items);
    this.bestTake.fill(0, 0, items);
    for (let i = 0; i < k && i < items; i++) this.bestTake[this.order[i]!] = 1;
  }

  private prefix = new Float64Array(257);
  private byRatio = new Int32Array(256);
  /** Position of an item in `order` (value order). */
  private rank = new Int32Array(256);

  /** The most the items order[j..] can add within `room` pupils when groups may be taken in part. */
  private fractionalBound(j: number, room: number): number {
    const { byRatio, rank, itemValue, itemWeight } = this;
    let total = 0;
    for (let r = 0; r < this.dfsItems; r++) {
      const it = byRatio[r]!;
      if (rank[it]! < j) continue;
      const w = itemWeight[it]!;
      if (w <= room) {
        total += itemValue[it]!;
        room -= w;
      } else {
        total += (itemValue[it]! * room) / w;
        break;
      }
    }
    return total;
  }
  private pick = new Uint8Array(256);
  private dfsBest = 0;
  private dfsNodes = 0;
  private dfsCap = 0;
  private dfsItems = 0;

  /**
   * Exact knapsack on the slot's candidates; returns the value that counts
   * towards the bound. Depth-first over the candidates by reduced gain,
   * bounded by the best values the group limit still allows (prefix sums, so
   * O(1) per node); a handful of candidates and a limit of a few groups make
   * this a few hundred nodes. Larger cases go to the general knapsack().
   */
  private knapsack(items: number, k: number, cap: number): number {
    if (items <= 64) {
      this.sortItems(items);
      const { order, itemValue, prefix } = this;
      prefix[0] = 0;
      for (let j = 0; j < items; j++) prefix[j + 1] = prefix[j]! + itemValue[order[j]!]!;
      this.dfsBest = 0;
      this.dfsNodes = 0;
      this.dfsCap = cap;
      this.dfsItems = items;
      // Value-per-pupil order for the fractional bound on the pupil limit.
      const { byRatio, rank, itemWeight } = this;
      for (let j = 0; j < items; j++) {
        byRatio[j] = order[j]!;
        rank[order[j]!] = j;
      }
      byRatio.subarray(0, items).sort((a, b) => itemValue[b]! * itemWeight[a]! - itemValue[a]! * itemWeight[b]! || a - b);
      this.pick.fill(0, 0, items);
      this.bestTake.fill(0, 0, items);
      if (this.search(0, 0, Math.min(k, items), 0)) return this.dfsBest;
    }
    const result = knapsack(items, this.itemWeight, this.itemValue, cap, k, this.bestTake);
    return result.bound;
  }

  /** Items order[j..] still open, `left` more may be taken; false when over the node budget. */
  private search(j: number, weight: number, left: number, value: number): boolean {
    if (++this.dfsNodes > 50_000) return false;
    if (value > this.dfsBest) {
      this.dfsBest = value;
      for (let t = 0; t < this.dfsItems; t++) this.bestTake[t] = this.pick[t]!;
    }
    const items = this.dfsItems;
    if (left === 0 || j >= items) return true;
    const { order, itemWeight, prefix } = this;
    // The pupil limit, relaxed to fractions of groups: with a tight limit the
    // group-count bound below is weak and the search would explode.
    if (value + this.fractionalBound(j, this.dfsCap - weight) <= this.dfsBest) return true;
    for (let t = j; t < items; t++) {
      // The best `left` values among items t.. are the next ones in order.
      if (value + prefix[Math.min(items, t + left)]! - prefix[t]! <= this.dfsBest) return true;
      const it = order[t]!;
      if (weight + itemWeight[it]! > this.dfsCap) continue;
      this.pick[it] = 1;
      const ok = this.search(t + 1, weight + itemWeight[it]!, left - 1, value + this.itemValue[it]!);
      this.pick[it] = 0;
      if (!ok) return false;
    }
    return true;
  }
}
