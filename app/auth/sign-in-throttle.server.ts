import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { Db } from "~/db/client.server.ts";
import { minutesUntil } from "~/domain/account/sign-in-throttle.ts";
import { clearSignInAttempts, reserveSignInAttempt, signInThrottleKey } from "~/services/account/helpers/sign-in-throttle.server.ts";

const SIGN_IN = "/sign-in/email";

/**
 * Per-account throttling for /sign-in/email, on top of better-auth's limiter
 * per client address. As hooks, it holds for our sign-in form and for anyone
 * posting to /api/auth/sign-in/email directly. An unknown address is counted
 * and refused exactly like a known one, so the answer does not tell whether
 * an account exists.
 */
export function signInThrottle(options: { db: Db; secret: string; now: () => Date }) {
  const keyOf = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    // Without an address better-auth refuses the request itself; there is nothing to count.
    return typeof email === "string" && email.trim() ? signInThrottleKey(options.secret, email) : null;
  };
  return {
    id: "technohub-sign-in-throttle",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key) return;
            const now = options.now();
            const attempt = await reserveSignInAttempt(options.db, key, now);
            if (attempt.allowed) return;
            const minutes = minutesUntil(attempt.lockedUntil, now);
            const seconds = Math.max(1, Math.ceil((attempt.lockedUntil.getTime() - now.getTime()) / 1000));
            throw new APIError(
              "TOO_MANY_REQUESTS",
              {
                code: "ACCOUNT_THROTTLED",
                message: `Too many failed attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
                retryAfter: seconds,
              },
              { "Retry-After": String(seconds) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key) return;
            const returned = ctx.context.returned;
            // The right password for an unconfirmed address is still the right password.
            const rightPassword = !isAPIError(returned) || (returned.body as { code?: string } | undefined)?.code === "EMAIL_NOT_VERIFIED";
            if (rightPassword) await clearSignInAttempts(options.db, key, options.now());
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
