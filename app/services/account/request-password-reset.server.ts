import type { Actor, AppServices } from "~/context.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

/**
 * Sends a reset link if an account has this address (auth.server.ts writes
 * the mail). The caller shows the same answer whether or not it exists.
 */
export async function requestPasswordReset(services: AppServices, _actor: Actor, input: { email: string; headers: Headers }): Promise<{ ok: true } | { ok: false; reason: "rate_limited" }> {
  const result = await postToAuth(services, "/request-password-reset", { email: input.email }, input.headers);
  if (!result.ok && result.status === 429) return { ok: false, reason: "rate_limited" };
  return { ok: true };
}
