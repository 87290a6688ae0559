import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { user } from "~/db/schema/index.ts";
import type { Locale } from "~/i18n/index.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

/** `returnTo`: a path on this site (safeRedirectPath) the verification mail's link leads back to. */
export type SignUpInput = { name: string; email: string; password: string; locale: Locale; returnTo?: string | null };
export type SignUpResult = { ok: true } | { ok: false; reason: "email_taken" | "rate_limited" | "weak_password" | "common_password" | "failed" };

/**
 * Creates an account; better-auth sends the verification mail. With
 * verification required, better-auth answers a duplicate address exactly like
 * a new one (no account enumeration). We do tell the person — they asked for a
 * clear message — but only after the rate limit has counted the attempt: if
 * the account under that address is not the one just created, it existed.
 */
export async function signUp(services: AppServices, _actor: Actor, input: SignUpInput & { headers: Headers }): Promise<SignUpResult> {
  const result = await postToAuth<{ user: { id: string } }>(
    services,
    "/sign-up/email",
    { name: input.name, email: input.email, password: input.password, locale: input.locale, ...(input.returnTo ? { callbackURL: input.returnTo } : {}) },
    input.headers,
  );
  if (!result.ok) {
    if (result.status === 429) return { ok: false, reason: "rate_limited" };
    if (result.code === "USER_ALREADY_EXISTS" || result.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") return { ok: false, reason: "email_taken" };
    if (result.code === "PASSWORD_TOO_SHORT" || result.code === "PASSWORD_TOO_LONG") return { ok: false, reason: "weak_password" };
    if (result.code === "PASSWORD_TOO_COMMON") return { ok: false, reason: "common_password" };
    return { ok: false, reason: "failed" };
  }
  const [existing] = await services.db
    .select({ id: user.id })
    .from(user)
    .where(sql`lower(${user.email}) = ${input.email.toLowerCase()}`)
    .limit(1);
  if (!existing || existing.id !== result.data.user.id) return { ok: false, reason: "email_taken" };
  return { ok: true };
}
