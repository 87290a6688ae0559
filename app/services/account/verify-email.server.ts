import { isAPIError } from "better-auth/api";
import type { Actor, AppServices } from "~/context.ts";
import { cookiesOf } from "~/services/common/auth-endpoint.server.ts";

export type VerifyEmailResult =
  | { ok: true; signedIn: boolean; cookies: Headers }
  | { ok: false; reason: "expired" | "invalid" };

/**
 * Confirms an e-mail address with the token from the verification mail and
 * signs the person in (autoSignInAfterVerification). An address confirmed
 * before gets no new session: the person signs in as usual.
 */
export async function verifyEmail(services: AppServices, _actor: Actor, input: { token: string; headers: Headers }): Promise<VerifyEmailResult> {
  try {
    const { headers } = await services.auth.api.verifyEmail({ query: { token: input.token }, headers: input.headers, returnHeaders: true });
    const cookies = cookiesOf(headers);
    return { ok: true, signedIn: cookies.getSetCookie().some((line) => line.includes("session_token=") && !/max-age=0/i.test(line)), cookies };
  } catch (error) {
    if (isAPIError(error)) {
      const code = (error.body as { code?: string } | undefined)?.code;
      return { ok: false, reason: code === "TOKEN_EXPIRED" ? "expired" : "invalid" };
    }
    throw error;
  }
}
