import crypto from "node:crypto";
import { and, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { signInThrottle } from "~/db/schema/index.ts";
import { normaliseSignInEmail, SIGN_IN_THROTTLE, type SignInThrottleRule } from "~/domain/account/sign-in-throttle.ts";

export type SignInAttempt = { allowed: true } | { allowed: false; lockedUntil: Date };

/** An HMAC rather than the address: the table then says nothing about who tried, or which addresses exist. */
export function signInThrottleKey(secret: string, email: string): string {
  return crypto.createHmac("sha256", secret).update(normaliseSignInEmail(email)).digest("hex");
}

/**
 * Counts one sign-in attempt for the key, before its password is checked, in
 * one statement: the row lock of INSERT … ON CONFLICT DO UPDATE orders
 * concurrent attempts (several processes on one PostgreSQL server too), so
 * the fifth attempt locks and the sixth sees the lock. A locked row is left
 * as it is: waiting out a lock is enough, hammering on it does not extend it.
 * The rule is domain/account/sign-in-throttle.ts; lockDurationMs there is the
 * `least(first * 2^lockouts, max)` below.
 */
export async function reserveSignInAttempt(db: Db, key: string, now: Date, rule: SignInThrottleRule = SIGN_IN_THROTTLE): Promise<SignInAttempt> {
  const t = signInThrottle;
  const at = sql`${now.toISOString()}::timestamptz`;
  const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;
  const quietSince = sql`greatest(${t.lastAttemptAt}, coalesce(${t.lockedUntil}, ${t.lastAttemptAt}))`;
  const failures = sql`(case when ${quietSince} <= ${at} - ${ms(rule.windowMs)} then 1 else ${t.failures} + 1 end)`;
  const lockouts = sql`(case when ${quietSince} <= ${at} - ${ms(rule.forgetMs)} then 0 else ${t.lockouts} end)`;
  const lockNow = sql`(${failures} >= ${rule.maxFailures}::int)`;
  const lockFor = sql`(least(${rule.firstLockMs}::double precision * power(2, ${lockouts}), ${rule.maxLockMs}::double precision) * interval '1 millisecond')`;
  const lockFirst = rule.maxFailures <= 1;
  const rows = await db
    .insert(t)
    .values({
      key,
      failures: 1,
      lockouts: lockFirst ? 1 : 0,
      lastAttemptAt: now,
      lockedUntil: lockFirst ? new Date(now.getTime() + rule.firstLockMs) : null,
    })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures,
        lockouts: sql`${lockouts} + (case when ${lockNow} then 1 else 0 end)`,
        lockedUntil: sql`(case when ${lockNow} then ${at} + ${lockFor} else null end)`,
        lastAttemptAt: at,
      },
      setWhere: or(isNull(t.lockedUntil), lte(t.lockedUntil, at)),
    })
    .returning({ key: t.key });
  if (rows.length) return { allowed: true };
  const [row] = await db.select({ lockedUntil: t.lockedUntil }).from(t).where(eq(t.key, key));
  // The lock may have ended between the two statements; the next attempt will find that out.
  return { allowed: false, lockedUntil: row?.lockedUntil ?? now };
}

/**
 * The right password clears the count. Rows nobody touched for a day go at
 * the same time, so addresses that were only ever mistyped do not pile up.
 */
export async function clearSignInAttempts(db: Db, key: string, now: Date, rule: SignInThrottleRule = SIGN_IN_THROTTLE) {
  const stale = new Date(now.getTime() - rule.forgetMs);
  await db
    .delete(signInThrottle)
    .where(
      or(
        eq(signInThrottle.key, key),
        and(lt(signInThrottle.lastAttemptAt, stale), or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, stale))),
      ),
    );
}
