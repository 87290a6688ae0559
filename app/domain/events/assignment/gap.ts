import type { Model } from "./model.ts";
import { NO_LIMIT } from "./model.ts";
import { solveTransport } from "./transport.ts";
import type { Progress } from "./types.ts";

/**
 * Pupil capacities make the problem a generalised assignment problem (groups
 * are indivisible). Approach:
 *
 * 1. Relaxation T0: drop the pupil limits (keeping the group limits they
 *    imply) and solve that transportation problem exactly. Its optimum is an
 *    upper bound; if its assignment happens to respect every pupil limit it
 *    is optimal and we are done. Its dual profits start the multipliers below.
 * 2. Upper bound: Lagrangian relaxation of "each group at most once" with
 *    multipliers u ≥ 0. What is left splits per slot into a small knapsack
 *    (pupils ≤ capacity, groups ≤ maxGroups) over the groups with positive
 *    reduced gain, solved exactly, so
 *        B(u) = Σ_g u_g + Σ_s knapsack_s(u)
 *    bounds the optimum for every u ≥ 0. This bound is at least as strong as
 *    the LP relaxation (it is integral per slot). u is improved by a deflected
 *    subgradient method with Polyak steps aimed at the best known solution.
 * 3. Solutions: T0's assignment repaired (overfull slots keep their best
 *    subset, the rest is re-inserted), the Lagrangian solutions of step 2
 *    made feasible the same way, each polished by local search: moves,
 *    swaps and ejection chains of length two (a group takes a slot by pushing
 *    one member out, who moves to its best slot with room or goes unassigned).
 *
 * Everything is deterministic; the effort is bounded by iteration counts, the
 * deadline is only a safety net.
 */
export type GapSolution = { slotOf: Int32Array; value: number; bound: number };

type Reporter = (progress: Progress) => void;

export function solveGap(model: Model, options: { deadline: number; report: Reporter; maxIterations?: number }): GapSolution {
  const { nGroups: n, nSlots: m, edgeStart, edgeSlot, edgeGain, slotGroupCap: groupCap, lockedSlot } = model;
  const report = options.report;
  const expired = () => performance.now() > options.deadline;

  // 1. The transportation relaxation.
  const t0 = solveTransport(
    { nGroups: n, nSlots: m, edgeStart, edgeSlot, edgeGain, cap: groupCap },
    (done, total) => report({ phase: "solve", fraction: (0.2 * done) / total }),
  );
  let bound = t0.value;
  const search = new LocalSearch(model);
  search.load(t0.slotOf);
  if (search.overfull() === 0) {
    return { slotOf: t0.slotOf, value: t0.value, bound };
  }
  search.repair();
  search.improve(options.deadline);
  let best = search.snapshot();
  let bestValue = search.value;
  report({ phase: "bound", fraction: 0.25, objective: model.base + bestValue, upperBound: model.base + bound });

  // 2. Lagrangian bound, with Lagrangian solutions along the way.
  const lagrange = new KnapsackRelaxation(model);
  const u = Float64Array.from(t0.profit);
  for (let g = 0; g < n; g++) if (lockedSlot[g]! >= 0) u[g] = 0;
  const direction = new Float64Array(n);
  // Deterministic effort: more iterations where each one is cheap.
  const maxIterations = options.maxIterations ?? Math.min(1500, Math.max(600, Math.round(1.2e6 / Math.max(1, model.freeCount))));
  let theta = 1;
  let sinceBest = 0;
  let bestB = Infinity;
  const heuristicEvery = 25;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (Math.floor(bound + 1e-6) <= bestValue || expired()) break;
    const b = lagrange.evaluate(u);
    if (b < bound) bound = b;
    // Deflected subgradient: the direction keeps half of the previous one.
    if (b < bestB - 1e-9) {
      bestB = b;
      sinceBest = 0;
    } else if (++sinceBest >= 100) {
      theta /= 2;
      sinceBest = 0;
    }
    const selected = lagrange.selected;
    let norm = 0;
    for (let g = 0; g < n; g++) {
      if (lockedSlot[g]! >= 0) continue;
      let d = 1 - selected[g]! + 0.5 * direction[g]!;
      if (d > 0 && u[g]! <= 0) d = 0;
      direction[g] = d;
      norm += d * d;
    }
    // norm 0: every group chosen once (or not at all at u = 0), so the
    // Lagrangian solution is feasible and meets the bound: optimal.
    if (iteration % heuristicEvery === 0 || norm === 0) {
      search.load(lagrange.assignment());
      search.repair();
      search.improve(options.deadline);
      if (search.value > bestValue) {
        bestValue = search.value;
        best = search.snapshot();
      }
    }
    if (norm === 0) break;
    const step = (theta * Math.max(b - bestValue, 1)) / norm;
    for (let g = 0; g < n; g++) {
      const next = u[g]! - step * direction[g]!;
      u[g] = next > 0 ? next : 0;
    }
    if (iteration % 5 === 0) {
      report({ phase: "bound", fraction: 0.25 + (0.75 * iteration) / maxIterations, objective: model.base + bestValue, upperBound: model.base + bound });
    }
  }
  // 4. Small instances: an exhaustive search closes what gap is left.
  if (Math.floor(bound + 1e-6) > bestValue && model.freeCount <= 24) {
    const exact = exhaustiveSearch(model, best, bestValue, model.freeCount <= 12 ? 2_000_000 : 200_000);
    if (exact) return { slotOf: exact.slotOf, value: exact.value, bound: exact.value };
  }
  return { slotOf: best, value: bestValue, bound: Math.max(bound, bestValue) };
}

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

