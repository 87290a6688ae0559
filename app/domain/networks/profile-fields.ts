/**
 * The editable fields of a network profile, as data. The proposal form, its
 * validation, the coordinator's diff and the history all read this list, so a
 * field added here is proposable, reviewable and logged without further code.
 */
import { z } from "zod";
import { COOPERATION_TYPES, ECONOMIC_SECTORS, EDUCATION_SECTORS, PROVINCES } from "./vocabulary.ts";

export type ProfileFieldType = "text" | "longtext" | "email" | "url" | "year" | "choice" | "list";

export const PROFILE_FIELD_NAMES = [
  "name",
  "summary",
  "description",
  "province",
  "cooperationType",
  "educationSectors",
  "economicSector",
  "tags",
  "focusAreas",
  "startYear",
  "contactEmail",
  "projectLeader",
  "website",
] as const;
export type ProfileFieldName = (typeof PROFILE_FIELD_NAMES)[number];

export type ProfileField = {
  name: ProfileFieldName;
  type: ProfileFieldType;
  /** Message key of the Dutch (and English) label. */
  label: string;
  /** Message key of a hint shown under the label, if any. */
  hint?: string;
  required?: boolean;
  max?: number;
  /** Choice and list fields: the vocabulary. A list without one takes free text. */
  options?: readonly string[];
  /** What "empty" is stored as: the column is NOT NULL text ("") or nullable (null). */
  empty: "" | null;
};

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { name: "name", type: "text", label: "networks.proposals.field.name", required: true, max: 200, empty: "" },
  { name: "summary", type: "longtext", label: "networks.proposals.field.summary", hint: "networks.proposals.hint.summary", max: 600, empty: "" },
  { name: "description", type: "longtext", label: "networks.proposals.field.description", max: 10_000, empty: "" },
  { name: "province", type: "choice", label: "networks.proposals.field.province", options: PROVINCES, empty: null },
  { name: "cooperationType", type: "choice", label: "networks.proposals.field.cooperationType", options: COOPERATION_TYPES, empty: null },
  { name: "educationSectors", type: "list", label: "networks.proposals.field.educationSectors", options: EDUCATION_SECTORS, empty: null },
  { name: "economicSector", type: "choice", label: "networks.proposals.field.economicSector", options: ECONOMIC_SECTORS, empty: null },
  { name: "tags", type: "list", label: "networks.proposals.field.tags", hint: "networks.proposals.hint.list", max: 80, empty: null },
  { name: "focusAreas", type: "list", label: "networks.proposals.field.focusAreas", hint: "networks.proposals.hint.list", max: 120, empty: null },
  { name: "startYear", type: "year", label: "networks.proposals.field.startYear", empty: null },
  { name: "contactEmail", type: "email", label: "networks.proposals.field.contactEmail", max: 254, empty: null },
  { name: "projectLeader", type: "text", label: "networks.proposals.field.projectLeader", hint: "networks.proposals.hint.projectLeader", max: 200, empty: null },
  { name: "website", type: "url", label: "networks.proposals.field.website", max: 500, empty: null },
];

export const PROFILE_FIELD: Record<ProfileFieldName, ProfileField> = Object.fromEntries(PROFILE_FIELDS.map((f) => [f.name, f])) as Record<
  ProfileFieldName,
  ProfileField
>;

/** A profile's editable values in their stored shape. */
export type ProfileValues = {
  name: string;
  summary: string;
  description: string;
  province: string | null;
  cooperationType: string | null;
  educationSectors: string[];
  economicSector: string | null;
  tags: string[];
  focusAreas: string[];
  startYear: number | null;
  contactEmail: string | null;
  projectLeader: string | null;
  website: string | null;
};
export type ProfileValue = ProfileValues[ProfileFieldName];

export function isProfileFieldName(name: string): name is ProfileFieldName {
  return (PROFILE_FIELD_NAMES as readonly string[]).includes(name);
}

/** The editable values of a stored network row (extra columns are ignored). */
export function profileValuesOf(row: ProfileValues): ProfileValues {
  const out = {} as Record<ProfileFieldName, ProfileValue>;
  for (const name of PROFILE_FIELD_NAMES) out[name] = normaliseValue(PROFILE_FIELD[name], row[name]);
  return out as ProfileValues;
}

/**
 * A value in canonical form: text trimmed, empty text as the field's empty
 * value, list items trimmed, blank items dropped and duplicates (ignoring case)
 * removed. Comparing and storing canonical values keeps stray spaces from
 * showing up as changes.
 */
export function normaliseValue(field: ProfileField, value: unknown): ProfileValue {
  if (field.type === "list") {
    const items = Array.isArray(value) ? value : typeof value === "string" ? splitListText(value) : [];
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of items) {
      if (typeof raw !== "string") continue;
      const item = raw.trim().replace(/\s+/g, " ");
      const key = item.toLocaleLowerCase("nl");
      if (item === "" || seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
    return out;
  }
  if (field.type === "year") {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value.trim());
    return null;
  }
  if (typeof value !== "string") return field.empty;
  const text = field.type === "longtext" ? value.replace(/\r\n/g, "\n").trim() : value.trim();
  return text === "" ? field.empty : text;
}

