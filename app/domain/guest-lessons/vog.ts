import { z } from "zod";
import { isUuid } from "../common/ids.ts";
import { addDays, isIsoDate } from "../common/time.ts";

/**
 * Safeguarding: a guest lesson or visit puts an adult with minors, so a school may require that
 * the person who gives it holds a VOG (Verklaring Omtrent het Gedrag). Technohub keeps only the
 * company's statement and the date until which it holds (the school's usual "not older than …"
 * is expressed by that date, which the company sets from the issue date and the school's rule);
 * never a copy of the certificate.
 *
 * A requirement is met when the VOG is still valid on the day of the lesson: the last date the
 * school asked for, or today when it asked for none.
 */

/** How many days before a VOG's end the company is reminded. */
export const VOG_REMINDER_DAYS = 30;

export type VogStatement = { validUntil: string | null };

export type VogCheck =
  | { state: "valid"; validUntil: string; required: boolean }
  | { state: "expired"; validUntil: string; required: boolean }
  | { state: "missing"; required: boolean };

/** Whether the offer's guest teacher holds a VOG valid on `onDate` (ISO date), and whether the school asks for one. */
export function checkVog(statement: VogStatement, required: boolean, onDate: string): VogCheck {
  if (!statement.validUntil) return { state: "missing", required };
  return statement.validUntil >= onDate
    ? { state: "valid", validUntil: statement.validUntil, required }
    : { state: "expired", validUntil: statement.validUntil, required };
}

export function vogMeetsRequirement(check: VogCheck): boolean {
  return !check.required || check.state === "valid";
}

/** The day the lesson is checked against: the latest date asked, or today. */
export function vogCheckDate(today: string, askedDates: readonly string[], periodUntil: string | null): string {
  const latest = [...askedDates, ...(periodUntil ? [periodUntil] : [])].sort().at(-1);
  return latest && latest > today ? latest : today;
}

/** Whether the company should now be reminded: within VOG_REMINDER_DAYS of the end, not yet reminded for this end date. */
export function vogReminderDue(validUntil: string | null, remindedFor: string | null, today: string): boolean {
  if (!validUntil || remindedFor === validUntil) return false;
  return validUntil >= today && addDays(today, VOG_REMINDER_DAYS) >= validUntil;
}

/** The contact an offer names, as one key: the account, else the address, else the name ("" when none). */
export function vogContactKey(o: { contactUserId: string | null; contactEmail: string | null; contactName: string | null }): string {
  return o.contactUserId ? `u:${o.contactUserId}` : o.contactEmail ? `e:${o.contactEmail.toLowerCase()}` : o.contactName ? `n:${o.contactName}` : "";
}

/** A date as typed: ISO from a date field, or Dutch "12-03-2027" where the browser has no date field. */
function typedDate(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v.trim());
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}` : v.trim();
}

/** A company's statement for one contact (named by one of the contact's offers): the end date, or empty for no VOG. */
export const vogStatementFormSchema = z.object({
  intent: z.literal("statement"),
  offer: z.string().refine(isUuid, "error.invalid.body"),
  validUntil: z.preprocess(
    typedDate,
    z
      .string()
      .max(10, "guestLessons.vog.error.date")
      .refine((v) => v === "" || isIsoDate(v), "guestLessons.vog.error.date")
      .transform((v) => (v === "" ? null : v)),
  ),
});

/** A school's requirement: the box ticked or not. */
export const vogRequirementFormSchema = z.object({
  intent: z.literal("requirement"),
  required: z.preprocess((v) => (Array.isArray(v) ? v.includes("on") : v === "on"), z.boolean()),
});

export const vogFormSchema = z.discriminatedUnion("intent", [vogStatementFormSchema, vogRequirementFormSchema], { error: "error.invalid.body" });
