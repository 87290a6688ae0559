import { DomainError } from "../../errors.ts";
import { LEVELS } from "./types.ts";
import type { Group, Instance, Level, LockedPair, Preference, Slot } from "./types.ts";

/**
 * Bad input. The message names the offending item the way a coordinator can
 * find it back in the file: `groups[17] (id "g18"): unknown level "vmbo-x"`.
 */
export class InstanceError extends DomainError {
  readonly item: string;
  constructor(item: string, problem: string) {
    super("invalid", item ? `${item}: ${problem}` : problem, item || undefined);
    this.name = "InstanceError";
    this.item = item;
  }
}

/** Generous bounds that keep every objective exactly representable in a double. */
const MAX_SCORE = 1_000_000;
const MAX_KM_PENALTY = 10_000;
const MAX_SIZE = 100_000;

const levelSet = new Set<string>(LEVELS);

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value) ?? String(value));

function itemName(list: string, index: number, raw: unknown): string {
  const id = isObject(raw) && typeof raw.id === "string" ? ` (id ${JSON.stringify(raw.id)})` : "";
  return `${list}[${index}]${id}`;
}

function requireString(raw: Raw, field: string, item: string): string {
  const value = raw[field];
  if (value === undefined) throw new InstanceError(item, `missing field "${field}"`);
  if (typeof value !== "string" || value.length === 0) throw new InstanceError(item, `"${field}" must be a non-empty string, got ${show(value)}`);
  return value;
}

function requireNumber(raw: Raw, field: string, item: string, check: { min?: number; max?: number; integer?: boolean } = {}): number {
  const value = raw[field];
  if (value === undefined) throw new InstanceError(item, `missing field "${field}"`);
  return checkNumber(value, field, item, check);
}

function optionalNumber(raw: Raw, field: string, item: string, check: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  return checkNumber(value, field, item, check);
}

function checkNumber(value: unknown, field: string, item: string, check: { min?: number; max?: number; integer?: boolean }): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InstanceError(item, `"${field}" must be a number, got ${show(value)}`);
  if (check.integer && !Number.isInteger(value)) throw new InstanceError(item, `"${field}" must be a whole number, got ${value}`);
  if (check.min !== undefined && value < check.min) throw new InstanceError(item, `"${field}" must be at least ${check.min}, got ${value}`);
  if (check.max !== undefined && value > check.max) throw new InstanceError(item, `"${field}" must be at most ${check.max}, got ${value}`);
  return value;
}

function requireArray(raw: Raw, field: string, item: string): unknown[] {
  const value = raw[field];
  if (value === undefined) throw new InstanceError(item, `missing field "${field}"`);
  if (!Array.isArray(value)) throw new InstanceError(item, `"${field}" must be a list, got ${show(value)}`);
  return value;
}

function checkLevel(value: unknown, item: string, field: string): Level {
  if (typeof value !== "string" || !levelSet.has(value)) {
    throw new InstanceError(item, `unknown level ${show(value)} in "${field}" (allowed: ${LEVELS.join(", ")})`);
  }
  return value as Level;
}

function parseGroup(raw: unknown, index: number, rankCount: number): Group {
  const item = itemName("groups", index, raw);
  if (!isObject(raw)) throw new InstanceError(item, `must be an object, got ${show(raw)}`);
  const id = requireString(raw, "id", item);
  const schoolId = requireString(raw, "schoolId", item);
  const size = requireNumber(raw, "size", item, { min: 1, max: MAX_SIZE, integer: true });
  if (raw.level === undefined) throw new InstanceError(item, `missing field "level"`);
  const level = checkLevel(raw.level, item, "level");
  const lat = requireNumber(raw, "lat", item, { min: -90, max: 90 });
  const lon = requireNumber(raw, "lon", item, { min: -180, max: 180 });
  let windows: string[] | undefined;
  if (raw.windows !== undefined && raw.windows !== null) {
    const list = requireArray(raw, "windows", item);
    windows = list.map((window, w) => {
      if (typeof window !== "string" || window.length === 0) throw new InstanceError(item, `windows[${w}] must be a non-empty string, got ${show(window)}`);
      return window;
    });
  }
  const maxKm = optionalNumber(raw, "maxKm", item, { min: 0 });
  const prefList = requireArray(raw, "preferences", item);
  if (prefList.length > rankCount) {
    throw new InstanceError(item, `has ${prefList.length} preferences but scoring.rankScores scores only ${rankCount}`);
  }
  const preferences = prefList.map((pref, p): Preference => {
    const where = `preferences[${p}]`;
    if (!isObject(pref)) throw new InstanceError(item, `${where} must be an object, got ${show(pref)}`);
    const hasHost = pref.hostId !== undefined && pref.hostId !== null;
    const hasSector = pref.sector !== undefined && pref.sector !== null;
    if (hasHost === hasSector) throw new InstanceError(item, `${where} must name exactly one of "hostId" or "sector"`);
    const value = hasHost ? pref.hostId : pref.sector;
    if (typeof value !== "string" || value.length === 0) throw new InstanceError(item, `${where} must be a non-empty string, got ${show(value)}`);
    return hasHost ? { hostId: value } : { sector: value };
  });
  const group: Group = { id, schoolId, size, level, lat, lon, preferences };
  if (windows) group.windows = windows;
  if (maxKm !== undefined) group.maxKm = maxKm;
  return group;
}

