/**
 * Per-account sign-in throttling: the rule, apart from where its state lives
 * (app/services/account/helpers/sign-in-throttle.server.ts keeps it in the database).
 *
 * Every attempt for an address counts before its password is checked, so
 * parallel guesses cannot all slip through; a successful sign-in clears the
 * count. The attempt that reaches `maxFailures` still gets its answer, and
 * locks the address for `firstLockMs`. After a lock, one more attempt, and if
 * that fails too the next lock is twice as long, up to `maxLockMs`. A quiet
 * `windowMs` after the last attempt or lock starts the count afresh; a quiet
 * `forgetMs` also forgets the earlier locks.
 */
export const SIGN_IN_THROTTLE = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  firstLockMs: 5 * 60_000,
  maxLockMs: 60 * 60_000,
  forgetMs: 24 * 60 * 60_000,
} as const;

export type SignInThrottleRule = typeof SIGN_IN_THROTTLE;

/** How long the n-th lock (0-based) lasts. */
export function lockDurationMs(lockoutsBefore: number, rule: SignInThrottleRule = SIGN_IN_THROTTLE): number {
  return Math.min(rule.firstLockMs * 2 ** Math.max(0, lockoutsBefore), rule.maxLockMs);
}

/** Whole minutes to tell the person, never "0 minutes". */
export function minutesUntil(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}

/** The same key for "Jan@School.nl " and "jan@school.nl", as better-auth finds the account. */
export function normaliseSignInEmail(email: string): string {
  return email.trim().toLowerCase();
}
