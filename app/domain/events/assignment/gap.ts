import { exhaustiveSearch } from "./exhaustive-search.ts";
import { KnapsackRelaxation } from "./knapsack-relaxation.ts";
import { LocalSearch } from "./local-search.ts";
import type { Model } from "./model.ts";
import { neighbourhoodSearch } from "./neighbourhood-search.ts";
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
 * 4. Small instances: an exhaustive branch and bound closes any remaining gap.
 * 5. Otherwise the time left goes to a large-neighbourhood search
 *    (neighbourhood-search.ts) on the best solution, until the deadline or
 *    the bound: steps 1–3 have a deterministic budget and end well before the
 *    limit on large instances, and stopping there left the gap open.
 *
 * The parts live beside this file: local-search.ts (repair and moves),
 * knapsack.ts (one slot's knapsack), knapsack-relaxation.ts (the bound B(u)),
 * exhaustive-search.ts (step 4), neighbourhood-search.ts (step 5). Steps 1–4
 * are deterministic; step 5 is deterministic for a given seed and number of
 * rounds (`maxRounds`), so under a time limit its result depends on the
 * machine's speed, as with any solver that uses its time.
 */
export type GapSolution = { slotOf: Int32Array; value: number; bound: number };

type Reporter = (progress: Progress) => void;

export type GapOptions = {
  deadline: number;
  report: Reporter;
  maxIterations?: number;
  /** Rounds of step 5; without a finite deadline the default is a fixed budget, else until the deadline. */
  maxRounds?: number;
  seed?: number;
};

/** Step 5's rounds when nothing else stops it (no deadline, no rounds given). */
const DEFAULT_ROUNDS = 500;

export function solveGap(model: Model, options: GapOptions): GapSolution {
  const { nGroups: n, nSlots: m, edgeStart, edgeSlot, edgeGain, slotGroupCap: groupCap, lockedSlot } = model;
  const report = options.report;
  const expired = () => performance.now() > options.deadline;
  // The bound phase may use at most half of the time: the other half is the
  // improvement search's, which is where a tight instance's gap closes.
  const started = performance.now();
  const boundDeadline = started + (options.deadline - started) / 2;

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
    if (Math.floor(bound + 1e-6) <= bestValue || performance.now() > boundDeadline) break;
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
      report({ phase: "bound", fraction: 0.25 + (0.35 * iteration) / maxIterations, objective: model.base + bestValue, upperBound: model.base + bound });
    }
  }
  // 4. Small instances: an exhaustive search closes what gap is left.
  if (Math.floor(bound + 1e-6) > bestValue && model.freeCount <= 24) {
    const exact = exhaustiveSearch(model, best, bestValue, model.freeCount <= 12 ? 2_000_000 : 200_000);
    if (exact) return { slotOf: exact.slotOf, value: exact.value, bound: exact.value };
  }
  // 5. The time that is left: large-neighbourhood search from the best solution.
  const target = Math.floor(bound + 1e-6);
  if (target > bestValue && !expired()) {
    search.load(best);
    const from = performance.now();
    const span = Math.max(1, options.deadline - from);
    const maxRounds = options.maxRounds ?? (Number.isFinite(options.deadline) ? Infinity : DEFAULT_ROUNDS);
    let lastReport = from;
    let shown = bestValue;
    neighbourhoodSearch(search, {
      deadline: options.deadline,
      target,
      maxRounds,
      seed: options.seed ?? 1,
      onProgress: (value) => {
        const now = performance.now();
        if (value <= shown && now - lastReport < 100) return;
        lastReport = now;
        shown = value;
        report({ phase: "search", fraction: 0.6 + (0.4 * Math.min(span, now - from)) / span, objective: model.base + value, upperBound: model.base + bound });
      },
    });
      // Each round keeps the incumbent unless it finds better, so this is the best.
    bestValue = search.value;
    best = search.snapshot();
  }
  return { slotOf: best, value: bestValue, bound: Math.max(bound, bestValue) };
}
