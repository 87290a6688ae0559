import type { Actor, AppServices } from "~/context.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

/**
 * Sends a new verification mail if the address belongs to an unconfirmed
 * account. The answer is the same either way, so nobody learns which
 * addresses have an account; only the rate limit shows.
 */
export async function requestVerificationMail(services: AppServices, _actor: Actor, input: { email: string; headers: Headers }): Promise<{ ok: true } | { ok: false; reason: "rate_limited" }> {
  const { email } = input;
  // Without the cookie better-auth treats this as the anonymous "resend" case, whoever is signed in.
  const headers = new Headers(input.headers);
  headers.delete("cookie");
  const result = await postToAuth(services, "/send-verification-email", { email }, headers);
  if (!result.ok && result.status === 429) return { ok: false, reason: "rate_limited" };
  return { ok: true };
}
