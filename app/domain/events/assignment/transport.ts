/**
 * Exact solver for the transportation problem
 *   maximise Σ gain(g,s)·x(g,s)  s.t.  Σ_s x(g,s) ≤ 1,  Σ_g x(g,s) ≤ cap(s),  x ∈ {0,1}
 * on a sparse edge list: successive shortest augmenting paths (the Hungarian
 * method for b-matching). Groups are inserted one by one; each insertion runs
 * a Dijkstra over slots on reduced costs, with the slot prices and group
 * profits as potentials, and stops at the nearest "terminal": a slot with room
 * or a group that gives up its place. Invariants (complementary slackness):
 *   profit(g) ≥ max(0, gain(g,s) − price(s)) for every edge, with equality at g's slot;
 *   price(s) > 0 only for full slots.
 * Prices and profits are then an optimal dual solution, so
 *   Σ profit(g) + Σ cap(s)·price(s) = Σ gains of the assignment
 * proves optimality. With integer gains all arithmetic is exact.
 *
 * Edges must be sorted by gain descending per group: a group's scan stops at
 * the first edge that cannot beat the best terminal found so far.
 */
export type TransportProblem = {
  nGroups: number;
  nSlots: number;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  edgeGain: Int32Array | Float64Array;
  /** Groups per slot. */
  cap: Int32Array;
  /** Groups to insert, in this order (default: all, by index). */
  order?: Int32Array;
};

export type TransportSolution = {
  slotOf: Int32Array;
  price: Float64Array;
  profit: Float64Array;
  /** Σ gains of the assignment. */
  value: number;
};

