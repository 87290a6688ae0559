/**
 * Rules for setting up an event: the fields a coordinator fills in, how they
 * must fit together, which status changes are allowed, and which windows may
 * not disappear. Pure functions; errors are message keys per form field.
 */
import { slugify } from "../common/slug.ts";
import { isIsoDate } from "../common/time.ts";
import { EVENT_LEVELS } from "./instance.ts";
import type { EventWindow } from "./entry.ts";

export const EVENT_KINDS = ["feest_van_de_techniek", "girlsday", "techniekdag", "open_dag"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ["draft", "open", "assigning", "published", "done"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Girlsday asks for groups of at least ten girls (seed: Girlsday, VHTO). */
export const GIRLS_ONLY_MIN_GROUP_SIZE = 10;

/** A window as typed in the form; `key` is empty for a new one. */
export type WindowDraft = { key: string; label: string; date: string; start: string; end: string };

export type EventDraft = {
  name: string;
  kind: EventKind;
  description: string;
  startsOn: string;
  endsOn: string | null;
  windows: WindowDraft[];
  hostRegistrationOpensOn: string | null;
  hostRegistrationClosesOn: string | null;
  schoolRegistrationOpensOn: string | null;
  schoolRegistrationClosesOn: string | null;
  targetLevels: string[];
  girlsOnly: boolean;
  minGroupSize: number | null;
  defaultMaxKm: number;
};

export type FieldErrors = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Fills in what follows from the kind: a Girlsday is for girls only, and a
 * girls-only event has a minimum group size (ten unless the coordinator says otherwise).
 */
export function normaliseEventDraft(draft: EventDraft): EventDraft {
  const girlsOnly = draft.girlsOnly || draft.kind === "girlsday";
  const minGroupSize = girlsOnly && draft.minGroupSize == null ? GIRLS_ONLY_MIN_GROUP_SIZE : draft.minGroupSize;
  return { ...draft, name: draft.name.trim(), description: draft.description.trim(), girlsOnly, minGroupSize };
}

/**
 * Keys for new windows: the name made URL-safe; on a multi-day event (or when
 * the name is taken) the date is added. Existing keys stay, since slots and
 * groups refer to them.
 */
export function assignWindowKeys(windows: WindowDraft[], multiDay: boolean): EventWindow[] {
  const taken = new Set(windows.map((w) => w.key).filter(Boolean));
  return windows.map((w) => {
    if (w.key) return { ...w, label: w.label.trim() };
    const base = slugify(w.label) === "organisatie" ? "dagdeel" : slugify(w.label);
    let key = multiDay ? `${w.date}-${base}` : base;
    if (taken.has(key)) key = `${w.date}-${base}`;
    for (let n = 2; taken.has(key); n++) key = `${w.date}-${base}-${n}`;
    taken.add(key);
    return { ...w, key, label: w.label.trim() };
  });
}

/** Every problem with the event as filled in, at most one per field. Empty = fine. */
export function eventDraftErrors(draft: EventDraft): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: string, message: string) => {
    errors[field] ??= message;
  };
  if (draft.name.trim() === "") set("name", "form.required");
  if (draft.name.length > 120) set("name", "events.manage.error.nameTooLong");
  if (!(EVENT_KINDS as readonly string[]).includes(draft.kind)) set("kind", "form.required");

  const startsOk = isIsoDate(draft.startsOn);
  if (!startsOk) set("startsOn", "events.manage.error.date");
  if (draft.endsOn != null) {
    if (!isIsoDate(draft.endsOn)) set("endsOn", "events.manage.error.date");
    else if (startsOk && draft.endsOn < draft.startsOn) set("endsOn", "events.manage.error.endsBeforeStart");
  }
  const lastDay = draft.endsOn && isIsoDate(draft.endsOn) && draft.endsOn >= draft.startsOn ? draft.endsOn : draft.startsOn;

  if (draft.windows.length === 0) set("windows", "events.manage.error.windowsMissing");
  const names = new Set<string>();
  draft.windows.forEach((w, i) => {
    const field = `window${i}`;
    if (w.label.trim() === "") return set(field, "events.manage.error.windowName");
    if (!isIsoDate(w.date)) return set(field, "events.manage.error.windowDate");
    if (startsOk && (w.date < draft.startsOn || w.date > lastDay)) return set(field, "events.manage.error.windowOutside");
    if (!TIME.test(w.start) || !TIME.test(w.end)) return set(field, "events.manage.error.windowTime");
    if (w.start >= w.end) return set(field, "events.manage.error.windowOrder");
    const name = `${w.date}|${w.label.trim().toLocaleLowerCase("nl")}`;
    if (names.has(name)) return set(field, "events.manage.error.windowDuplicate");
    names.add(name);
  });

  for (const who of ["host", "school"] as const) {
    const opensField = `${who}RegistrationOpensOn` as const;
    const closesField = `${who}RegistrationClosesOn` as const;
    const opens = draft[opensField];
    const closes = draft[closesField];
    if (opens != null && !isIsoDate(opens)) set(opensField, "events.manage.error.date");
    if (closes != null && !isIsoDate(closes)) set(closesField, "events.manage.error.date");
    if (opens != null && closes != null && isIsoDate(opens) && isIsoDate(closes) && closes < opens) set(closesField, "events.manage.error.closesBeforeOpens");
    // The entry periods must be over before the day itself: the assignment needs time in between.
    if (startsOk && opens != null && isIsoDate(opens) && opens >= draft.startsOn) set(opensField, "events.manage.error.registrationAfterEvent");
    if (startsOk && closes != null && isIsoDate(closes) && closes >= draft.startsOn) set(closesField, "events.manage.error.registrationAfterEvent");
  }

  if (draft.targetLevels.some((l) => !(EVENT_LEVELS as readonly string[]).includes(l))) set("targetLevels", "events.error.levelsMissing");
  if (draft.minGroupSize != null && (!Number.isInteger(draft.minGroupSize) || draft.minGroupSize < 1 || draft.minGroupSize > 200))
    set("minGroupSize", "events.manage.error.minGroupSize");
  if (draft.girlsOnly && draft.minGroupSize == null) set("minGroupSize", "events.manage.error.minGroupSizeGirls");
  if (draft.kind === "girlsday" && !draft.girlsOnly) set("girlsOnly", "events.manage.error.girlsdayGirlsOnly");
  if (!Number.isInteger(draft.defaultMaxKm) || draft.defaultMaxKm < 1 || draft.defaultMaxKm > 300) set("defaultMaxKm", "events.error.maxKm");
  return errors;
}

