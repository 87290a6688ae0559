import type { AppServices } from "~/context.ts";
import { postToAuth } from "./auth-endpoint.server.ts";

/**
 * Sends a new verification mail if the address belongs to an unconfirmed
 * account. The answer is the same either way, so nobody learns which
 * addresses have an account; only the rate limit shows.
 */
export async function requestVerificationMail(services: AppServices, email: string, requestHeaders: Headers): Promise<{ ok: true } | { ok: false; reason: "rate_limited" }> {
  // Without the cookie better-auth treats this as the anonymous "resend" case, whoever is signed in.
  const headers = new Headers(requestHeaders);
  headers.delete("cookie");
  const result = await postToAuth(services, "/send-verification-email", { email }, headers);
  if (!result.ok && result.status === 429) return { ok: false, reason: "rate_limited" };
  return { ok: true };
}
