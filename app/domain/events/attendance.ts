/**
 * When a host may record attendance: only once the visit has begun. Before that a "present"
 * would be a promise, not a fact, and the impact report would count it as something that took
 * place (courses refuse the same: `courses.error.attendanceTooEarly`).
 */
import { amsterdamDate } from "../common/time.ts";
import type { EventWindow } from "./entry.ts";

type EventDays = { startsOn: string | null; windows: Pick<EventWindow, "key" | "date" | "start">[] };

/**
 * The moment a visit in this window begins (Amsterdam time): the window's date and start, or,
 * for a window the event no longer lists, the start of the event's first day. Null when the
 * event has no date at all.
 */
export function visitStartsAt(event: EventDays, windowKey: string): Date | null {
  const window = event.windows.find((w) => w.key === windowKey);
  if (window) return amsterdamDate(window.date, window.start);
  return event.startsOn ? amsterdamDate(event.startsOn) : null;
}

/** The message key that refuses recording attendance at `now`, or null when it may be recorded. */
export function attendanceError(startsAt: Date | null, now: Date): string | null {
  if (startsAt === null || now.getTime() < startsAt.getTime()) return "events.error.attendanceTooEarly";
  return null;
}