function parseSlot(raw: unknown, index: number): Slot {
  const item = itemName("slots", index, raw);
  if (!isObject(raw)) throw new InstanceError(item, `must be an object, got ${show(raw)}`);
  const id = requireString(raw, "id", item);
  const hostId = requireString(raw, "hostId", item);
  const sector = requireString(raw, "sector", item);
  const lat = requireNumber(raw, "lat", item, { min: -90, max: 90 });
  const lon = requireNumber(raw, "lon", item, { min: -180, max: 180 });
  const window = requireString(raw, "window", item);
  const capacity = optionalNumber(raw, "capacity", item, { min: 0, integer: true });
  const maxGroups = optionalNumber(raw, "maxGroups", item, { min: 0, integer: true });
  if (capacity === undefined && maxGroups === undefined) {
    throw new InstanceError(item, `has neither "capacity" (pupils) nor "maxGroups" (groups); give at least one`);
  }
  const levels = requireArray(raw, "levels", item).map((level, l) => checkLevel(level, item, `levels[${l}]`));
  const slot: Slot = { id, hostId, sector, lat, lon, window, levels };
  if (capacity !== undefined) slot.capacity = capacity;
  if (maxGroups !== undefined) slot.maxGroups = maxGroups;
  return slot;
}

function parseLock(raw: unknown, index: number): LockedPair {
  const item = `locked[${index}]`;
  if (!isObject(raw)) throw new InstanceError(item, `must be an object, got ${show(raw)}`);
  return { groupId: requireString(raw, "groupId", item), slotId: requireString(raw, "slotId", item) };
}

function checkUnique(list: { id: string }[], name: string) {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      throw new InstanceError(`${name}[${index}] (id ${JSON.stringify(entry.id)})`, `duplicate id, also used by ${name}[${earlier}]`);
    }
    seen.set(entry.id, index);
  });
}

/**
 * Checks the shape of an instance and returns a clean copy (unknown fields
 * dropped). Throws InstanceError on the first problem found. Feasibility of
 * locked pairs needs distances and is checked when the model is built.
 */
export function validateInstance(input: unknown): Instance {
  if (!isObject(input)) throw new InstanceError("", `the instance must be a JSON object, got ${show(input)}`);
  if (input.version !== 1) throw new InstanceError("version", `must be 1, got ${show(input.version)}`);
  const maxKm = requireNumber(input, "maxKm", "instance", { min: 0 });
  if (!isObject(input.scoring)) throw new InstanceError("scoring", input.scoring === undefined ? "missing" : `must be an object, got ${show(input.scoring)}`);
  const rankScores = requireArray(input.scoring, "rankScores", "scoring").map((score, r) =>
    checkNumber(score, `rankScores[${r}]`, "scoring", { integer: true, min: -MAX_SCORE, max: MAX_SCORE }),
  );
  const kmPenalty = requireNumber(input.scoring, "kmPenalty", "scoring", { min: 0, max: MAX_KM_PENALTY });
  const unassignedPenalty = requireNumber(input.scoring, "unassignedPenalty", "scoring", { integer: true, min: 0, max: MAX_SCORE });
  const groups = requireArray(input, "groups", "instance").map((raw, index) => parseGroup(raw, index, rankScores.length));
  const slots = requireArray(input, "slots", "instance").map((raw, index) => parseSlot(raw, index));
  checkUnique(groups, "groups");
  checkUnique(slots, "slots");
  const instance: Instance = { version: 1, maxKm, scoring: { rankScores, kmPenalty, unassignedPenalty }, groups, slots };
  if (input.locked !== undefined && input.locked !== null) {
    const groupIds = new Set(groups.map((group) => group.id));
    const slotIds = new Set(slots.map((slot) => slot.id));
    const lockedGroups = new Map<string, number>();
    instance.locked = requireArray(input, "locked", "instance").map((raw, index) => {
      const lock = parseLock(raw, index);
      const item = `locked[${index}]`;
      if (!groupIds.has(lock.groupId)) throw new InstanceError(item, `unknown group ${JSON.stringify(lock.groupId)}`);
      if (!slotIds.has(lock.slotId)) throw new InstanceError(item, `unknown slot ${JSON.stringify(lock.slotId)}`);
      const earlier = lockedGroups.get(lock.groupId);
      if (earlier !== undefined) throw new InstanceError(item, `group ${JSON.stringify(lock.groupId)} is already locked by locked[${earlier}]`);
      lockedGroups.set(lock.groupId, index);
      return lock;
    });
  }
  return instance;
}

/** Parses JSON text (e.g. a file) and validates it. */
export function parseInstance(text: string): Instance {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InstanceError("", `malformed JSON: ${(error as Error).message}`);
  }
  return validateInstance(input);
}
