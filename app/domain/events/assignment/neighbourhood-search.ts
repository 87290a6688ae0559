import { seededRandom } from "./generate.ts";
import type { LocalSearch } from "./local-search.ts";

export type NeighbourhoodOptions = {
  /** performance.now() after which no new round starts. */
  deadline: number;
  /** A value at which to stop: the (integer) upper bound, nothing better exists. */
  target: number;
  /** At most this many rounds (tests use it for a result that does not depend on the machine's speed). */
  maxRounds: number;
  seed: number;
  /** Called after every improvement and every 64 rounds, with the current (best) value. */
  onProgress?: (value: number) => void;
};

/** Groups freed per round at the start; more once a sweep of rounds finds nothing. */
const FIRST_REGION = 12;
const LARGEST_REGION = 40;
/** The longest ejection chain tried (groups pushed out in turn). */
const CHAIN_DEPTH = 8;
/** How many of a freed group's best slots join the region. */
const NEXT_SLOTS = 3;
/** Search nodes per round, per group freed. */
const NODES_PER_GROUP = 400;

/**
 * Large-neighbourhood search on a feasible assignment held by `search`:
 * each round frees a region — the groups of a random slot, the groups that
 * would rather be there, the groups of the slots those come from, and so on
 * up to a limit — and re-assigns them by a depth-first branch and bound with
 * every other group fixed (bound: each freed group's best gain among the
 * slots with room for it now). The current assignment is the incumbent, so
 * a round never makes things worse; a better one is kept and polished by the
 * local search. Moves that take several groups at once (two small groups out
 * so a large one fits, a chain through three slots) are what the one-group
 * local search cannot find and where the gap of a packing problem lies.
 *
 * When a sweep of rounds (one per slot, at most 1,000) finds nothing, the
 * regions grow. It runs until the deadline, the bound, or `maxRounds`: the
 * time limit is used to close the gap, not left idle. Deterministic for a
 * given seed and number of rounds.
 */
