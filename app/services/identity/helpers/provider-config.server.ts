import { computeDiscoveryUrl, DiscoveryError, fetchDiscoveryDocument, normalizeDiscoveryUrls, selectTokenEndpointAuthMethod, validateDiscoveryDocument } from "@better-auth/sso";
import { isPublicRoutableHost } from "@better-auth/core/utils/host";
import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { identityProvider, identityProviderDomain, organisation, ssoProvider } from "~/db/schema/index.ts";
import { invalid, conflict } from "~/domain/errors.ts";
import { federationOfKind } from "~/domain/identity/federation-attributes.ts";
import type { ProviderForm } from "~/domain/identity/provider-form.ts";
import { baseUrl, ssoPrivateIssuers } from "~/lib/env.server.ts";
import { samlConfigFor } from "./saml-config.server.ts";

/**
 * Which addresses of an identity provider the server may fetch (discovery, SAML metadata): https
 * on a public host, or an origin SSO_PRIVATE_ISSUERS names (against SSRF; ADR 033).
 */
export function reachableIssuer(env: AppServices["env"]): (url: string) => boolean {
  const allowed = ssoPrivateIssuers(env);
  return (url: string) => {
    try {
      const parsed = new URL(url);
      return allowed.includes(parsed.origin) || (parsed.protocol === "https:" && isPublicRoutableHost(parsed.hostname));
    } catch {
      return false;
    }
  };
}

/** What the administrator's form gives for an OpenID Connect provider. */
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; scopes: string[] };

/** The plugin's `oidcConfig` (its JSON column) and what we keep beside it. */
export type DiscoveredOidc = { oidcConfig: Record<string, unknown>; endSessionEndpoint: string | null };

/**
 * Reads the provider's discovery document once, when the administrator saves it, and keeps its
 * endpoints in the plugin's configuration (the plugin then never discovers at sign-in time). A
 * provider on a private address is reached only when SSO_PRIVATE_ISSUERS names it (SSRF; ADR 033).
 */
export async function discoverOidc(services: Pick<AppServices, "env">, settings: OidcSettings): Promise<DiscoveredOidc> {
  const reachable = reachableIssuer(services.env);
  const discoveryEndpoint = computeDiscoveryUrl(settings.issuer);
  if (!reachable(discoveryEndpoint)) throw invalid("identity.issuer.private", "issuer");
  try {
    const document = await fetchDiscoveryDocument(discoveryEndpoint, 10_000, reachable);
    validateDiscoveryDocument(document, settings.issuer);
    const doc = normalizeDiscoveryUrls(document, settings.issuer, reachable);
    return {
      oidcConfig: {
        issuer: settings.issuer,
        pkce: true,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        discoveryEndpoint,
        authorizationEndpoint: doc.authorization_endpoint,
        tokenEndpoint: doc.token_endpoint,
        jwksEndpoint: doc.jwks_uri,
        userInfoEndpoint: doc.userinfo_endpoint,
        tokenEndpointAuthentication: selectTokenEndpointAuthMethod(doc),
        scopes: settings.scopes,
      },
      endSessionEndpoint: typeof doc.end_session_endpoint === "string" ? doc.end_session_endpoint : null,
    };
  } catch (error) {
    if (error instanceof DiscoveryError) {
      const key = error.code === "issuer_mismatch" ? "identity.issuer.mismatch" : error.code === "discovery_private_host" || error.code === "discovery_untrusted_origin" ? "identity.issuer.private" : "identity.issuer.unreachable";
      throw invalid(key, "issuer");
    }
    throw error;
  }
}

/** What a provider's protocol puts in the plugin's row and ours. */
export type ProtocolSettings = {
  issuer: string;
  oidcConfig: string | null;
  samlConfig: string | null;
  endSessionEndpoint: string | null;
  samlMetadataUrl: string | null;
  samlSingleLogout: boolean;
};

/**
 * The plugin's configuration for the form's protocol: OpenID Connect from the discovery document,
 * SAML 2.0 from the IdP's metadata or typed settings (saml-config.server.ts). `clientSecret` is
 * the one to use (the form's, or the stored one on an edit that left it empty).
 */
export async function protocolSettings(
  services: Pick<AppServices, "env">,
  input: ProviderForm,
  context: { providerId: string; clientSecret: string },
): Promise<ProtocolSettings> {
  if (input.protocol === "saml") {
    const built = await samlConfigFor(input, {
      baseUrl: baseUrl(services.env),
      providerId: context.providerId,
      federation: federationOfKind(input.kind),
      reachable: reachableIssuer(services.env),
    });
    return {
      issuer: built.idpEntityId,
      oidcConfig: null,
      samlConfig: JSON.stringify(built.samlConfig),
      endSessionEndpoint: null,
      // Pasted metadata wins and is not refreshed; an address is fetched again daily.
      samlMetadataUrl: input.samlMetadata ? null : input.samlMetadataUrl,
      samlSingleLogout: built.singleLogout,
    };
  }
  const discovered = await discoverOidc(services, { issuer: input.issuer, clientId: input.clientId, clientSecret: context.clientSecret, scopes: input.scopes });
  return {
    issuer: input.issuer,
    oidcConfig: JSON.stringify(discovered.oidcConfig),
    samlConfig: null,
    endSessionEndpoint: discovered.endSessionEndpoint,
    samlMetadataUrl: null,
    samlSingleLogout: false,
  };
}

/** The organisation an administrator named by its address name (slug); none when left empty. */
export async function organisationBySlug(db: Db, slug: string | null, field: string): Promise<string | null> {
  if (!slug) return null;
  const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!row) throw invalid("identity.organisation.unknown", field);
  return row.id;
}

/**
 * Replaces the provider's domains. A domain belongs to one provider (its primary key): another
 * provider's domain is refused beside the field, decided by the database inside the transaction.
 */
export async function replaceDomains(tx: Db, providerId: string, domains: string[], organisationId: string | null) {
  await tx.delete(identityProviderDomain).where(eq(identityProviderDomain.providerId, providerId));
  const inserted = await tx
    .insert(identityProviderDomain)
    .values(domains.map((domain) => ({ domain, providerId, organisationId })))
    .onConflictDoNothing()
    .returning({ domain: identityProviderDomain.domain });
  const taken = domains.find((domain) => !inserted.some((row) => row.domain === domain));
  if (taken) throw conflict("identity.domains.taken", "domains", { domain: taken });
  // The plugin keeps one domain per provider; it matches on it only when asked by domain, which we never do.
  await tx.update(ssoProvider).set({ domain: domains.join(",") }).where(eq(ssoProvider.providerId, providerId));
}

/** The provider's two rows, locked for a change; 404 when there is none. */
export async function lockProvider(tx: Db, providerId: string) {
  const [row] = await tx
    .select({ provider: identityProvider, sso: ssoProvider })
    .from(identityProvider)
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, identityProvider.providerId))
    .where(eq(identityProvider.providerId, providerId))
    .for("update");
  return row ?? null;
}
