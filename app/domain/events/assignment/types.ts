/**
 * The tech-day assignment format (shared/formats/tech-day-assignment.md),
 * as TypeScript types. The CLI and the web app build the same `Instance`.
 *
 * Extension to the shared format: `locked` (optional) lists pairs that must
 * stay in the result, e.g. visits a coordinator already confirmed. Each locked
 * pair must be feasible, a group may be locked once, and the locks together
 * must fit every slot's capacity and maxGroups; otherwise solving fails with an
 * error naming the lock.
 */

export const LEVELS = ["po", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo", "mbo"] as const;
export type Level = (typeof LEVELS)[number];

export type Preference = { hostId: string; sector?: undefined } | { sector: string; hostId?: undefined };

export type Group = {
  id: string;
  schoolId: string;
  size: number;
  level: Level;
  lat: number;
  lon: number;
  /** Absent: every window. */
  windows?: string[];
  /** Overrides the top-level maxKm for this group. */
  maxKm?: number;
  preferences: Preference[];
};

export type Slot = {
  id: string;
  hostId: string;
  sector: string;
  lat: number;
  lon: number;
  window: string;
  /** In pupils; absent means no pupil limit. */
  capacity?: number;
  /** In groups; absent means no group limit. */
  maxGroups?: number;
  levels: Level[];
};

export type Scoring = { rankScores: number[]; kmPenalty: number; unassignedPenalty: number };

export type LockedPair = { groupId: string; slotId: string };

export type Instance = {
  version: 1;
  maxKm: number;
  scoring: Scoring;
  groups: Group[];
  slots: Slot[];
  locked?: LockedPair[];
};

export const UNASSIGNED_REASONS = [
  "no-slot-for-level",
  "no-slot-in-window",
  "no-slot-within-distance",
  "too-large-for-every-slot",
  "capacity",
] as const;
export type UnassignedReason = (typeof UNASSIGNED_REASONS)[number];

export type Assignment = { groupId: string; slotId: string };

export type Stats = {
  /** Share of ALL groups (assigned or not) placed at their first preference. */
  firstChoice: number;
  /** Share of ALL groups placed at one of their first three preferences. */
  top3: number;
  /** Mean and largest distance over assigned groups (0 when none). */
  avgKm: number;
  maxKm: number;
};

export type Result = {
  version: 1;
  assignments: Assignment[];
  unassigned: { groupId: string; reason: UnassignedReason }[];
  objective: number;
  upperBound: number;
  optimal: boolean;
  stats: Stats;
  timings: { buildMs: number; solveMs: number; totalMs: number };
};

export type Progress = {
  phase: "build" | "solve" | "bound" | "search" | "done";
  /** 0..1 within the whole solve, monotone. */
  fraction: number;
  objective?: number;
  upperBound?: number;
};

export type SolveOptions = {
  /**
   * Wall-clock limit in milliseconds (default 10 s). With pupil capacities the
   * search uses all of it to improve its solution unless it proves it optimal
   * sooner.
   */
  timeLimitMs?: number;
  /** Seed of the improvement search (default 1). */
  seed?: number;
  /**
   * At most this many rounds of the improvement search: with a generous time
   * limit the result is then the same on any machine (tests, reproductions).
   */
  searchRounds?: number;
  onProgress?: (progress: Progress) => void;
};
