import { addDays } from "../common/time.ts";
import { workingDaysBetween } from "./working-days.ts";

/**
 * What the reliability sweep owes an appointment today. Pure: the sweep passes today's Dutch
 * date, the appointment's dates and the steps already done, and records each step it takes so
 * that a rerun owes nothing.
 */
export const STEPS = {
  answerReminder: "answer_reminder",
  escalated: "escalated",
  reminder7: "reminder_7d",
  reminder1: "reminder_1d",
  confirmRequest: "confirm_request",
  providerConfirmed: "provider_confirmed",
  unconfirmedAlert: "unconfirmed_alert",
  schoolConfirmedTookPlace: "school_confirmed_took_place",
  providerConfirmedTookPlace: "provider_confirmed_took_place",
} as const;
export type Step = (typeof STEPS)[keyof typeof STEPS];

/** Days from `today` to `date` (negative when past). */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * An unanswered request: after `workingDays` working days the company gets a reminder; after as
 * many again the request is escalated (next matches, coordinator).
 */
export function unansweredStepsDue(requestedOn: string, today: string, workingDays: number, done: ReadonlySet<string>): Step[] {
  const elapsed = workingDaysBetween(requestedOn, today);
  const due: Step[] = [];
  if (elapsed >= workingDays && !done.has(STEPS.answerReminder)) due.push(STEPS.answerReminder);
  if (elapsed >= 2 * workingDays && !done.has(STEPS.escalated)) due.push(STEPS.escalated);
  return due;
}

/**
 * A scheduled appointment: a reminder to both sides 7 days before (with the request to the
 * company to confirm) and 1 day before; when the company has not confirmed 3 days before, the
 * coordinator is alerted. A reminder whose moment has passed is skipped, not sent late: a "7 days
 * before" mail the day before would only confuse.
 */
export function scheduledStepsDue(date: string, today: string, done: ReadonlySet<string>): Step[] {
  const days = daysUntil(today, date);
  const due: Step[] = [];
  if (days < 0) return due;
  if (days > 1 && days <= 7 && !done.has(STEPS.reminder7)) due.push(STEPS.reminder7);
  if (days > 1 && days <= 7 && !done.has(STEPS.confirmRequest) && !done.has(STEPS.providerConfirmed)) due.push(STEPS.confirmRequest);
  if (days <= 1 && !done.has(STEPS.reminder1)) due.push(STEPS.reminder1);
  if (days <= 3 && !done.has(STEPS.providerConfirmed) && !done.has(STEPS.unconfirmedAlert)) due.push(STEPS.unconfirmedAlert);
  return due;
}

/** An unanswered appointment expires when every date the school proposed has passed. */
export function expiredOptions(options: readonly { date: string }[], today: string, periodUntil: string | null): boolean {
  const last = [...options.map((o) => o.date), ...(periodUntil ? [periodUntil] : [])].sort().at(-1);
  return last !== undefined && last < today;
}

/** The earliest day the sweep looks at for "7 days before". */
export const lookAhead = (today: string) => addDays(today, 7);