/**
 * Free-text lists are typed one item per line. Commas do not separate: a tag
 * or focus area may contain one ("Bouw, installatie en energie").
 */
export function splitListText(text: string): string[] {
  return text.split(/\r?\n/);
}

/** How a list is shown in its textarea: one item per line. */
export function listText(items: readonly string[]): string {
  return items.join("\n");
}

const CURRENT_YEAR_LIMIT = 2100;

/** Length messages name the limit; each limit in PROFILE_FIELDS has its own message key. */
export const tooLongKey = (max: number) => `networks.proposals.fieldError.tooLong.${max}`;
export const itemTooLongKey = (max: number) => `networks.proposals.fieldError.itemTooLong.${max}`;

/**
 * The Zod schema of one field: takes what the form posted and yields the
 * canonical value. Messages are message keys (app/i18n/messages/proposals.ts).
 * Choice fields accept any short text here; whether a new value belongs to the
 * vocabulary is checked against the current profile (see outsideVocabulary),
 * because a profile may already hold a value the vocabulary does not list.
 */
export function fieldSchema(field: ProfileField, options: { maxYear?: number } = {}): z.ZodType<ProfileValue> {
  const canonical = (v: unknown) => normaliseValue(field, v);
  switch (field.type) {
    case "text":
    case "longtext": {
      const max = field.max ?? 500;
      const text = z.string().max(max, { error: tooLongKey(max) });
      return z.preprocess(
        (v) => canonical(v ?? ""),
        field.required ? text.min(1, { error: "form.required" }) : field.empty === "" ? text : text.nullable(),
      ) as z.ZodType<ProfileValue>;
    }
    case "email":
      return z.preprocess(
        (v) => canonical(v ?? ""),
        z.email({ error: "networks.proposals.fieldError.email" }).max(field.max ?? 254, { error: "networks.proposals.fieldError.email" }).nullable(),
      ) as z.ZodType<ProfileValue>;
    case "url":
      return z.preprocess(
        (v) => canonical(v ?? ""),
        z
          .string()
          .max(field.max ?? 500, { error: "networks.proposals.fieldError.url" })
          .refine(isWebAddress, { error: "networks.proposals.fieldError.url" })
          .nullable(),
      ) as z.ZodType<ProfileValue>;
    case "year": {
      const maxYear = Math.min(options.maxYear ?? CURRENT_YEAR_LIMIT, CURRENT_YEAR_LIMIT);
      return z.preprocess(
        (v) => {
          if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
          const year = canonical(v);
          return year === null ? v : year;
        },
        z
          .number({ error: "networks.proposals.fieldError.year" })
          .int({ error: "networks.proposals.fieldError.year" })
          .min(1900, { error: "networks.proposals.fieldError.year" })
          .max(maxYear, { error: "networks.proposals.fieldError.year" })
          .nullable(),
      ) as z.ZodType<ProfileValue>;
    }
    case "choice":
      return z.preprocess((v) => canonical(v ?? ""), z.string().max(200, { error: "networks.proposals.fieldError.choice" }).nullable()) as z.ZodType<ProfileValue>;
    case "list": {
      const max = field.max ?? 120;
      return z.preprocess(
        (v) => canonical(v ?? []),
        z.array(z.string().max(max, { error: itemTooLongKey(max) })).max(50, { error: "networks.proposals.fieldError.tooMany" }),
      ) as z.ZodType<ProfileValue>;
    }
  }
}

function isWebAddress(value: string | null): boolean {
  if (value === null) return true;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The schema of the whole profile form: every field at once, canonical values out. */
export function profileSchema(options: { maxYear?: number } = {}) {
  const shape = {} as Record<ProfileFieldName, z.ZodType<ProfileValue>>;
  for (const field of PROFILE_FIELDS) shape[field.name] = fieldSchema(field, options);
  return z.object(shape) as unknown as z.ZodType<ProfileValues>;
}

/**
 * The first changed field whose new value is outside its vocabulary, if any.
 * Only what changes is checked: a value the profile already holds stays
 * acceptable even when the vocabulary does not list it.
 */
export function outsideVocabulary(changes: Partial<ProfileValues>, current: ProfileValues): ProfileFieldName | null {
  for (const [name, value] of Object.entries(changes) as [ProfileFieldName, ProfileValue][]) {
    const field = PROFILE_FIELD[name];
    if (!field?.options) continue;
    const allowed = new Set<string>(field.options);
    const before = current[name];
    if (Array.isArray(before)) before.forEach((v) => allowed.add(v));
    else if (typeof before === "string") allowed.add(before);
    if (field.type === "choice" && typeof value === "string" && !allowed.has(value)) return name;
    if (field.type === "list" && Array.isArray(value) && value.some((v) => !allowed.has(v))) return name;
  }
  return null;
}
