import { and, eq, gt } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { verification } from "~/db/schema/index.ts";
import { SIGNED_OUT_PATH, SIGNED_OUT_UNCONFIRMED_PATH } from "~/domain/account/federated-sign-out.ts";
import { redirectSignedText } from "~/domain/account/saml-redirect.ts";
import { notFound } from "~/domain/errors.ts";
import { log } from "~/lib/log.server.ts";
import { SAML_LOGOUT_REQUEST, samlParties, samlProviderConfig } from "./helpers/saml-logout.server.ts";

export type SamlLogoutAnswer = {
  providerId: string;
  /** HTTP-Redirect: the raw query string (its signature covers the text as sent) and its values. */
  rawQuery: string;
  query: Record<string, string>;
  /** HTTP-POST: the form's fields (the signature is inside the XML). */
  body: Record<string, string> | null;
};

/**
 * The IdP's LogoutResponse to the LogoutRequest our sign-out sent (SP-initiated single logout,
 * ADR 033). Our session ended when the person signed out; this only confirms the IdP's ended
 * too. Accepted only signed by the IdP's certificate, with Success, and in answer to a request we
 * sent it in the last minutes (each answered once). Returns where the person lands: signed out, or
 * (any refusal) told in Dutch that they are signed out here but their organisation did not confirm
 * it. Not an error page: what they asked for, leaving Technohub, happened.
 */
export async function confirmSamlSignOut(services: Pick<AppServices, "db" | "env" | "clock">, _actor: Actor, input: SamlLogoutAnswer): Promise<string> {
  const provider = await samlProviderConfig(services, input.providerId);
  if (!provider) throw notFound();
  const { sp, idp } = samlParties(services, input.providerId, provider.samlConfig);
  const post = input.body?.SAMLResponse !== undefined;
  let inResponseTo: string | null;
  try {
    const parsed = post
      ? await sp.parseLogoutResponse(idp, "post", { body: input.body!, query: {} })
      : await sp.parseLogoutResponse(idp, "redirect", { query: input.query, body: {}, octetString: redirectSignedText(input.rawQuery, "SAMLResponse") ?? "" });
    const response = (parsed.extract as { response?: { inResponseTo?: unknown } }).response;
    inResponseTo = typeof response?.inResponseTo === "string" ? response.inResponseTo : null;
  } catch (error) {
    // samlify refuses a bad signature, another issuer and a status other than Success alike.
    log.warn("SAML LogoutResponse refused", { providerId: input.providerId, error: String((error as Error).message ?? error) });
    return SIGNED_OUT_UNCONFIRMED_PATH;
  }
  const answered = inResponseTo
    ? await services.db
        .delete(verification)
        .where(
          and(
            eq(verification.identifier, `${SAML_LOGOUT_REQUEST}${inResponseTo}`),
            eq(verification.value, input.providerId),
            gt(verification.expiresAt, services.clock.now()),
          ),
        )
        .returning({ id: verification.id })
    : [];
  if (answered.length === 0) {
    log.warn("SAML LogoutResponse to no request of ours", { providerId: input.providerId, inResponseTo });
    return SIGNED_OUT_UNCONFIRMED_PATH;
  }
  return SIGNED_OUT_PATH;
}
