import { z } from "zod";
import { type AvailablePeriod, type DateOption } from "./availability.ts";
import { isIsoDate } from "../common/time.ts";
import {
  LESSON_LEVELS,
  MAX_DATE_OPTIONS,
  MAX_TRAVEL_RADIUS_KM,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  OFFER_LOCATIONS,
  REQUEST_MODES,
  REQUEST_PLACES,
  type LessonLevel,
  type OfferKind,
  type OfferLanguage,
  type OfferLocation,
  type RequestMode,
  type RequestPlace,
} from "./vocabulary.ts";

/** What an offer is made of, as the use-cases take it. */
export type OfferInput = {
  organisationId: string;
  kind: OfferKind;
  title: string;
  description: string;
  topics: string[];
  tags: string[];
  levels: LessonLevel[];
  groupSizeMin: number;
  groupSizeMax: number;
  durationMinutes: number;
  locations: OfferLocation[];
  travelRadiusKm: number;
  weekdays: number[];
  availablePeriods: AvailablePeriod[];
  blackoutDates: string[];
  maxPerMonth: number | null;
  language: OfferLanguage;
  contactName: string | null;
  contactEmail: string | null;
  preparationTips: string;
};

export type RequestInput = {
  schoolOrganisationId: string;
  kind: OfferKind;
  title: string;
  topics: string[];
  freeText: string;
  level: LessonLevel;
  pupils: number;
  groups: number;
  dateOptions: DateOption[];
  periodFrom: string | null;
  periodUntil: string | null;
  place: RequestPlace;
  placeName: string | null;
  maxTravelKm: number | null;
  notes: string;
  mode: RequestMode;
  directOfferId: string | null;
};

const O = {
  kind: "offerForm.error.kind",
  title: "offerForm.error.title",
  titleLong: "offerForm.error.titleLong",
  description: "offerForm.error.description",
  topics: "offerForm.error.topics",
  levels: "offerForm.error.levels",
  locations: "offerForm.error.locations",
  weekdays: "offerForm.error.weekdays",
  groupSizeMin: "offerForm.error.groupSizeMin",
  groupSizeMax: "offerForm.error.groupSizeMax",
  duration: "offerForm.error.duration",
  radius: "offerForm.error.radius",
  date: "offerForm.error.date",
  periodOrder: "offerForm.error.periodOrder",
  blackout: "offerForm.error.blackout",
  maxPerMonth: "offerForm.error.maxPerMonth",
  email: "offerForm.error.email",
  tooLong: "offerForm.error.tooLong",
  organisation: "offerForm.error.organisation",
} as const;

const R = {
  kind: "requestForm.error.kind",
  subject: "requestForm.error.subject",
  topicsOrText: "requestForm.error.topicsOrText",
  level: "requestForm.error.level",
  pupils: "requestForm.error.pupils",
  groups: "requestForm.error.groups",
  date: "requestForm.error.date",
  time: "requestForm.error.time",
  datesOrPeriod: "requestForm.error.datesOrPeriod",
  periodOrder: "requestForm.error.periodOrder",
  place: "requestForm.error.place",
  maxTravel: "requestForm.error.maxTravel",
  school: "requestForm.error.school",
  tooLong: "requestForm.error.tooLong",
} as const;

export const LIMITS = { title: 150, description: 5000, tags: 20, tag: 40, name: 200, email: 254, notes: 2000, freeText: 1000 } as const;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const text = (max: number, message: string) => z.preprocess((v) => (v === undefined ? "" : trimmed(v)), z.string().max(max, message));
const required = (max: number, missing: string, long: string) =>
  z.preprocess(trimmed, z.string({ error: missing }).min(1, missing).max(max, long));
