import type { Actor, AppServices } from "~/context.ts";
import { redirectSignedText } from "~/domain/account/saml-redirect.ts";
import { log } from "~/lib/log.server.ts";
import type { SamlLogoutAnswer } from "./confirm-saml-sign-out.server.ts";
import { samlParties, samlProviderConfig } from "./helpers/saml-logout.server.ts";

/**
 * Whether a LogoutRequest the IdP started (IdP-initiated single logout, ADR 033) is signed by that
 * IdP, before better-auth's SSO plugin acts on it. The plugin checks no signature unless told, and
 * samlify checks no issuer on a LogoutRequest: unchecked, anyone who knows a person's NameID could
 * end their sessions here with a hand-made request. The plugin reads the same query or form.
 */
export async function verifySamlLogoutRequest(services: Pick<AppServices, "db" | "env">, _actor: Actor, input: SamlLogoutAnswer): Promise<boolean> {
  const provider = await samlProviderConfig(services, input.providerId);
  if (!provider) return false;
  const { sp, idp } = samlParties(services, input.providerId, provider.samlConfig);
  try {
    if (input.body?.SAMLRequest !== undefined) await sp.parseLogoutRequest(idp, "post", { body: input.body, query: {} });
    else await sp.parseLogoutRequest(idp, "redirect", { query: input.query, body: {}, octetString: redirectSignedText(input.rawQuery, "SAMLRequest") ?? "" });
    return true;
  } catch (error) {
    log.warn("SAML LogoutRequest refused", { providerId: input.providerId, error: String((error as Error).message ?? error) });
    return false;
  }
}
