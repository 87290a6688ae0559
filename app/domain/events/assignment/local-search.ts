import { knapsack } from "./knapsack.ts";
import type { Model } from "./model.ts";

/**
 * A feasible assignment of the free groups with its bookkeeping, and the
 * repair and improvement moves on it.
 */
export class LocalSearch {
  readonly model: Model;
  readonly slotOf: Int32Array;
  readonly gainOf: Float64Array;
  readonly count: Int32Array;
  readonly pupils: Int32Array;
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  value = 0;

  constructor(model: Model) {
    this.model = model;
    const { nGroups: n, nSlots: m } = model;
    this.slotOf = new Int32Array(n).fill(-1);
    this.gainOf = new Float64Array(n);
    this.count = new Int32Array(m);
    this.pupils = new Int32Array(m);
    this.head = new Int32Array(m).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);
  }

  /** Loads an assignment that respects the group limits (pupils may overflow). */
  load(slotOf: Int32Array) {
    this.slotOf.fill(-1);
    this.gainOf.fill(0);
    this.count.fill(0);
    this.pupils.fill(0);
    this.head.fill(-1);
    this.value = 0;
    for (let g = 0; g < slotOf.length; g++) {
      const s = slotOf[g]!;
      if (s >= 0 && this.model.lockedSlot[g]! < 0) this.attach(g, s, this.gain(g, s));
    }
  }

  snapshot(): Int32Array {
    return Int32Array.from(this.slotOf);
  }

  overfull(): number {
    let count = 0;
    for (const s of this.model.pupilSlots) if (this.pupils[s]! > this.model.slotPupilCap[s]!) count++;
    return count;
  }

  /** Gain of edge (g, s) by binary search in s's reverse list (group order); −Infinity if no edge. */
  gain(g: number, s: number): number {
    const { revStart, revGroup, revGain } = this.model;
    let lo = revStart[s]!;
    let hi = revStart[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = revGroup[mid]!;
      if (h === g) return revGain[mid]!;
      if (h < g) lo = mid + 1;
      else hi = mid - 1;
    }
    return -Infinity;
  }

  attach(g: number, s: number, gain: number) {
    this.slotOf[g] = s;
    this.gainOf[g] = gain;
    this.count[s]!++;
    this.pupils[s]! += this.model.size[g]!;
    const h = this.head[s]!;
    this.next[g] = h;
    this.prev[g] = -1;
    if (h >= 0) this.prev[h] = g;
    this.head[s] = g;
    this.value += gain;
  }

  detach(g: number) {
    const s = this.slotOf[g]!;
    this.count[s]!--;
    this.pupils[s]! -= this.model.size[g]!;
    const p = this.prev[g]!;
    const q = this.next[g]!;
    if (p >= 0) this.next[p] = q;
    else this.head[s] = q;
    if (q >= 0) this.prev[q] = p;
    this.value -= this.gainOf[g]!;
    this.slotOf[g] = -1;
    this.gainOf[g] = 0;
  }

  fits(g: number, s: number): boolean {
    return this.count[s]! < this.model.slotGroupCap[s]! && this.pupils[s]! + this.model.size[g]! <= this.model.slotPupilCap[s]!;
  }

  /** Best slot with room for g (other than `except`), as an edge index, or −1. */
  bestRoom(g: number, except: number): number {
    const { edgeStart, edgeSlot } = this.model;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
      const s = edgeSlot[e]!;
      if (s !== except && this.fits(g, s)) return e;
    }
    return -1;
  }

  /**
   * Makes the assignment feasible: an overfull slot keeps the subset of its
   * groups with the most gain over their best alternatives that fits; the
   * others and every unassigned group are re-inserted, best gain first.
   */
  repair() {
    const { model } = this;
    const { size, slotPupilCap, edgeStart, edgeGain, lockedSlot, nGroups: n } = model;
    const members: number[] = [];
    for (const s of model.pupilSlots) {
      if (this.pupils[s]! <= slotPupilCap[s]!) continue;
      members.length = 0;
      for (let g = this.head[s]!; g >= 0; g = this.next[g]!) members.push(g);
      // Value of keeping a member: its gain here over its second-best gain anywhere.
      const values = members.map((g) => {
        let other = 0;
        for (let e = edgeStart[g]!; e < edgeStart[g + 1]!; e++) {
          if (model.edgeSlot[e] !== s) {
            other = edgeGain[e]!;
            break;
          }
        }
        return this.gainOf[g]! - other;
      });
      const keep = new Uint8Array(members.length);
      knapsack(members.length, members.map((g) => size[g]!), values, slotPupilCap[s]!, model.slotGroupCap[s]!, keep);
      members.forEach((g, i) => {
        if (!keep[i]) this.detach(g);
      });
    }
    const waiting: number[] = [];
    for (let g = 0; g < n; g++) if (this.slotOf[g]! < 0 && lockedSlot[g]! < 0 && edgeStart[g + 1]! > edgeStart[g]!) waiting.push(g);
    waiting.sort((a, b) => edgeGain[edgeStart[b]!]! - edgeGain[edgeStart[a]!]! || a - b);
    for (const g of waiting) {
      const e = this.bestRoom(g, -1);
      if (e >= 0) this.attach(g, model.edgeSlot[e]!, edgeGain[e]!);
    }
  }

  /**
   * Local search until no improving move is left: for each group, the best
   * slot better than its own, taken directly if it has room, else by pushing
   * out one member who then moves to its best slot with room (possibly the
   * slot the group left: a swap) or goes unassigned if that still pays.
   */
  improve(deadline: number) {
    const { model } = this;
    const { nGroups: n, edgeStart, edgeSlot, edgeGain, size, slotGroupCap, slotPupilCap, lockedSlot } = model;
    let improved = true;
    let passes = 0;
    while (improved && passes < 50) {
      improved = false;
      passes++;
      if (performance.now() > deadline) break;
      for (let g = 0; g < n; g++) {
        if (lockedSlot[g]! >= 0) continue;
        const current = this.gainOf[g]!;
        const from = this.slotOf[g]!;
        for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
          const gain = edgeGain[e]!;
          if (gain <= current) break;
          const s = edgeSlot[e]!;
          if (s === from) continue;
          if (this.fits(g, s)) {
            if (from >= 0) this.detach(g);
            this.attach(g, s, gain);
            improved = true;
            break;
          }
          // Ejection: push out the member h whose departure pays best.
          let bestDelta = 0;
          let bestH = -1;
          let bestTarget = -1;
          let bestTargetGain = 0;
          for (let h = this.head[s]!; h >= 0; h = this.next[h]!) {
            if (this.count[s]! > slotGroupCap[s]! || this.pupils[s]! - size[h]! + size[g]! > slotPupilCap[s]!) continue;
            const base = gain - current - this.gainOf[h]!;
            if (base + this.bestGainOf(h) <= bestDelta) continue;
            // h's best new place: a slot with room, counting the room g leaves behind.
            let target = -1;
            let targetGain = 0;
            for (let f = edgeStart[h]!, fEnd = edgeStart[h + 1]!; f < fEnd; f++) {
              const t = edgeSlot[f]!;
              if (t === s) continue;
              const freed = t === from;
              const countAfter = this.count[t]! - (freed ? 1 : 0);
              const pupilsAfter = this.pupils[t]! - (freed ? size[g]! : 0);
              if (countAfter < slotGroupCap[t]! && pupilsAfter + size[h]! <= slotPupilCap[t]!) {
                target = t;
                targetGain = edgeGain[f]!;
                break;
              }
            }
            const delta = base + targetGain;
            if (delta > bestDelta) {
              bestDelta = delta;
              bestH = h;
              bestTarget = target;
              bestTargetGain = targetGain;
            }
          }
          if (bestH >= 0) {
            this.detach(bestH);
            if (from >= 0) this.detach(g);
            this.attach(g, s, gain);
            if (bestTarget >= 0) this.attach(bestH, bestTarget, bestTargetGain);
            improved = true;
            break;
          }
        }
      }
    }
  }

  /**
   * The best ejection chain, applied when it gains: g1 moves to slot t1,
   * pushing out g2, which moves to t2, pushing out g3, … until the last group
   * moves to a slot with room or leaves. Single steps may lose (a group takes
   * a slightly worse slot to make room) as long as the chain gains overall;
   * these are the long trades, over several slots with room that does not
   * quite fit, that moves and swaps cannot find. Found by a label-correcting
   * search over groups (label: the best gain of a chain that pushes the
   * group out), depth-limited; a chain that visits a slot twice is checked
   * and dropped if it breaks a limit. True when the assignment improved.
   */
  ejectionChain(maxDepth: number): boolean {
    const { model } = this;
    const { nGroups: n, edgeStart, edgeSlot, edgeGain, size, slotGroupCap, slotPupilCap, lockedSlot } = model;
    const label = (this.chainLabel ??= new Float64Array(n));
    const predGroup = (this.chainPredGroup ??= new Int32Array(n));
    const predSlot = (this.chainPredSlot ??= new Int32Array(n));
    const depthOf = (this.chainDepth ??= new Int32Array(n));
    label.fill(-Infinity);
    depthOf.fill(-1);
    let frontier: number[] = [];
    let bestTotal = 0;
    let bestEnd = -1;
    let bestEndSlot = -1;
    let bestDepth = 0;
    // A step: group g (reached with `value`, pushed out by predecessor pred) goes to slot t.
    const step = (g: number, value: number, from: number, depth: number, next: number[]) => {
      const current = this.gainOf[g]!;
      // Leaving altogether ends the chain.
      if (from >= 0 && value - current > bestTotal) {
        bestTotal = value - current;
        bestEnd = g;
        bestEndSlot = -1;
        bestDepth = depth;
      }
      for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
        const t = edgeSlot[e]!;
        if (t === from) continue;
        const delta = value + edgeGain[e]! - current;
        if (this.count[t]! < slotGroupCap[t]! && this.pupils[t]! + size[g]! <= slotPupilCap[t]!) {
          if (delta > bestTotal) {
            bestTotal = delta;
            bestEnd = g;
            bestEndSlot = t;
            bestDepth = depth;
          }
          continue;
        }
        if (depth >= maxDepth) continue;
        for (let h = this.head[t]!; h >= 0; h = this.next[h]!) {
          if (this.pupils[t]! - size[h]! + size[g]! > slotPupilCap[t]!) continue;
          if (delta > label[h]! + 1e-9) {
            if (depthOf[h]! !== depth + 1) next.push(h);
            label[h] = delta;
            predGroup[h] = g;
            predSlot[h] = t;
            depthOf[h] = depth + 1;
          }
        }
      }
    };
    // Depth 0: every free group may start a chain (an unassigned one too).
    for (let g = 0; g < n; g++) {
      if (lockedSlot[g]! >= 0 || edgeStart[g + 1]! === edgeStart[g]!) continue;
      predGroup[g] = -1;
      step(g, 0, this.slotOf[g]!, 0, frontier);
    }
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const h of frontier) if (depthOf[h] === depth) step(h, label[h]!, this.slotOf[h]!, depth, next);
      frontier = next;
    }
    if (bestEnd < 0) return false;
    // Walk the chain back: (group, new slot) pairs. Labels found later may
    // have rewritten a link; the chain is checked when it is applied.
    const moves: [number, number][] = [];
    const seen = new Set<number>();
    let g = bestEnd;
    let t = bestEndSlot;
    for (let d = bestDepth; ; d--) {
      if (seen.has(g)) return false;
      seen.add(g);
      moves.push([g, t]);
      if (d === 0) break;
      t = predSlot[g]!;
      g = predGroup[g]!;
      if (g < 0) return false;
    }
    const before = this.value;
    const undo = moves.map(([h]) => [h, this.slotOf[h]!, this.gainOf[h]!] as const);
    for (const [h] of moves) if (this.slotOf[h]! >= 0) this.detach(h);
    let ok = true;
    for (const [h, slot] of moves) {
      if (slot < 0) continue;
      if (!this.fits(h, slot)) {
        ok = false;
        break;
      }
      this.attach(h, slot, this.gain(h, slot));
    }
    if (ok && this.value > before) return true;
    for (const [h] of moves) if (this.slotOf[h]! >= 0) this.detach(h);
    for (const [h, slot, gain] of undo) if (slot >= 0) this.attach(h, slot, gain);
    return false;
  }

  private chainLabel?: Float64Array;
  private chainPredGroup?: Int32Array;
  private chainPredSlot?: Int32Array;
  private chainDepth?: Int32Array;

  bestGainOf(g: number): number {
    const start = this.model.edgeStart[g]!;
    return start < this.model.edgeStart[g + 1]! ? this.model.edgeGain[start]! : 0;
  }
}
