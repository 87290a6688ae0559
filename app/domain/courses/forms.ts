import { z } from "zod";
import { UUID_PATTERN } from "../common/ids.ts";
import { isIsoDate } from "../common/time.ts";
import { parsePrice } from "./format.ts";
import { amsterdamDate } from "../common/time.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, NEED_FORMATS, TARGET_GROUPS } from "./vocabulary.ts";

/**
 * Every message the course and need forms can give: keys of app/i18n/messages/courses.ts, so the
 * English page shows English. Form refusals carry no params (they travel as plain strings beside
 * the fields), so a length limit has a key per limit.
 */
export const COURSE_ERRORS = {
  tooLong: (max: 100 | 200 | 300 | 3000 | 10000) => `courses.error.tooLong.${max}`,
  provider: "courses.error.provider",
  network: "courses.error.network",
  title: "courses.error.title",
  summary: "courses.error.summary",
  topicUnknown: "courses.error.topicUnknown",
  topics: "courses.error.topics",
  targetGroupUnknown: "courses.error.targetGroupUnknown",
  targetGroups: "courses.error.targetGroups",
  level: "courses.error.level",
  format: "courses.error.format",
  price: "courses.error.price",
  date: "courses.error.date",
  startTime: "courses.error.startTime",
  endTime: "courses.error.endTime",
  endDate: "courses.error.endDate",
  location: "courses.error.location",
  capacity: "courses.error.capacity",
  minParticipants: "courses.error.minParticipants",
  deadline: "courses.error.deadline",
  endAfterStart: "courses.error.endAfterStart",
  deadlineBeforeSession: "courses.error.deadlineBeforeSession",
  minAboveCapacity: "courses.error.minAboveCapacity",
  place: "courses.error.place",
  company: "courses.error.company",
  employeesNone: "courses.error.employeesNone",
  employeesMax: "courses.error.employeesMax",
  employeeLine: "courses.error.employeeLine",
  needTopic: "courses.needs.error.topic",
  needDescription: "courses.needs.error.description",
  needEmployees: "courses.needs.error.employees",
  needPeriodStart: "courses.needs.error.periodStart",
  needPeriodEnd: "courses.needs.error.periodEnd",
  needPeriodOrder: "courses.needs.error.periodOrder",
  needFormat: "courses.needs.error.format",
} as const;
const E = COURSE_ERRORS;

/** The highest price a course can have, in cents (€ 100.000): far above any course, far below int4. */
export const MAX_PRICE_CENTS = 10_000_000;
export const MAX_CAPACITY = 1000;
export const MAX_NEED_EMPLOYEES = 10_000;
export const MAX_EMPLOYEES_AT_ONCE = 50;

/** Loosely shaped like a uuid: enough to keep other text away from a uuid column (22P02). */

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
type Max = Parameters<typeof E.tooLong>[0];
const required = (max: Max, message: string) => z.preprocess(trimmed, z.string({ error: message }).min(1, message).max(max, E.tooLong(max)));
// A repeated field (an array) is not text: refused beside the field rather than read as empty.
const optional = (max: Max) => z.preprocess((v) => (v === undefined ? "" : trimmed(v)), z.string({ error: E.tooLong(max) }).max(max, E.tooLong(max)));
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });
const uuid = (message: string) => z.string({ error: message }).regex(UUID_PATTERN, message);
/** Digits only: "1e3", "0x10", "-1", "1.5" and NaN are no counts of people or places. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d{1,9}\s*$/.test(v) ? Number(v.trim()) : typeof v === "string" && v.trim() === "" ? undefined : NaN),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );
/** A real calendar date: 2026-02-30 is refused here, beside its field, not by the database. */
const isoDate = (message: string) => z.preprocess(trimmed, z.string({ error: message }).refine(isIsoDate, message));
/** A real time of day, 00:00 to 23:59. */
const clock = (message: string) => z.preprocess(trimmed, z.string({ error: message }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, message));

export const courseFormSchema = z.object({
  providerId: uuid(E.provider),
  networkId: z.preprocess(emptyToUndefined, uuid(E.network).optional()),
  title: required(200, E.title),
  summary: required(300, E.summary),
  description: optional(10000),
  topics: z.preprocess(list, z.array(choice(COURSE_TOPICS, E.topicUnknown), { error: E.topics }).min(1, E.topics)),
  targetGroups: z.preprocess(list, z.array(choice(TARGET_GROUPS, E.targetGroupUnknown), { error: E.targetGroups }).min(1, E.targetGroups)),
  level: choice(COURSE_LEVELS, E.level),
  format: choice(COURSE_FORMATS, E.format),
  duration: optional(200),
  price: z.preprocess((v) => (v === undefined ? "" : trimmed(v)), z.string({ error: E.price }).max(20, E.price)).transform((v, ctx) => {
    const cents = parsePrice(v);
    if (cents === null || cents < 0 || cents > MAX_PRICE_CENTS) {
      ctx.issues.push({ code: "custom", message: E.price, input: v });
      return z.NEVER;
    }
    return cents;
  }),
  leadsTo: optional(200),
  intent: z.enum(["draft", "publish"]).catch("draft"),
});
export type CourseFormData = z.infer<typeof courseFormSchema>;
export type CourseInput = Omit<CourseFormData, "price" | "intent"> & { priceCents: number };

