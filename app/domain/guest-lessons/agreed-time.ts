import { amsterdamDate, amsterdamParts } from "../common/time.ts";

/** A wall-clock time to the minute, "09:30". */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: string | null | undefined): value is string {
  return typeof value === "string" && CLOCK_TIME.test(value);
}

/**
 * When an appointment starts and ends: the agreed start to the minute, the agreed end when one
 * was given (a school's "09:30–11:15"), else the offer's duration from the start. Without an
 * agreed start the company's usual start applies. Null when the date or a time is not real, or
 * the end does not come after the start.
 */
export function agreedTimes(
  date: string,
  agreed: { startTime?: string | null; endTime?: string | null },
  durationMinutes: number,
  usualStart = "09:00",
): { startsAt: Date; endsAt: Date } | null {
  const startsAt = amsterdamDate(date, agreed.startTime || usualStart);
  if (!startsAt) return null;
  const endsAt = agreed.endTime ? amsterdamDate(date, agreed.endTime) : new Date(startsAt.getTime() + durationMinutes * 60_000);
  if (!endsAt || endsAt.getTime() <= startsAt.getTime()) return null;
  return { startsAt, endsAt };
}

/** "09:30–11:30" of stored moments, in Amsterdam: what mails and the calendar text say. */
export function timeRange(startsAt: Date | null, endsAt: Date | null): string {
  if (!startsAt) return "";
  const start = amsterdamParts(startsAt).time;
  return endsAt ? `${start}–${amsterdamParts(endsAt).time}` : start;
}
