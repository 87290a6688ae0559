import { isAPIError } from "better-auth/api";
import type { Actor, AppServices } from "~/context.ts";

/** Sets a new password with a reset token; every session of the account ends (revokeSessionsOnPasswordReset). */
export async function resetPassword(services: AppServices, _actor: Actor, input: { token: string; password: string; headers: Headers }): Promise<{ ok: true } | { ok: false; reason: "invalid_token" | "weak_password" | "common_password" }> {
  try {
    await services.auth.api.resetPassword({ body: { token: input.token, newPassword: input.password }, headers: input.headers });
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
