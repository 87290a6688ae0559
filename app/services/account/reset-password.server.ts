import { and, eq, gt } from "drizzle-orm";
import { isAPIError } from "better-auth/api";
import type { AppServices } from "~/context.ts";
import { verification } from "~/db/schema/index.ts";

/** better-auth stores a reset token under this identifier, with the user's id as value. */
const resetIdentifier = (token: string) => `reset-password:${token}`;

/** Whether a reset link can still be used, so the page can say so before the person types a new password. */
export async function isResetTokenValid(services: AppServices, token: string): Promise<boolean> {
  const rows = await services.db
    .select({ id: verification.id })
    .from(verification)
    // better-auth judges expiry by the real time, so this check does too (not services.clock).
    .where(and(eq(verification.identifier, resetIdentifier(token)), gt(verification.expiresAt, new Date())))
    .limit(1);
  return rows.length > 0;
}

/** Sets a new password with a reset token; every session of the account ends (revokeSessionsOnPasswordReset). */
export async function resetPassword(services: AppServices, input: { token: string; password: string }, requestHeaders: Headers): Promise<{ ok: true } | { ok: false; reason: "invalid_token" | "weak_password" | "common_password" }> {
  try {
    await services.auth.api.resetPassword({ body: { token: input.token, newPassword: input.password }, headers: requestHeaders });
    return { ok: true };
  } catch (error) {
    if (isAPIError(error)) {
      const code = (error.body as { code?: string } | undefined)?.code;
      if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return { ok: false, reason: "weak_password" };
      if (code === "PASSWORD_TOO_COMMON") return { ok: false, reason: "common_password" };
      return { ok: false, reason: "invalid_token" };
    }
    throw error;
  }
}
