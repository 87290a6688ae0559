/**
 * Registration rules as plain functions. The database enforces capacity and
 * uniqueness; these decide what a request means and which message a person
 * gets when it is refused.
 */
import type { RegistrationStatus } from "./vocabulary.ts";

/** A vacancy (a freed place held for the first on the waiting list) waits this long to be accepted, then goes to the next. */
export const VACANCY_HOURS = 48;
/**
 * When an employer registers an employee, the place is held (so the employer
 * can plan) until the employee confirms through the e-mail link, for at most
 * this long; then it is freed and offered to the waiting list.
 */
export const HOLD_HOURS = 72;

const HOUR = 3_600_000;

export const vacancyExpiry = (now: Date) => new Date(now.getTime() + VACANCY_HOURS * HOUR);

/** A hold never outlives the registration deadline: after it the list is closed. */
export function holdExpiry(now: Date, deadline: Date) {
  return new Date(Math.min(now.getTime() + HOLD_HOURS * HOUR, Math.max(deadline.getTime(), now.getTime())));
}

/** Statuses that occupy one of the session's places. */
export const HOLDS_PLACE: readonly RegistrationStatus[] = ["pending_confirmation", "confirmed", "offered", "attended", "no_show"];
/** Statuses that still count as "registered" (one per e-mail address per session). */
export const ACTIVE: readonly RegistrationStatus[] = [...HOLDS_PLACE, "waitlisted"];

export const holdsPlace = (status: RegistrationStatus) => HOLDS_PLACE.includes(status);
export const isActive = (status: RegistrationStatus) => ACTIVE.includes(status);

export type SessionState = {
  status: "scheduled" | "cancelled";
  registrationDeadline: Date;
  startsAt: Date;
  courseStatus: "draft" | "published" | "archived";
};

/** Why a session takes no registrations now, as a message key; null when it does. */
export function registrationRefusal(session: SessionState, now: Date): string | null {
  if (session.courseStatus !== "published") return "courses.error.courseClosed";
  if (session.status === "cancelled") return "courses.error.sessionCancelled";
  if (now.getTime() > session.registrationDeadline.getTime())
    return "courses.error.registrationClosed";
  return null;
}

/**
 * A paid registration is made only by someone who was shown the price and the cancellation terms
 * and confirmed them (the confirmation step); `acceptedPriceCents` is the price that step showed.
 * A price changed in between is shown and confirmed again. Free courses need no step.
 */
export function priceAcceptanceRefusal(priceCents: number, acceptedPriceCents: number | null | undefined): string | null {
  if (priceCents === 0) return null;
  return acceptedPriceCents === priceCents ? null : "courses.error.priceNotConfirmed";
}

export const DUPLICATE_MESSAGE = "courses.error.duplicate";
export const EMPLOYEE_DUPLICATE_MESSAGE = "courses.error.employeeDuplicate";

/** Cancelling is possible until the deadline, and only while the registration is active. */
export function cancellationRefusal(status: RegistrationStatus, deadline: Date, now: Date): string | null {
  if (!isActive(status)) return "courses.error.registrationInactive";
  if (status === "attended" || status === "no_show") return "courses.error.alreadyHeld";
  if (now.getTime() > deadline.getTime())
    return "courses.error.cancelClosed";
  return null;
}

export function vacancyAcceptanceRefusal(status: RegistrationStatus, expiresAt: Date | null, now: Date): string | null {
  if (status === "confirmed") return null; // accepting twice is harmless
  if (status !== "offered") return "courses.error.noVacancy";
  if (!expiresAt || now.getTime() > expiresAt.getTime()) return "courses.error.vacancyExpired";
  return null;
}

/**
 * The waiting list after some people left it: remaining entries keep their
 * order and are numbered 1…n without gaps. (The database does the same with
 * one statement pair; this is the rule it follows, and what tests check.)
 */
export function renumberWaitlist<T extends { position: number }>(entries: T[], leaving: Set<T>): (T & { newPosition: number })[] {
  return entries
    .filter((e) => !leaving.has(e))
    .sort((a, b) => a.position - b.position)
    .map((e, i) => ({ ...e, newPosition: i + 1 }));
}

/** Places left for display; never negative. */
export const placesLeft = (capacity: number, taken: number) => Math.max(0, capacity - taken);

/** Lower-cased, trimmed e-mail: one person, one address, however typed. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
