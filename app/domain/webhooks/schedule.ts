/**
 * When a failed delivery is tried again, and when the platform gives up (ADR 031). Exponential:
 * 1, 3, 9, 27, 81 minutes, … capped at 12 hours, so a receiver that is down for an evening is
 * not hammered and one that is down for a weekend still gets its events on Monday.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const FIRST_RETRY_MS = MINUTE;
export const RETRY_FACTOR = 3;
export const MAX_RETRY_MS = 12 * HOUR;
/** A delivery is given up this long after its event; a subscription failing this long is paused. */
export const WEBHOOK_GIVE_UP_MS = 3 * 24 * HOUR;
export const WEBHOOK_PAUSE_AFTER_MS = WEBHOOK_GIVE_UP_MS;
/** After a secret is rolled, the old one keeps signing beside the new one this long, for the receiver to change over. */
export const PREVIOUS_SECRET_MS = 24 * HOUR;
/** How long one attempt may take, connecting and answering. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The wait after the `attempts`-th failed attempt (1 for the first failure). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * RETRY_FACTOR ** exponent);
}

/**
 * After a failed attempt at `now`: the next attempt, or null when the delivery is given up. The
 * last attempt is made at the give-up moment itself, so a receiver that is back just in time
 * still gets the event.
 */
export function nextAttemptAfterFailure(input: { attempts: number; createdAt: Date; now: Date }): Date | null {
  const deadline = input.createdAt.getTime() + WEBHOOK_GIVE_UP_MS;
  if (input.now.getTime() >= deadline) return null;
  return new Date(Math.min(input.now.getTime() + retryDelayMs(input.attempts), deadline));
}

/**
 * Whether a subscription has failed long enough to be paused. `failingSince` is the moment of the
 * oldest event it has not delivered since its last success, so the last attempt of a delivery
 * (at its give-up moment) pauses a subscription that delivered nothing since.
 */
export function shouldPause(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= WEBHOOK_PAUSE_AFTER_MS;
}

/** 2xx is delivered; anything else (3xx included: redirects are not followed) is a failure. */
export function isDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}