/**
 * A feasible assignment of the free groups with its bookkeeping, and the
 * repair and improvement moves on it.
 */
class LocalSearch {
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

  bestGainOf(g: number): number {
    const start = this.model.edgeStart[g]!;
    return start < this.model.edgeStart[g + 1]! ? this.model.edgeGain[start]! : 0;
  }
}

/** Scratch buffers for knapsack(), grown on demand and reused across calls. */
const scratch = {
  order: new Int32Array(64),
  topValues: new Float64Array(129),
  take: new Uint8Array(64),
  bestTake: new Uint8Array(64),
  best: new Float64Array(1024),
  decision: new Uint8Array(4096),
};

/** Sorts order[0..count) by key descending, ties by index ascending (insertion sort for the usual few items). */
function sortBy(order: Int32Array, count: number, key: (i: number) => number) {
  if (count > 48) {
    const sorted = Array.from(order.subarray(0, count)).sort((a, b) => key(b) - key(a) || a - b);
    for (let j = 0; j < count; j++) order[j] = sorted[j]!;
    return;
  }
  for (let j = 1; j < count; j++) {
    const x = order[j]!;
    const kx = key(x);
    let t = j - 1;
    while (t >= 0) {
      const y = order[t]!;
      const ky = key(y);
      if (ky > kx || (ky === kx && y < x)) break;
      order[t + 1] = y;
      t--;
    }
    order[t + 1] = x;
  }
}

function sortDescending(values: Float64Array, from: number, to: number) {
  if (to - from > 48) {
    values.subarray(from, to).sort().reverse();
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const x = values[j]!;
    let t = j - 1;
    while (t >= from && values[t]! < x) {
      values[t + 1] = values[t]!;
      t--;
    }
    values[t + 1] = x;
  }
}

/**
 * Knapsack with a count limit, exactly: the subset of items with the largest
 * total value within `capacity` (sum of weights) and `maxItems`. First a
 * depth-first branch and bound (items by value per pupil; bound: the smaller
 * of the fractional fill and the best values the count allows), which is
 * instant on a slot's few candidates; if it needs too many nodes, dynamic
 * programming over (items taken, weight used). When even that table would be
 * too large, a greedy choice with `exact: false` and a proven upper bound.
 */
