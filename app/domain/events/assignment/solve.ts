import { solveGap } from "./gap.ts";
import { greedyAssignment } from "./greedy.ts";
import type { Model } from "./model.ts";
import { buildModel, pairKm, pairValue, preferenceRank, unassignedReason } from "./model.ts";
import { solveTransport, transportDualBound } from "./transport.ts";
import type { Instance, Progress, Result, SolveOptions } from "./types.ts";
import { validateInstance } from "./validate.ts";

export const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * The time the web app gives an event of this many groups: the engine uses
 * all of it (unless it proves optimality sooner) and the coordinator waits,
 * so 2 s up to 800 groups, rising to the default 10 s at 5,000 groups.
 */
export function timeLimitForGroups(groups: number): number {
  const ms = 2000 + ((groups - 800) * (DEFAULT_TIME_LIMIT_MS - 2000)) / (5000 - 800);
  return Math.round(Math.min(DEFAULT_TIME_LIMIT_MS, Math.max(2000, ms)));
}

/**
 * Solves a tech-day assignment instance (see types.ts and the shared format).
 *
 * - Capacity in groups only (no pupil limit can bind): an exact
 *   transportation problem, solved by successive shortest paths; the dual
 *   prices certify optimality, so upperBound = objective and optimal = true.
 * - Pupil limits that can bind (groups are indivisible: a generalised
 *   assignment problem): see gap.ts; objective ≤ upperBound, optimal only when
 *   they meet.
 *
 * The pupil-capacity search uses the whole time limit unless it proves its
 * solution optimal first (it reaches the bound); its result is deterministic
 * for a given seed and `searchRounds`, and under a time limit alone depends on
 * how far the machine got. Capacity in groups only is deterministic always.
 * Throws InstanceError on bad input, naming the offending item.
 */
export function solveAssignment(input: Instance | unknown, options: SolveOptions = {}): Result {
  const started = performance.now();
  const report = makeReporter(options.onProgress);
  report({ phase: "build", fraction: 0 });
  const instance = validateInstance(input);
  const model = buildModel(instance);
  const built = performance.now();
  report({ phase: "build", fraction: 0.05 });

  const deadline = started + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  let slotOf: Int32Array;
  let value: number;
  let bound: number;
  if (model.pupilSlots.length === 0) {
    const problem = transportProblem(model);
    const solution = solveTransport(problem, (done, total) => report({ phase: "solve", fraction: 0.05 + (0.9 * done) / total }));
    slotOf = solution.slotOf;
    value = solution.value;
    bound = transportDualBound(problem, solution.price);
  } else {
    const solution = solveGap(model, {
      deadline,
      report: (p) => report({ ...p, fraction: 0.05 + 0.9 * p.fraction }),
      maxRounds: options.searchRounds,
      seed: options.seed,
    });
    slotOf = solution.slotOf;
    value = solution.value;
    bound = solution.bound;
  }
  const solved = performance.now();

  const full = Int32Array.from(model.lockedSlot);
  for (let g = 0; g < model.nGroups; g++) if (full[g]! < 0) full[g] = slotOf[g]!;
  const result = buildResult(model, full);
  if (result.objective !== model.base + value) {
    throw new Error(`internal error: objective ${result.objective} differs from solver value ${model.base + value}`);
  }
  // The bound comes from floating-point duals in the pupil case; objectives
  // are integers, so round down after a tolerance.
  const upperBound = Math.max(result.objective, Math.floor(model.base + bound + 1e-6));
  result.upperBound = upperBound;
  result.optimal = upperBound === result.objective;
  const finished = performance.now();
  result.timings = { buildMs: round(built - started, 1), solveMs: round(solved - built, 1), totalMs: round(finished - started, 1) };
  report({ phase: "done", fraction: 1, objective: result.objective, upperBound });
  return result;
}

/**
 * The greedy baseline as a full result. Its upperBound is the bound of the
 * relaxation without pupil limits (exact when there are none).
 */
export function solveGreedy(input: Instance | unknown): Result {
  const started = performance.now();
  const model = buildModel(validateInstance(input));
  const built = performance.now();
  const result = buildResult(model, greedyAssignment(model));
  const relaxation = solveTransport(transportProblem(model));
  result.upperBound = Math.max(result.objective, model.base + relaxation.value);
  result.optimal = result.upperBound === result.objective;
  const finished = performance.now();
  result.timings = { buildMs: round(built - started, 1), solveMs: round(finished - built, 1), totalMs: round(finished - started, 1) };
  return result;
}

export function transportProblem(model: Model) {
  return {
    nGroups: model.nGroups,
    nSlots: model.nSlots,
    edgeStart: model.edgeStart,
    edgeSlot: model.edgeSlot,
    edgeGain: model.edgeGain,
    cap: model.slotGroupCap,
  };
}

/** Result for a full assignment (slot index per group, −1 = unassigned). */
export function buildResult(model: Model, slotOf: Int32Array): Result {
  const { instance } = model;
  const assignments: Result["assignments"] = [];
  const unassigned: Result["unassigned"] = [];
  let objective = 0;
  let first = 0;
  let top3 = 0;
  let kmSum = 0;
  let kmMax = 0;
  for (let g = 0; g < model.nGroups; g++) {
    const s = slotOf[g]!;
    const group = instance.groups[g]!;
    if (s < 0) {
      objective -= instance.scoring.unassignedPenalty;
      unassigned.push({ groupId: group.id, reason: unassignedReason(model, g) });
      continue;
    }
    assignments.push({ groupId: group.id, slotId: instance.slots[s]!.id });
    objective += pairValue(instance, g, s);
    const rank = preferenceRank(instance, g, s);
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) top3++;
    const km = pairKm(instance, g, s);
    kmSum += km;
    kmMax = Math.max(kmMax, km);
  }
  const n = Math.max(1, model.nGroups);
  return {
    version: 1,
    assignments,
    unassigned,
    objective,
    upperBound: objective,
    optimal: false,
    stats: {
      firstChoice: round(first / n, 4),
      top3: round(top3 / n, 4),
      avgKm: assignments.length ? round(kmSum / assignments.length, 2) : 0,
      maxKm: round(kmMax, 2),
    },
    timings: { buildMs: 0, solveMs: 0, totalMs: 0 },
  };
}

function makeReporter(onProgress: SolveOptions["onProgress"]) {
  let last = -1;
  return (progress: Progress) => {
    if (!onProgress) return;
    // Monotone fractions, whatever the phase reports.
    const fraction = Math.min(1, Math.max(last, progress.fraction));
    last = fraction;
    onProgress({ ...progress, fraction: round(fraction, 4) });
  };
}

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
