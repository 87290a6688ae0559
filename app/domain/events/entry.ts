/**
 * Rules for entries to an event (a host's slot, a school's group — "registration"
 * is a person's place on a course): when hosts and schools may enter, and what a
 * slot or a group must satisfy. Errors carry a message key and the
 * form field they belong to.
 */
import { invalid } from "../errors.ts";
import { EVENT_LEVELS, MAX_PREFERENCES } from "./instance.ts";

export type EventWindow = { key: string; label: string; date: string; start: string; end: string };

/** The `…Registration…On` fields mirror the event table's columns (host_registration_opens_on …): they are the entry periods. */
export type EventRules = {
  status: "draft" | "open" | "assigning" | "published" | "done";
  windows: EventWindow[];
  targetLevels: string[];
  girlsOnly: boolean;
  minGroupSize: number | null;
  hostRegistrationOpensOn: string | null;
  hostRegistrationClosesOn: string | null;
  schoolRegistrationOpensOn: string | null;
  schoolRegistrationClosesOn: string | null;
};

export type EntryPhase = "not_open" | "open" | "closed";

/** Whether hosts or schools may enter on a given day (YYYY-MM-DD, Dutch time), inclusive dates. */
export function entryPhase(event: EventRules, who: "host" | "school", today: string): EntryPhase {
  const opens = who === "host" ? event.hostRegistrationOpensOn : event.schoolRegistrationOpensOn;
  const closes = who === "host" ? event.hostRegistrationClosesOn : event.schoolRegistrationClosesOn;
  if (event.status === "draft") return "not_open";
  if (event.status !== "open") return "closed";
  if (opens && today < opens) return "not_open";
  if (closes && today > closes) return "closed";
  return "open";
}

export type SlotDraft = {
  window: string;
  capacityPupils: number | null;
  maxGroups: number | null;
  levels: string[];
  activity: string;
};

export function checkSlot(event: EventRules, slot: SlotDraft) {
  if (!event.windows.some((w) => w.key === slot.window)) throw invalid("events.error.window", "window");
  if (slot.capacityPupils == null && slot.maxGroups == null) throw invalid("events.error.capacityMissing", "capacityPupils");
  if (slot.capacityPupils != null && (!Number.isInteger(slot.capacityPupils) || slot.capacityPupils < 1 || slot.capacityPupils > 2000))
    throw invalid("events.error.capacity", "capacityPupils");
  if (slot.maxGroups != null && (!Number.isInteger(slot.maxGroups) || slot.maxGroups < 1 || slot.maxGroups > 100))
    throw invalid("events.error.maxGroups", "maxGroups");
  if (slot.levels.length === 0) throw invalid("events.error.levelsMissing", "levels");
  if (slot.levels.some((l) => !(EVENT_LEVELS as readonly string[]).includes(l))) throw invalid("events.error.levelsMissing", "levels");
  if (slot.activity.trim() === "") throw invalid("form.required", "activity");
}

export type GroupDraft = {
  label: string;
  size: number;
  level: string;
  windows: string[];
  preferences: ({ hostId: string } | { sector: string })[];
  maxKm: number | null;
  girlsOnlyConfirmed: boolean;
};

export function checkGroup(event: EventRules, group: GroupDraft) {
  if (group.label.trim() === "") throw invalid("form.required", "label");
  if (!Number.isInteger(group.size) || group.size < 1 || group.size > 200) throw invalid("events.error.size", "size");
  if (event.minGroupSize != null && group.size < event.minGroupSize) throw invalid("events.error.sizeBelowMinimum", "size");
  if (!(EVENT_LEVELS as readonly string[]).includes(group.level)) throw invalid("form.required", "level");
  if (event.targetLevels.length > 0 && !event.targetLevels.includes(group.level)) throw invalid("events.error.levelNotTargeted", "level");
  if (group.windows.some((w) => !event.windows.some((x) => x.key === w))) throw invalid("events.error.window", "windows");
  if (group.preferences.length > MAX_PREFERENCES) throw invalid("events.error.tooManyPreferences", "preferences");
  const keys = group.preferences.map((p) => ("hostId" in p ? `h:${p.hostId}` : `s:${p.sector.toLowerCase()}`));
  if (new Set(keys).size !== keys.length) throw invalid("events.error.duplicatePreference", "preferences");
  if (group.maxKm != null && (!Number.isInteger(group.maxKm) || group.maxKm < 1 || group.maxKm > 300)) throw invalid("events.error.maxKm", "maxKm");
  if (event.girlsOnly && !group.girlsOnlyConfirmed) throw invalid("events.error.girlsOnly", "girlsOnlyConfirmed");
}
