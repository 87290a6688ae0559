/** One slot's knapsack: which candidates to take within its pupil and group limits. */
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
