import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import * as samlify from "~/lib/saml/samlify.server.ts";
import type { AppServices } from "~/context.ts";
import { identityProvider, ssoProvider, verification } from "~/db/schema/index.ts";
import { baseUrl, samlSigningKeyPair } from "~/lib/env.server.ts";

const POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/**
 * The records better-auth's SSO plugin keeps in `verification` for single logout: per session the
 * key of its SAML session, and under that key the NameID and SessionIndex of the sign-in's
 * assertion. Our LogoutRequests go under the plugin's own prefix, so both agree on one vocabulary.
 */
export const SAML_SESSION_BY_ID = "saml-session-by-id:";
export const SAML_LOGOUT_REQUEST = "saml-logout-request:";
/** How long the IdP has to answer a LogoutRequest (the plugin's default too). */
const LOGOUT_REQUEST_TTL_MS = 5 * 60_000;

/** What of the plugin's stored `samlConfig` our SP and the IdP are built from. */
type StoredSamlConfig = {
  issuer?: string;
  entryPoint?: string;
  wantAssertionsSigned?: boolean;
  authnRequestsSigned?: boolean;
  identifierFormat?: string;
  idpMetadata?: { metadata?: string; entityID?: string; cert?: string; singleLogoutService?: { Binding: string; Location: string }[] };
};

export type SamlParties = { sp: samlify.ServiceProviderInstance; idp: samlify.IdentityProviderInstance };

/** The plugin's endpoints live under /api/auth of our address. */
function authBase(services: Pick<AppServices, "env">): string {
  return `${baseUrl(services.env)}/api/auth`;
}

/**
 * Our service provider as the plugin describes it to this IdP (the same entity id, assertion
 * consumer and logout service), and the IdP from its stored metadata. The plugin's IdP never asks
 * for signed LogoutRequests and its SP has no signing certificate; here the SP signs with
 * SAML_SP_SIGNING_KEY and publishes the certificate, and the IdP's answers must be signed (ADR 033).
 */
export function samlParties(services: Pick<AppServices, "env">, providerId: string, samlConfig: string): SamlParties {
  const config = JSON.parse(samlConfig) as StoredSamlConfig;
  const keyPair = samlSigningKeyPair(services.env);
  const base = authBase(services);
  const slo = `${base}/sso/saml2/sp/slo/${providerId}`;
  const sp = samlify.ServiceProvider({
    entityID: config.issuer,
    assertionConsumerService: [{ Binding: POST, Location: `${base}/sso/saml2/sp/acs/${providerId}` }],
    singleLogoutService: [
      { Binding: POST, Location: slo },
      { Binding: REDIRECT, Location: slo },
    ],
    wantAssertionsSigned: config.wantAssertionsSigned ?? false,
    authnRequestsSigned: config.authnRequestsSigned ?? false,
    nameIDFormat: config.identifierFormat ? [config.identifierFormat] : undefined,
    ...(keyPair ? { privateKey: keyPair.privateKey, signingCert: keyPair.certificate } : {}),
    wantLogoutResponseSigned: true,
    // A LogoutRequest the IdP starts ends sessions here: only a signed one (verifySamlLogoutRequest).
    wantLogoutRequestSigned: true,
  });
  const idpData = config.idpMetadata ?? {};
  const idp = idpData.metadata
    ? samlify.IdentityProvider({ metadata: idpData.metadata, wantLogoutRequestSigned: true })
    : samlify.IdentityProvider({
        entityID: idpData.entityID,
        signingCert: idpData.cert,
        singleSignOnService: [{ Binding: REDIRECT, Location: config.entryPoint ?? "" }],
        singleLogoutService: idpData.singleLogoutService,
        wantLogoutRequestSigned: true,
      });
  return { sp, idp };
}

/** A SAML provider's stored configuration, when it is switched on. */
export async function samlProviderConfig(services: Pick<AppServices, "db">, providerId: string) {
  const [row] = await services.db
    .select({ samlConfig: ssoProvider.samlConfig, singleLogout: identityProvider.samlSingleLogout })
    .from(ssoProvider)
    .innerJoin(identityProvider, eq(identityProvider.providerId, ssoProvider.providerId))
    .where(and(eq(ssoProvider.providerId, providerId), isNull(identityProvider.disabledAt)));
  return row?.samlConfig ? { samlConfig: row.samlConfig, singleLogout: row.singleLogout } : null;
}

/**
 * SP-initiated single logout: when the session came from a SAML sign-in at an IdP with a
 * SingleLogoutService, a signed LogoutRequest for the sign-in's NameID and SessionIndex, as the
 * address to send the browser to; its id is kept so only the answer to it is accepted. Null when
 * the session is not a SAML one, the IdP takes no LogoutRequest or we have no key to sign with.
 * Must run before better-auth's sign-out, which deletes the plugin's records of the session.
 */
export async function samlLogoutRequestUrl(services: Pick<AppServices, "db" | "env" | "clock">, sessionId: string): Promise<string | null> {
  if (!samlSigningKeyPair(services.env)) return null;
  const now = services.clock.now();
  const values = async (identifier: string) =>
    (
      await services.db
        .select({ value: verification.value })
        .from(verification)
        .where(and(eq(verification.identifier, identifier), gt(verification.expiresAt, now)))
        .orderBy(desc(verification.createdAt))
    ).map((row) => row.value);
  const [sessionKey] = await values(`${SAML_SESSION_BY_ID}${sessionId}`);
  // The plugin keys its record by provider and NameID: one person's several sessions (two
  // browsers) each have a row under the same key; this session's is the one naming it.
  const session = (sessionKey ? await values(sessionKey) : [])
    .map((value) => JSON.parse(value) as { sessionId?: string; providerId?: string; nameID?: string; sessionIndex?: string })
    .find((record) => record.sessionId === sessionId);
  if (!session?.providerId || !session.nameID) return null;
  const provider = await samlProviderConfig(services, session.providerId);
  if (!provider?.singleLogout) return null;
  const { sp, idp } = samlParties(services, session.providerId, provider.samlConfig);
  const request = sp.createLogoutRequest(idp, "redirect", { logoutNameID: session.nameID, sessionIndex: session.sessionIndex }) as { id: string; context: string };
  await services.db.insert(verification).values({
    id: randomUUID(),
    identifier: `${SAML_LOGOUT_REQUEST}${request.id}`,
    value: session.providerId,
    expiresAt: new Date(now.getTime() + LOGOUT_REQUEST_TTL_MS),
  });
  return request.context;
}
