import { z } from "zod";
import { parsePrice } from "./format.ts";
import { amsterdamDate } from "./time.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, NEED_FORMATS, TARGET_GROUPS } from "./vocabulary.ts";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const required = (max: number, message: string) => z.preprocess(trimmed, z.string({ error: message }).min(1, message).max(max, `Maximaal ${max} tekens.`));
const optional = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, `Maximaal ${max} tekens.`));
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : undefined), z.number({ error: message }).int(message).min(min, message).max(max, message));
const isoDate = (message: string) => z.preprocess(trimmed, z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message));
const clock = (message: string) => z.preprocess(trimmed, z.string({ error: message }).regex(/^\d{2}:\d{2}$/, message));

export const courseFormSchema = z.object({
  providerId: z.string({ error: "Kies de opleider." }).uuid("Kies de opleider."),
  networkId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid().optional()),
  title: required(200, "Vul de titel in."),
  summary: required(300, "Vul een korte samenvatting in."),
  description: optional(10000),
  topics: z.preprocess(list, z.array(choice(COURSE_TOPICS, "Onbekend onderwerp.")).min(1, "Kies ten minste één onderwerp.")),
  targetGroups: z.preprocess(list, z.array(choice(TARGET_GROUPS, "Onbekende doelgroep.")).min(1, "Kies ten minste één doelgroep.")),
  level: choice(COURSE_LEVELS, "Kies het niveau."),
  format: choice(COURSE_FORMATS, "Kies de vorm."),
  duration: optional(200),
  price: z.preprocess(trimmed, z.string().default("")).transform((v, ctx) => {
    const cents = parsePrice(v);
    if (cents === null) {
      ctx.issues.push({ code: "custom", message: "Vul een bedrag in euro in, zoals 250 of 249,50 (0 of leeg is gratis).", input: v });
      return z.NEVER;
    }
    return cents;
  }),
  leadsTo: optional(200),
  intent: z.enum(["draft", "publish"]).default("draft"),
});
export type CourseFormData = z.infer<typeof courseFormSchema>;
export type CourseInput = Omit<CourseFormData, "price" | "intent"> & { priceCents: number };

export const sessionFormSchema = z
  .object({
    date: isoDate("Vul de datum in (dd-mm-jjjj)."),
    startTime: clock("Vul de begintijd in, zoals 09:00."),
    endTime: clock("Vul de eindtijd in, zoals 16:30."),
    endDate: z.preprocess((v) => (v === "" ? undefined : v), isoDate("Vul een geldige einddatum in.").optional()),
    locationId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid().optional()),
    address: optional(200),
    place: optional(100),
    capacity: wholeNumber("Vul het aantal plaatsen in (1 tot 1000).", 1, 1000),
    minParticipants: z.preprocess((v) => (v === "" ? "0" : v), wholeNumber("Vul een minimum in van 0 tot het aantal plaatsen.", 0, 1000)),
    deadline: isoDate("Vul de uiterste aanmelddatum in."),
  })
  .transform((v, ctx) => {
    const startsAt = amsterdamDate(v.date, v.startTime);
    const endsAt = amsterdamDate(v.endDate ?? v.date, v.endTime);
    // The deadline day counts in full.
    const deadline = amsterdamDate(v.deadline, "23:59");
    if (!startsAt) ctx.issues.push({ code: "custom", message: "Deze datum bestaat niet.", path: ["date"], input: v.date });
    if (!deadline) ctx.issues.push({ code: "custom", message: "Deze datum bestaat niet.", path: ["deadline"], input: v.deadline });
    if (startsAt && endsAt && endsAt <= startsAt) ctx.issues.push({ code: "custom", message: "De eindtijd moet na de begintijd liggen.", path: ["endTime"], input: v.endTime });
    if (startsAt && deadline && deadline > startsAt) ctx.issues.push({ code: "custom", message: "De uiterste aanmelddatum moet vóór de sessie liggen.", path: ["deadline"], input: v.deadline });
    if (v.minParticipants > v.capacity) ctx.issues.push({ code: "custom", message: "Het minimum mag niet groter zijn dan het aantal plaatsen.", path: ["minParticipants"], input: v.minParticipants });
    if (!v.locationId && (v.address || v.place) && !v.place) ctx.issues.push({ code: "custom", message: "Vul de plaats in.", path: ["place"], input: v.place });
    if (!startsAt || !endsAt || !deadline) return z.NEVER;
    return { startsAt, endsAt, registrationDeadline: deadline, locationId: v.locationId ?? null, address: v.address || null, place: v.place || null, capacity: v.capacity, minParticipants: v.minParticipants };
  });
export type SessionInput = z.output<typeof sessionFormSchema>;

const email = z.preprocess(trimmed, z.string().email("Ongeldig e-mailadres."));

/**
 * Employees as typed in a textarea, one per line: "Naam, e-mail" (or "Naam <e-mail>").
 * Returns the list or a Dutch message naming the first bad line.
 */
export function parseEmployeeLines(text: string): { ok: true; employees: { name: string; email: string }[] } | { ok: false; message: string } {
  const employees: { name: string; email: string }[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { ok: false, message: "Vul ten minste één medewerker in: naam, e-mailadres." };
  if (lines.length > 50) return { ok: false, message: "Meld maximaal 50 medewerkers tegelijk aan." };
  for (const [i, line] of lines.entries()) {
    const m = /^(.+?)\s*(?:[,;\t]|<)\s*([^\s,;<>]+@[^\s,;<>]+)>?$/.exec(line);
    if (!m || !email.safeParse(m[2]).success) return { ok: false, message: `Regel ${i + 1} is geen "naam, e-mailadres": ${line}` };
    employees.push({ name: m[1]!.trim(), email: m[2]!.trim().toLowerCase() });
  }
  return { ok: true, employees };
}

export const needFormSchema = z
  .object({
    organisationId: z.string({ error: "Kies het bedrijf." }).uuid("Kies het bedrijf."),
    topic: choice(COURSE_TOPICS, "Kies het onderwerp."),
    description: required(3000, "Beschrijf wat uw medewerkers moeten leren."),
    employeeCount: wholeNumber("Vul het aantal medewerkers in (1 tot 10.000).", 1, 10000),
    level: choice(COURSE_LEVELS, "Kies het niveau."),
    periodStart: isoDate("Vul de begindatum van de periode in."),
    periodEnd: isoDate("Vul de einddatum van de periode in."),
    preferredFormat: choice(NEED_FORMATS, "Kies de gewenste vorm."),
    place: optional(100),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", message: "De periode moet eindigen na het begin.", path: ["periodEnd"] });
  });
export type NeedInput = z.infer<typeof needFormSchema>;