export function neighbourhoodSearch(search: LocalSearch, options: NeighbourhoodOptions): { rounds: number; improvements: number } {
  const { model } = search;
  const { nGroups: n, nSlots: m, revStart, revGroup, revGain, edgeStart, edgeSlot, edgeGain, size, slotGroupCap, slotPupilCap, lockedSlot } = model;
  const random = seededRandom(options.seed);
  // Seeds: the free groups that have somewhere to go.
  const seeds: number[] = [];
  for (let g = 0; g < n; g++) if (lockedSlot[g]! < 0 && edgeStart[g + 1]! > edgeStart[g]!) seeds.push(g);
  if (seeds.length === 0) return { rounds: 0, improvements: 0 };

  const { slotOf, gainOf, count, pupils, head, next } = search;
  const inRegion = new Uint8Array(n);
  const slotSeen = new Uint8Array(m);
  const region: number[] = [];
  const queue: number[] = [];
  const seenSlots: number[] = [];
  // Per position in the region (after ordering): the group, its old place, the best place found.
  const order = new Int32Array(LARGEST_REGION);
  const oldSlot = new Int32Array(LARGEST_REGION);
  const oldGain = new Int32Array(LARGEST_REGION);
  const bestFit = new Int32Array(LARGEST_REGION);
  const rest = new Float64Array(LARGEST_REGION + 1);
  const currentSlot = new Int32Array(LARGEST_REGION);
  const currentGain = new Int32Array(LARGEST_REGION);
  const bestSlot = new Int32Array(LARGEST_REGION);
  const bestGain = new Int32Array(LARGEST_REGION);
  const tie = new Float64Array(LARGEST_REGION);

  let limit = FIRST_REGION;
  const sweep = Math.min(seeds.length, 1000);
  let stale = 0;
  let rounds = 0;
  let improvements = 0;

  const visit = (s: number) => {
    if (slotSeen[s]) return;
    slotSeen[s] = 1;
    seenSlots.push(s);
    queue.push(s);
  };
  // A freed group's own slot and its best few slots join the region: a
  // chain (g into t, t's member h into u, …) needs the slots the members go to.
  const add = (g: number) => {
    inRegion[g] = 1;
    region.push(g);
    const s = slotOf[g]!;
    if (s >= 0) visit(s);
    for (let e = edgeStart[g]!, end = Math.min(edgeStart[g + 1]!, edgeStart[g]! + NEXT_SLOTS); e < end; e++) visit(edgeSlot[e]!);
  };

  /**
   * The region around group g0: g0, then breadth first over slots — a slot's
   * groups and the groups that would gain by going there — where each group
   * added brings its own slot and its best few slots.
   */
  const collect = (g0: number) => {
    region.length = 0;
    queue.length = 0;
    seenSlots.length = 0;
    add(g0);
    for (let q = 0; q < queue.length && region.length < limit; q++) {
      const s = queue[q]!;
      for (let g = head[s]!; g >= 0 && region.length < limit; g = next[g]!) if (!inRegion[g]) add(g);
      const from = revStart[s]!;
      const span = revStart[s + 1]! - from;
      // A random starting point, so that repeated rounds at one slot free different groups.
      const start = Math.floor(random() * span);
      for (let k = 0; k < span && region.length < limit; k++) {
        const i = from + ((start + k) % span);
        const g = revGroup[i]!;
        if (!inRegion[g] && lockedSlot[g]! < 0 && revGain[i]! > gainOf[g]!) add(g);
      }
    }
    for (const s of seenSlots) slotSeen[s] = 0;
  };

  let nodes = 0;
  let nodeBudget = 0;
  let best = 0;
  let k = 0;
  const dfs = (i: number, value: number): void => {
    if (++nodes > nodeBudget) return;
    if (value + rest[i]! <= best) return;
    if (i === k) {
      best = value;
      bestSlot.set(currentSlot.subarray(0, k));
      bestGain.set(currentGain.subarray(0, k));
      return;
    }
    const g = order[i]!;
    const weight = size[g]!;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
      const gain = edgeGain[e]!;
      if (value + gain + rest[i + 1]! <= best || nodes > nodeBudget) break;
      const s = edgeSlot[e]!;
      if (count[s]! >= slotGroupCap[s]! || pupils[s]! + weight > slotPupilCap[s]!) continue;
      count[s]!++;
      pupils[s]! += weight;
      currentSlot[i] = s;
      currentGain[i] = gain;
      dfs(i + 1, value + gain);
      count[s]!--;
      pupils[s]! -= weight;
    }
    currentSlot[i] = -1;
    currentGain[i] = 0;
    dfs(i + 1, value);
  };

  /** Frees the region and puts it back in the best way found; true when that is better than before. */
  const reassign = (): boolean => {
    k = region.length;
    let before = 0;
    for (let i = 0; i < k; i++) {
      const g = region[i]!;
      order[i] = g;
      oldSlot[i] = slotOf[g]!;
      oldGain[i] = gainOf[g]!;
      before += gainOf[g]!;
      if (slotOf[g]! >= 0) search.detach(g);
    }
    // Each group's best gain among the slots with room now: room only shrinks as others are placed.
    for (let i = 0; i < k; i++) {
      const g = order[i]!;
      const e = search.bestRoom(g, -1);
      bestFit[i] = e >= 0 ? edgeGain[e]! : 0;
    }
    // Largest possible gain first; among equals the larger group (the harder one to pack) first.
    for (let i = 0; i < k; i++) tie[i] = random();
    const index = Array.from({ length: k }, (_, i) => i).sort((a, b) => bestFit[b]! - bestFit[a]! || size[order[b]!]! - size[order[a]!]! || tie[a]! - tie[b]!);
    const sortedGroups = index.map((i) => order[i]!);
    const sortedFit = index.map((i) => bestFit[i]!);
    const sortedOldSlot = index.map((i) => oldSlot[i]!);
    const sortedOldGain = index.map((i) => oldGain[i]!);
    rest[k] = 0;
    for (let i = k - 1; i >= 0; i--) {
      order[i] = sortedGroups[i]!;
      oldSlot[i] = sortedOldSlot[i]!;
      oldGain[i] = sortedOldGain[i]!;
      rest[i] = rest[i + 1]! + sortedFit[i]!;
    }
    let improved = false;
    let moved = false;
    if (rest[0]! >= before) {
      // Half a unit below: the first assignment as good as the old one is
      // taken too (a sideways move), so the search walks the plateaus of
      // equal-valued assignments that an improvement often lies beyond.
      best = before - 0.5;
      nodes = 0;
      nodeBudget = NODES_PER_GROUP * k;
      dfs(0, 0);
      improved = best > before;
      moved = best >= before;

    }
    for (let i = 0; i < k; i++) {
      const g = order[i]!;
      inRegion[g] = 0;
      const s = moved ? bestSlot[i]! : oldSlot[i]!;
      if (s >= 0) search.attach(g, s, moved ? bestGain[i]! : oldGain[i]!);
    }
    return improved;
  };

  const maxRounds = options.maxRounds;
  const chains = () => {
    while (search.value < options.target && performance.now() < options.deadline && search.ejectionChain(CHAIN_DEPTH)) {
      improvements++;
    }
  };
  chains();
  while (rounds < maxRounds && search.value < options.target && performance.now() < options.deadline) {
    rounds++;
    collect(seeds[Math.floor(random() * seeds.length)]!);
    if (reassign()) {
      improvements++;
      stale = 0;
      search.improve(options.deadline);
      options.onProgress?.(search.value);
    } else if (++stale >= sweep) {
      stale = 0;
      if (limit < LARGEST_REGION) limit += 4;
      // The sideways moves of a sweep change the assignment: new chains may pay.
      chains();
    }
    if ((rounds & 63) === 0) options.onProgress?.(search.value);
  }
  return { rounds, improvements };
}