/** Keys of windows that were there before and are gone now. */
export function removedWindowKeys(before: { key: string }[], after: { key: string }[]): string[] {
  const kept = new Set(after.map((w) => w.key));
  return before.map((w) => w.key).filter((k) => !kept.has(k));
}

/**
 * Status changes a coordinator makes by hand. "assigning" is reached by
 * starting an assignment run, "published" by publishing, so neither is here;
 * going back from assigning to open reopens the entry periods, which is only safe
 * while no run is writing assignments.
 */
export function statusChangeError(from: EventStatus, to: EventStatus, context: { runInProgress: boolean }): string | null {
  if (from === to) return "events.manage.error.sameStatus";
  if (from === "draft" && to === "open") return null;
  if (from === "open" && to === "draft") return null;
  if (from === "assigning" && to === "open") return context.runInProgress ? "events.error.runInProgress" : null;
  if (from === "published" && to === "done") return null;
  return "events.manage.error.statusChange";
}

/** The status changes offered on the edit page, in the order shown. */
export function nextStatuses(from: EventStatus): EventStatus[] {
  return EVENT_STATUSES.filter((to) => to !== from && statusChangeError(from, to, { runInProgress: false }) === null);
}

/** The event's last day (YYYY-MM-DD), or null when it has no date. */
export function lastDayOf(event: { startsOn: string | null; endsOn: string | null; windows: { date: string }[] }): string | null {
  const days = [event.startsOn, event.endsOn, ...event.windows.map((w) => w.date)].filter((d): d is string => !!d);
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
}

/** A published event is done from the day after its last day (Dutch date). */
export function isFinished(event: { status: EventStatus; startsOn: string | null; endsOn: string | null; windows: { date: string }[] }, today: string): boolean {
  const last = lastDayOf(event);
  return event.status === "published" && last !== null && today > last;
}

/**
 * Withdrawing a slot or a group: the host or school may while its
 * entry period is open; once the assignment has started only the coordinator
 * may, and then the assignments go with it.
 */
export function withdrawalError(input: { byCoordinator: boolean; entryOpen: boolean; status: EventStatus }): string | null {
  if (input.status === "done") return "events.manage.error.eventDone";
  if (input.byCoordinator) return null;
  if (input.status === "published") return "events.manage.error.withdrawPublished";
  if (!input.entryOpen) return "events.manage.error.withdrawClosed";
  return null;
}