export const sessionFormSchema = z
  .object({
    date: isoDate(E.date),
    startTime: clock(E.startTime),
    endTime: clock(E.endTime),
    endDate: z.preprocess(emptyToUndefined, isoDate(E.endDate).optional()),
    locationId: z.preprocess(emptyToUndefined, uuid(E.location).optional()),
    address: optional(200),
    place: optional(100),
    capacity: wholeNumber(E.capacity, 1, MAX_CAPACITY),
    minParticipants: z.preprocess((v) => (v === "" || v === undefined ? "0" : v), wholeNumber(E.minParticipants, 0, MAX_CAPACITY)),
    deadline: isoDate(E.deadline),
  })
  .transform((v, ctx) => {
    const startsAt = amsterdamDate(v.date, v.startTime);
    const endsAt = amsterdamDate(v.endDate ?? v.date, v.endTime);
    // The deadline day counts in full.
    const deadline = amsterdamDate(v.deadline, "23:59");
    // Real dates and times that still give no moment: a time skipped when the clocks go forward.
    if (!startsAt) ctx.issues.push({ code: "custom", message: E.startTime, path: ["startTime"], input: v.startTime });
    if (!endsAt) ctx.issues.push({ code: "custom", message: E.endTime, path: ["endTime"], input: v.endTime });
    if (!deadline) ctx.issues.push({ code: "custom", message: E.deadline, path: ["deadline"], input: v.deadline });
    if (startsAt && endsAt && endsAt <= startsAt) ctx.issues.push({ code: "custom", message: E.endAfterStart, path: ["endTime"], input: v.endTime });
    if (startsAt && deadline && deadline > startsAt) ctx.issues.push({ code: "custom", message: E.deadlineBeforeSession, path: ["deadline"], input: v.deadline });
    if (v.minParticipants > v.capacity) ctx.issues.push({ code: "custom", message: E.minAboveCapacity, path: ["minParticipants"], input: v.minParticipants });
    if (!v.locationId && (v.address || v.place) && !v.place) ctx.issues.push({ code: "custom", message: E.place, path: ["place"], input: v.place });
    if (!startsAt || !endsAt || !deadline) return z.NEVER;
    return { startsAt, endsAt, registrationDeadline: deadline, locationId: v.locationId ?? null, address: v.address || null, place: v.place || null, capacity: v.capacity, minParticipants: v.minParticipants };
  });
export type SessionInput = z.output<typeof sessionFormSchema>;

// The price per participant the confirmation step showed (cents), posted back with the confirmation.
const acceptedPrice = z.coerce.number().int().min(0).max(100_000_000).optional().catch(undefined);

/** What the register page posts: for oneself, or for employees of a company. */
export const registerFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("self"), prijs: acceptedPrice }),
  z.object({ intent: z.literal("employees"), prijs: acceptedPrice, organisationId: uuid(E.company), employees: z.preprocess((v) => (v === undefined ? "" : v), z.string({ error: E.employeeLine }).max(20_000, E.employeesMax)) }),
], { error: "courses.error.unknownAction" });

const email = z.preprocess(trimmed, z.email());

/**
 * Employees as typed in a textarea, one per line: "Naam, e-mail" (or "Naam <e-mail>").
 * Returns the list or the message key of what is wrong.
 */
export function parseEmployeeLines(text: string): { ok: true; employees: { name: string; email: string }[] } | { ok: false; message: string; line?: number } {
  const employees: { name: string; email: string }[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { ok: false, message: E.employeesNone };
  if (lines.length > MAX_EMPLOYEES_AT_ONCE) return { ok: false, message: E.employeesMax };
  for (const [i, line] of lines.entries()) {
    const m = /^(.+?)\s*(?:[,;\t]|<)\s*([^\s,;<>]+@[^\s,;<>]+)>?$/.exec(line);
    if (!m || m[1]!.trim().length > 200 || !email.safeParse(m[2]).success) return { ok: false, message: E.employeeLine, line: i + 1 };
    employees.push({ name: m[1]!.trim(), email: m[2]!.trim().toLowerCase() });
  }
  return { ok: true, employees };
}

export const needFormSchema = z
  .object({
    organisationId: uuid(E.company),
    topic: choice(COURSE_TOPICS, E.needTopic),
    description: required(3000, E.needDescription),
    employeeCount: wholeNumber(E.needEmployees, 1, MAX_NEED_EMPLOYEES),
    level: choice(COURSE_LEVELS, E.level),
    periodStart: isoDate(E.needPeriodStart),
    periodEnd: isoDate(E.needPeriodEnd),
    preferredFormat: choice(NEED_FORMATS, E.needFormat),
    place: optional(100),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", message: E.needPeriodOrder, path: ["periodEnd"] });
  });
export type NeedInput = z.infer<typeof needFormSchema>;