export function knapsack(
  count: number,
  weights: ArrayLike<number>,
  values: ArrayLike<number>,
  capacity: number,
  maxItems: number,
  chosen: Uint8Array,
): { value: number; bound: number; exact: boolean } {
  const k = Math.min(maxItems, count);
  chosen.fill(0, 0, count);
  if (k <= 0 || capacity <= 0) return { value: 0, bound: 0, exact: true };
  if (scratch.order.length < count) {
    scratch.order = new Int32Array(count * 2);
    scratch.topValues = new Float64Array(count * 2 + 1);
    scratch.take = new Uint8Array(count * 2);
    scratch.bestTake = new Uint8Array(count * 2);
  }
  const { order, topValues, take, bestTake } = scratch;
  // Useful items (positive value, fitting at all), by value per pupil, descending.
  let useful = 0;
  for (let i = 0; i < count; i++) if (values[i]! > 0 && weights[i]! <= capacity) order[useful++] = i;
  if (useful === 0) return { value: 0, bound: 0, exact: true };
  sortBy(order, useful, (i) => values[i]! / weights[i]!);
  // topValues[c] = sum of the c best values: bounds what c more items can add.
  for (let j = 0; j < useful; j++) topValues[j + 1] = values[order[j]!]!;
  sortDescending(topValues, 1, useful + 1);
  topValues[0] = 0;
  for (let c = 1; c <= useful; c++) topValues[c]! += topValues[c - 1]!;
  const limit = Math.min(k, useful);

  let bestValue = 0;
  let nodes = 0;
  const nodeLimit = 20_000;
  take.fill(0, 0, useful);
  bestTake.fill(0, 0, useful);
  const dfs = (j: number, weight: number, items: number, value: number): boolean => {
    if (++nodes > nodeLimit) return false;
    if (value > bestValue) {
      bestValue = value;
      for (let t = 0; t < useful; t++) bestTake[t] = take[t]!;
    }
    if (j >= useful || items >= limit) return true;
    if (value + topValues[Math.min(limit - items, useful - j)]! <= bestValue) return true;
    let fractional = value;
    let room = capacity - weight;
    for (let t = j; t < useful; t++) {
      const it = order[t]!;
      if (weights[it]! <= room) {
        fractional += values[it]!;
        room -= weights[it]!;
      } else {
        fractional += (values[it]! * room) / weights[it]!;
        break;
      }
    }
    if (fractional <= bestValue) return true;
    const it = order[j]!;
    if (weight + weights[it]! <= capacity) {
      take[j] = 1;
      const ok = dfs(j + 1, weight + weights[it]!, items + 1, value + values[it]!);
      take[j] = 0;
      if (!ok) return false;
    }
    return dfs(j + 1, weight, items, value);
  };
  if (dfs(0, 0, 0, 0)) {
    for (let j = 0; j < useful; j++) if (bestTake[j]) chosen[order[j]!] = 1;
    return { value: bestValue, bound: bestValue, exact: true };
  }

  const cells = (limit + 1) * (capacity + 1);
  if (cells * useful <= 4_000_000) {
    // best[c][w]: best value with exactly c items and weight exactly w (−∞ if impossible).
    if (scratch.best.length < cells) scratch.best = new Float64Array(cells * 2);
    if (scratch.decision.length < cells * useful) scratch.decision = new Uint8Array(cells * useful * 2);
    const best = scratch.best;
    const decision = scratch.decision;
    best.fill(-Infinity, 0, cells);
    decision.fill(0, 0, cells * useful);
    best[0] = 0;
    const width = capacity + 1;
    for (let j = 0; j < useful; j++) {
      const i = order[j]!;
      const w = weights[i]!;
      const v = values[i]!;
      const plane = j * cells;
      for (let c = Math.min(limit, j + 1); c >= 1; c--) {
        const row = c * width;
        const below = (c - 1) * width;
        for (let x = capacity; x >= w; x--) {
          const candidate = best[below + x - w]! + v;
          if (candidate > best[row + x]!) {
            best[row + x] = candidate;
            decision[plane + row + x] = 1;
          }
        }
      }
    }
    let dpValue = 0;
    let bestC = 0;
    let bestX = 0;
    for (let c = 1; c <= limit; c++) {
      for (let x = 0; x <= capacity; x++) {
        if (best[c * width + x]! > dpValue) {
          dpValue = best[c * width + x]!;
          bestC = c;
          bestX = x;
        }
      }
    }
    // Walk back: the last item that improved cell (c, x) is the one taken there.
    let c = bestC;
    let x = bestX;
    for (let j = useful - 1; j >= 0 && c > 0; j--) {
      if (decision[j * cells + c * width + x]) {
        const i = order[j]!;
        chosen[i] = 1;
        x -= weights[i]!;
        c--;
      }
    }
    return { value: dpValue, bound: dpValue, exact: true };
  }
  // Too large for the table: greedy by value per pupil, with a proven bound.
  let fractional = 0;
  let room = capacity;
  for (let j = 0; j < useful; j++) {
    const i = order[j]!;
    if (weights[i]! <= room) {
      fractional += values[i]!;
      room -= weights[i]!;
    } else {
      fractional += (values[i]! * room) / weights[i]!;
      break;
    }
  }
  let value = 0;
  let taken = 0;
  room = capacity;
  for (let j = 0; j < useful; j++) {
    const i = order[j]!;
    if (taken < limit && weights[i]! <= room) {
      chosen[i] = 1;
      value += values[i]!;
      room -= weights[i]!;
      taken++;
    }
  }
  return { value, bound: Math.max(value, Math.min(topValues[limit]!, fractional)), exact: false };
}

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
