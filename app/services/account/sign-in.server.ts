import type { Actor, AppServices } from "~/context.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

export type SignInResult =
  | { ok: true; cookies: Headers }
  | { ok: false; reason: "wrong_credentials" | "unverified" | "rate_limited" | "blocked" | "refused" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Signs in with e-mail and password. The session cookie comes back in
 * `cookies` for the caller to set. An unverified person is refused, and
 * better-auth sends them a fresh verification mail (sendOnSignIn). After too
 * many failed attempts for the address (from anywhere) it is "throttled" for
 * a while (app/auth/sign-in-throttle.server.ts), known account or not.
 */
export async function signIn(
  services: AppServices,
  _actor: Actor,
  input: { email: string; password: string; headers: Headers; returnTo?: string | null },
): Promise<SignInResult> {
  // `returnTo` (a safe path) goes into the fresh verification mail an unverified person gets, so its link leads back.
  const body = { email: input.email, password: input.password, rememberMe: true, ...(input.returnTo ? { callbackURL: input.returnTo } : {}) };
  const result = await postToAuth(services, "/sign-in/email", body, input.headers);
  if (result.ok) return { ok: true, cookies: result.cookies };
  if (result.status === 429 && result.code === "ACCOUNT_THROTTLED") {
    return { ok: false, reason: "throttled", retryAfterMinutes: Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60)) };
  }
  if (result.status === 429) return { ok: false, reason: "rate_limited" };
  if (result.code === "ACCOUNT_BLOCKED") return { ok: false, reason: "blocked" };
  if (result.code === "EMAIL_NOT_VERIFIED") return { ok: false, reason: "unverified" };
  if (result.status === 401 || result.code === "INVALID_EMAIL_OR_PASSWORD" || result.code === "INVALID_EMAIL") return { ok: false, reason: "wrong_credentials" };
  return { ok: false, reason: "refused" };
}