export function solveTransport(problem: TransportProblem, onGroup?: (done: number, total: number) => void): TransportSolution {
  const { nGroups: n, nSlots: m, edgeStart, edgeSlot, edgeGain, cap } = problem;
  const price = new Float64Array(m);
  const profit = new Float64Array(n);
  const slotOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  // Members of each slot as an intrusive doubly linked list.
  const head = new Int32Array(m).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);

  const dist = new Float64Array(m).fill(Infinity);
  const done = new Uint8Array(m);
  const predGroup = new Int32Array(m);
  const distG = new Float64Array(n);
  const touched = new Int32Array(m);
  let touchedCount = 0;
  const finalSlots = new Int32Array(m);
  let finalSlotCount = 0;
  const finalGroups = new Int32Array(n);
  let finalGroupCount = 0;
  // Binary heap with lazy deletion; a slot can be pushed several times.
  let heapKey = new Float64Array(1024);
  let heapVal = new Int32Array(1024);
  let heapSize = 0;

  const push = (key: number, value: number) => {
    if (heapSize === heapKey.length) {
      const k = new Float64Array(heapSize * 2);
      k.set(heapKey);
      heapKey = k;
      const v = new Int32Array(heapSize * 2);
      v.set(heapVal);
      heapVal = v;
    }
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = heapKey[parent]!;
      if (pk < key || (pk === key && heapVal[parent]! <= value)) break;
      heapKey[i] = pk;
      heapVal[i] = heapVal[parent]!;
      i = parent;
    }
    heapKey[i] = key;
    heapVal[i] = value;
  };
  // Pops into popKey/popVal.
  let popKey = 0;
  let popVal = 0;
  const pop = () => {
    popKey = heapKey[0]!;
    popVal = heapVal[0]!;
    const lastKey = heapKey[--heapSize]!;
    const lastVal = heapVal[heapSize]!;
    let i = 0;
    const half = heapSize >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      let ck = heapKey[child]!;
      let cv = heapVal[child]!;
      const right = child + 1;
      if (right < heapSize) {
        const rk = heapKey[right]!;
        const rv = heapVal[right]!;
        if (rk < ck || (rk === ck && rv < cv)) {
          child = right;
          ck = rk;
          cv = rv;
        }
      }
      if (lastKey < ck || (lastKey === ck && lastVal <= cv)) break;
      heapKey[i] = ck;
      heapVal[i] = cv;
      i = child;
    }
    heapKey[i] = lastKey;
    heapVal[i] = lastVal;
  };

  const attach = (g: number, s: number) => {
    slotOf[g] = s;
    load[s]!++;
    const h = head[s]!;
    next[g] = h;
    prev[g] = -1;
    if (h >= 0) prev[h] = g;
    head[s] = g;
  };
  const detach = (g: number) => {
    const s = slotOf[g]!;
    load[s]!--;
    const p = prev[g]!;
    const q = next[g]!;
    if (p >= 0) next[p] = q;
    else head[s] = q;
    if (q >= 0) prev[q] = p;
    slotOf[g] = -1;
  };

  const total = problem.order ? problem.order.length : n;
  const reportEvery = Math.max(1, Math.floor(total / 50));
  let termDist = 0;

  const scan = (g: number, dg: number) => {
    const pg = profit[g]!;
    const end = edgeStart[g + 1]!;
    for (let e = edgeStart[g]!; e < end; e++) {
      const reduced = dg + pg - edgeGain[e]!;
      if (reduced >= termDist) break;
      const s = edgeSlot[e]!;
      if (done[s]) continue;
      const d = reduced + price[s]!;
      if (d < dist[s]! && d < termDist) {
        if (dist[s] === Infinity) touched[touchedCount++] = s;
        dist[s] = d;
        predGroup[s] = g;
        push(d, s);
      }
    }
  };

  for (let k = 0; k < total; k++) {
    const g0 = problem.order ? problem.order[k]! : k;
    // Prices are ≥ 0, so once the (descending) gain is no better than the
    // best reduced gain so far, no later edge can beat it.
    let best = 0;
    for (let e = edgeStart[g0]!, end = edgeStart[g0 + 1]!; e < end; e++) {
      const gain = edgeGain[e]!;
      if (gain <= best) break;
      const v = gain - price[edgeSlot[e]!]!;
      if (v > best) best = v;
    }
    if (best > 0) {
      profit[g0] = best;
      termDist = best;
      let termSlot = -1;
      let termGroup = g0;
      distG[g0] = 0;
      finalGroups[finalGroupCount++] = g0;
      scan(g0, 0);
      while (heapSize > 0) {
        pop();
        const s = popVal;
        const d = popKey;
        if (done[s] || d > dist[s]!) continue;
        if (d >= termDist) break;
        done[s] = 1;
        finalSlots[finalSlotCount++] = s;
        if (load[s]! < cap[s]!) {
          termDist = d;
          termSlot = s;
          termGroup = -1;
          break;
        }
        for (let g = head[s]!; g >= 0; g = next[g]!) {
          distG[g] = d;
          finalGroups[finalGroupCount++] = g;
          if (d + profit[g]! < termDist) {
            termDist = d + profit[g]!;
            termGroup = g;
            termSlot = -1;
          }
        }
        for (let g = head[s]!; g >= 0; g = next[g]!) scan(g, d);
      }
      const D = termDist;
      for (let i = 0; i < finalSlotCount; i++) {
        const s = finalSlots[i]!;
        price[s]! += D - dist[s]!;
      }
      for (let i = 0; i < finalGroupCount; i++) {
        const g = finalGroups[i]!;
        profit[g]! -= D - distG[g]!;
      }
      // Augment along the predecessor chain back to g0.
      let s: number;
      if (termSlot >= 0) s = termSlot;
      else if (termGroup === g0) s = -1;
      else {
        s = slotOf[termGroup]!;
        detach(termGroup);
        profit[termGroup] = 0;
      }
      while (s >= 0) {
        const g = predGroup[s]!;
        const from = slotOf[g]!;
        if (from >= 0) detach(g);
        attach(g, s);
        if (g === g0) break;
        s = from;
      }
      if (termGroup === g0) profit[g0] = 0;
      for (let i = 0; i < touchedCount; i++) {
        const t = touched[i]!;
        dist[t] = Infinity;
        done[t] = 0;
      }
      for (let i = 0; i < finalSlotCount; i++) done[finalSlots[i]!] = 0;
      touchedCount = 0;
      finalSlotCount = 0;
      finalGroupCount = 0;
      heapSize = 0;
    }
    if (onGroup && (k + 1) % reportEvery === 0) onGroup(k + 1, total);
  }

  let value = 0;
  for (let g = 0; g < n; g++) {
    const s = slotOf[g]!;
    if (s < 0) continue;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
      if (edgeSlot[e] === s) {
        value += edgeGain[e]!;
        break;
      }
    }
  }
  return { slotOf, price, profit, value };
}

/**
 * An upper bound on the transportation optimum from slot prices alone (weak
 * LP duality, valid for any prices ≥ 0): each group takes its best reduced
 * gain or nothing, each slot charges cap·price. Recomputed from scratch, it
 * certifies the solver's answer independently of its bookkeeping.
 */
export function transportDualBound(problem: TransportProblem, price: Float64Array): number {
  const { nGroups: n, nSlots: m, edgeStart, edgeSlot, edgeGain, cap } = problem;
  let bound = 0;
  for (let g = 0; g < n; g++) {
    let best = 0;
    for (let e = edgeStart[g]!, end = edgeStart[g + 1]!; e < end; e++) {
      const gain = edgeGain[e]!;
      if (gain <= best) break; // sorted gains, prices ≥ 0: nothing later beats best
      const v = gain - price[edgeSlot[e]!]!;
      if (v > best) best = v;
    }
    bound += best;
  }
  for (let s = 0; s < m; s++) bound += cap[s]! * price[s]!;
  return bound;
}
