import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { samlParties, samlProviderConfig } from "./helpers/saml-logout.server.ts";

/**
 * Our service provider's SAML metadata for one IdP, at the address that is our entity id
 * (/api/auth/sso/saml2/sp/metadata?providerId=…, which the federation registers). It says what
 * the SSO plugin's own says, plus the certificate our LogoutRequests are signed with, so the IdP
 * can check them (ADR 033).
 */
export async function getSamlMetadata(services: Pick<AppServices, "db" | "env">, _actor: Actor, input: { providerId: string }): Promise<string> {
  const provider = await samlProviderConfig(services, input.providerId);
  if (!provider) throw notFound();
  return samlParties(services, input.providerId, provider.samlConfig).sp.getMetadata();
}
