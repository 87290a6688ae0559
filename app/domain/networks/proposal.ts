/**
 * "Is dit jouw PPS?": the rules of a proposed profile change, as pure
 * functions over canonical profile values (see profile-fields.ts).
 */
import {
  isProfileFieldName,
  normaliseValue,
  PROFILE_FIELD,
  PROFILE_FIELD_NAMES,
  type ProfileFieldName,
  type ProfileValue,
  type ProfileValues,
} from "./profile-fields.ts";

export type ProfileChanges = Partial<ProfileValues>;
export type HistoryChanges = Partial<Record<ProfileFieldName, { from: ProfileValue; to: ProfileValue }>>;

/**
 * Two values of a field are the same: text after trimming, lists as sets
 * (order does not count; a change of case does, so typos can be fixed).
 */
export function sameValue(name: ProfileFieldName, a: unknown, b: unknown): boolean {
  const field = PROFILE_FIELD[name];
  const x = normaliseValue(field, a);
  const y = normaliseValue(field, b);
  if (Array.isArray(x) && Array.isArray(y)) {
    const left = new Set(x);
    const right = new Set(y);
    return left.size === right.size && [...left].every((v) => right.has(v));
  }
  return x === y;
}

/** Only the fields that really change, with their new canonical values, in field order. */
export function diffProfile(current: ProfileValues, proposed: Partial<ProfileValues>): ProfileChanges {
  const changes: Record<string, ProfileValue> = {};
  for (const name of PROFILE_FIELD_NAMES) {
    if (!(name in proposed)) continue;
    const next = normaliseValue(PROFILE_FIELD[name], proposed[name]);
    if (!sameValue(name, current[name], next)) changes[name] = next;
  }
  return changes as ProfileChanges;
}

/** The current values of the fields a change touches: what the proposer saw. */
export function baselineFor(current: ProfileValues, changes: ProfileChanges): ProfileChanges {
  const baseline: Record<string, ProfileValue> = {};
  for (const name of changedFields(changes)) baseline[name] = current[name];
  return baseline as ProfileChanges;
}

/** The profile with the changes applied (unknown fields are ignored). */
export function applyChanges(current: ProfileValues, changes: ProfileChanges): ProfileValues {
  const next: Record<string, ProfileValue> = { ...current };
  for (const name of changedFields(changes)) next[name] = normaliseValue(PROFILE_FIELD[name], changes[name]);
  return next as ProfileValues;
}

/** The field names present in a change set, in field order. */
export function changedFields(changes: Record<string, unknown>): ProfileFieldName[] {
  return PROFILE_FIELD_NAMES.filter((name) => name in changes);
}

/**
 * A stored change set (JSON from the database) read back defensively: only
 * known fields, each in canonical form.
 */
export function readChanges(stored: Record<string, unknown>): ProfileChanges {
  const out: Record<string, ProfileValue> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (isProfileFieldName(name)) out[name] = normaliseValue(PROFILE_FIELD[name], value);
  }
  return out as ProfileChanges;
}

/**
 * What accepting does to the profile as it is now: per field that really
 * changes, from → to. A field someone already set to the proposed value is
 * left out, so the history only records real changes.
 */
export function historyChanges(current: ProfileValues, changes: ProfileChanges): HistoryChanges {
  const out: HistoryChanges = {};
  for (const name of changedFields(changes)) {
    const to = normaliseValue(PROFILE_FIELD[name], changes[name]);
    if (!sameValue(name, current[name], to)) out[name] = { from: current[name], to };
  }
  return out;
}

/**
 * Fields whose value changed since the proposal was made (current ≠
 * baseline): the coordinator must know the proposer saw something else.
 */
export function staleFields(current: ProfileValues, baseline: ProfileChanges): ProfileFieldName[] {
  return changedFields(baseline).filter((name) => !sameValue(name, current[name], baseline[name]));
}

/** For list fields: which items a change adds and which it removes. */
export function listDelta(from: readonly string[], to: readonly string[]): { added: string[]; removed: string[] } {
  const before = new Set(from);
  const after = new Set(to);
  return { added: to.filter((v) => !before.has(v)), removed: from.filter((v) => !after.has(v)) };
}

/** A field's value as plain text, for e-mails and the history ("—" for empty). */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

/** Whole days between two moments (never negative), for "waiting for N days". */
export function ageInDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}