const optionalText = (max: number, message: string) => z.preprocess(emptyToUndefined, z.string().max(max, message).optional());
/** A whole number typed into a text box; "12 " and "12" alike, "12,5" or "twaalf" not. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v), z.number({ error: message }).int(message).min(min, message).max(max, message));
const optionalWholeNumber = (min: number, max: number, message: string) => z.preprocess(emptyToUndefined, wholeNumber(min, max, message).optional());
const isoDate = (message: string) => z.preprocess(emptyToUndefined, z.string().refine(isIsoDate, message).optional());
const uuid = (message: string) => z.preprocess(emptyToUndefined, z.uuid({ error: message }));

/** Comma-separated free tags: trimmed, lower case, no duplicates. */
export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(/[,;\n]/).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** A date as people in the Netherlands write it (day, month, year: 5-5-2026, 05/05/2026, 5.5.2026). */
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * Comma-separated dates, as ISO dates (2026-05-05) or the Dutch way (5-5-2026), returned as ISO
 * dates; null when one of them is not a date.
 */
export function parseDateList(raw: string): string[] | null {
  const parts = raw.split(/[,;\s]+/).map((d) => d.trim()).filter(Boolean);
  const dates = parts.map((d) => {
    const dutch = DUTCH_DATE.exec(d);
    return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}` : d;
  });
  if (dates.some((d) => !isIsoDate(d))) return null;
  return [...new Set(dates)].sort();
}

/** ISO dates for the form's field, the Dutch way its hint shows (5-5-2026); parseDateList reads them back. */
export function formatDateList(dates: readonly string[]): string {
  return dates.map((d) => d.split("-").reverse().map(Number).join("-")).join(", ");
}

/** Reads raw form values leniently, for cross-field rules that must run even when a field failed. */
function loose(raw: unknown) {
  const record = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === "string" ? (record[key] as string).trim() : "");
  return {
    text,
    list: (key: string) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : record[key] === undefined ? [] : [record[key]]),
    number: (key: string) => (/^\d+$/.test(text(key)) ? Number(text(key)) : null),
    failed: (result: { error?: { issues: { path: PropertyKey[] }[] } }, key: string) => !!result.error?.issues.some((i) => i.path[0] === key),
  };
}

const offerShape = z.object({
  organisationId: uuid(O.organisation),
  kind: z.enum(OFFER_KINDS, { error: O.kind }),
  title: required(LIMITS.title, O.title, O.titleLong),
  description: required(LIMITS.description, O.description, O.tooLong),
  topics: list(z.string().max(80, O.topics)).refine((v) => v.length > 0, O.topics),
  tags: text(LIMITS.tags * LIMITS.tag, O.tooLong),
  levels: list(z.enum(LESSON_LEVELS, { error: O.levels })).refine((v) => v.length > 0, O.levels),
  groupSizeMin: wholeNumber(1, 500, O.groupSizeMin),
  groupSizeMax: wholeNumber(1, 500, O.groupSizeMax),
  durationMinutes: wholeNumber(15, 2400, O.duration),
  locations: list(z.enum(OFFER_LOCATIONS, { error: O.locations })).refine((v) => v.length > 0, O.locations),
  travelRadiusKm: wholeNumber(0, MAX_TRAVEL_RADIUS_KM, O.radius),
  weekdays: list(z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().min(1, O.weekdays).max(7, O.weekdays))).refine(
    (v) => v.length > 0,
    O.weekdays,
  ),
  periodFrom: isoDate(O.date),
  periodUntil: isoDate(O.date),
  blackoutDates: text(2000, O.tooLong),
  maxPerMonth: optionalWholeNumber(1, 100, O.maxPerMonth),
  language: z.preprocess((v) => v ?? "nl", z.enum(OFFER_LANGUAGES)),
  contactName: optionalText(LIMITS.name, O.tooLong),
  contactEmail: z.preprocess(emptyToUndefined, z.email({ error: O.email }).max(LIMITS.email, O.email).optional()),
  preparationTips: text(LIMITS.description, O.tooLong),
});

/**
 * The offer form. All messages come back in one round; cross-field rules (group sizes, period
 * order, blackout list) are checked here too so each message lands beside its own field.
 */
export const offerFormSchema = z.unknown().transform((raw, ctx): OfferInput => {
  const parsed = offerShape.safeParse(raw);
  for (const issue of parsed.error?.issues ?? []) ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: raw });
  // Cross-field rules run on what was typed, so their messages come in the same round as the rest.
  const r = loose(raw);
  const min = r.number("groupSizeMin");
  const max = r.number("groupSizeMax");
  if (min !== null && max !== null && max < min && !r.failed(parsed, "groupSizeMax"))
    ctx.issues.push({ code: "custom", message: O.groupSizeMax, path: ["groupSizeMax"], input: raw });
  const from = r.text("periodFrom");
  const until = r.text("periodUntil");
  if (from && until && isIsoDate(from) && isIsoDate(until) && from > until) ctx.issues.push({ code: "custom", message: O.periodOrder, path: ["periodUntil"], input: raw });
  if ((from && !until) || (!from && until)) ctx.issues.push({ code: "custom", message: O.date, path: [from ? "periodUntil" : "periodFrom"], input: raw });
  const blackout = parseDateList(r.text("blackoutDates"));
  if (blackout === null) ctx.issues.push({ code: "custom", message: O.blackout, path: ["blackoutDates"], input: raw });
  const tags = parseTags(r.text("tags"));
  if (tags.length > LIMITS.tags || tags.some((t) => t.length > LIMITS.tag)) ctx.issues.push({ code: "custom", message: O.tooLong, path: ["tags"], input: raw });
  if (!parsed.success || ctx.issues.length > 0) return z.NEVER;
  const v = parsed.data;
  return {
    organisationId: v.organisationId,
    kind: v.kind,
    title: v.title,
    description: v.description,
    topics: [...new Set(v.topics)],
    tags,
    levels: LESSON_LEVELS.filter((l) => v.levels.includes(l)),
    groupSizeMin: v.groupSizeMin,
    groupSizeMax: v.groupSizeMax,
    durationMinutes: v.durationMinutes,
    locations: OFFER_LOCATIONS.filter((l) => v.locations.includes(l)),
    travelRadiusKm: v.travelRadiusKm,
    weekdays: [...new Set(v.weekdays)].sort(),
    availablePeriods: v.periodFrom && v.periodUntil ? [{ from: v.periodFrom, until: v.periodUntil }] : [],
    blackoutDates: blackout ?? [],
    maxPerMonth: v.maxPerMonth ?? null,
    language: v.language,
    contactName: v.contactName ?? null,
    contactEmail: v.contactEmail?.toLowerCase() ?? null,
    preparationTips: v.preparationTips,
  };
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const optionalTime = z.preprocess(emptyToUndefined, z.string().regex(TIME, R.time).optional());

const requestShape = z.object({
  schoolOrganisationId: uuid(R.school),
  kind: z.enum(OFFER_KINDS, { error: R.kind }),
  title: required(LIMITS.title, R.subject, R.tooLong),
  topics: list(z.string().max(80)),
  freeText: text(LIMITS.freeText, R.tooLong),
  level: z.enum(LESSON_LEVELS, { error: R.level }),
  pupils: wholeNumber(1, 500, R.pupils),
  groups: wholeNumber(1, 20, R.groups),
  date1: isoDate(R.date),
  date2: isoDate(R.date),
  date3: isoDate(R.date),
  time1: optionalTime,
  time2: optionalTime,
  time3: optionalTime,
  periodFrom: isoDate(R.date),
  periodUntil: isoDate(R.date),
  place: z.enum(REQUEST_PLACES, { error: R.place }),
  placeName: optionalText(100, R.tooLong),
  maxTravelKm: optionalWholeNumber(1, MAX_TRAVEL_RADIUS_KM, R.maxTravel),
  notes: text(LIMITS.notes, R.tooLong),
  mode: z.preprocess((v) => v ?? "open", z.enum(REQUEST_MODES)),
  directOfferId: z.preprocess(emptyToUndefined, z.uuid().optional()),
});

/** The request form: up to three date options (date + optional start time) or a period. */
export const requestFormSchema = z.unknown().transform((raw, ctx): RequestInput => {
  const parsed = requestShape.safeParse(raw);
  for (const issue of parsed.error?.issues ?? []) ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: raw });
  const r = loose(raw);
  const options: DateOption[] = [];
  for (let n = 1; n <= MAX_DATE_OPTIONS; n++) {
    const date = r.text(`date${n}`);
    const time = r.text(`time${n}`);
    if (date) options.push({ date, startTime: time || null });
    else if (time) ctx.issues.push({ code: "custom", message: R.date, path: [`date${n}`], input: raw });
  }
  const from = r.text("periodFrom");
  const until = r.text("periodUntil");
  const hasPeriod = !!(from || until);
  if (options.length === 0 && !hasPeriod) ctx.issues.push({ code: "custom", message: R.datesOrPeriod, path: ["date1"], input: raw });
  if (hasPeriod && options.length === 0) {
    if (!from || !until) ctx.issues.push({ code: "custom", message: R.date, path: [from ? "periodUntil" : "periodFrom"], input: raw });
    else if (isIsoDate(from) && isIsoDate(until) && from > until) ctx.issues.push({ code: "custom", message: R.periodOrder, path: ["periodUntil"], input: raw });
  }
  if (r.list("topics").length === 0 && !r.text("freeText")) ctx.issues.push({ code: "custom", message: R.topicsOrText, path: ["topics"], input: raw });
  const pupils = r.number("pupils");
  const groups = r.number("groups");
  if (pupils !== null && groups !== null && groups > pupils && !r.failed(parsed, "groups"))
    ctx.issues.push({ code: "custom", message: R.groups, path: ["groups"], input: raw });
  if (r.text("mode") === "direct" && !r.text("directOfferId")) ctx.issues.push({ code: "custom", message: "requestForm.error.offer", path: ["_form"], input: raw });
  if (!parsed.success || ctx.issues.length > 0) return z.NEVER;
  const v = parsed.data;
  return {
    schoolOrganisationId: v.schoolOrganisationId,
    kind: v.kind,
    title: v.title,
    topics: [...new Set(v.topics)],
    freeText: v.freeText,
    level: v.level,
    pupils: v.pupils,
    groups: v.groups,
    // Dates win over a period: the form asks for one or the other.
    dateOptions: options,
    periodFrom: options.length === 0 ? (v.periodFrom ?? null) : null,
    periodUntil: options.length === 0 ? (v.periodUntil ?? null) : null,
    place: v.place,
    placeName: v.placeName ?? null,
    maxTravelKm: v.maxTravelKm ?? null,
    notes: v.notes,
    mode: v.mode,
    directOfferId: v.mode === "direct" ? (v.directOfferId ?? null) : null,
  };
});

/** Rules that need the date of today or the platform's topic list (checked in the use-cases). */
export function requestProblems(input: RequestInput, today: string, knownTopics: ReadonlySet<string>): Record<string, string> {
  const problems: Record<string, string> = {};
  input.dateOptions.forEach((o, i) => {
    if (o.date < today) problems[`date${i + 1}`] ??= "requestForm.error.datePast";
  });
  if (input.periodUntil && input.periodUntil < today) problems.periodUntil = "requestForm.error.datePast";
  if (input.topics.some((t) => !knownTopics.has(t))) problems.topics = "requestForm.error.topicUnknown";
  return problems;
}

export function offerProblems(input: OfferInput, knownTopics: ReadonlySet<string>): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.topics.some((t) => !knownTopics.has(t))) problems.topics = "offerForm.error.topicUnknown";
  return problems;
}
