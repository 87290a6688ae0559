import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { identityProvider, identityProviderDomain, organisation, ssoProvider } from "~/db/schema/index.ts";

/** The client secret kept in the plugin's JSON; used only to keep it on an edit that leaves it empty. */
export function storedSecret(oidcConfig: string | null): string {
  const parsed = oidcConfig ? (JSON.parse(oidcConfig) as { clientSecret?: unknown }) : {};
  return typeof parsed.clientSecret === "string" ? parsed.clientSecret : "";
}

/** The SAML fields as the administrator gave them: the metadata's address, or the pasted metadata, or the typed settings. */
function samlView(samlConfig: string | null, samlMetadataUrl: string | null) {
  const config = samlConfig ? (JSON.parse(samlConfig) as { idpMetadata?: { metadata?: string; entityID?: string; cert?: string }; entryPoint?: string }) : null;
  const idp = config?.idpMetadata ?? {};
  return {
    samlMetadataUrl: samlMetadataUrl ?? "",
    samlMetadata: samlMetadataUrl ? "" : (idp.metadata ?? ""),
    samlEntityId: idp.metadata ? "" : (idp.entityID ?? ""),
    samlSsoUrl: idp.metadata ? "" : (config?.entryPoint ?? ""),
    samlCertificate: idp.metadata ? "" : (idp.cert ?? ""),
  };
}

/** What the administrator's pages show of a provider: everything but the client secret. */
export async function providerViews(db: Db, providerId?: string) {
  const rows = await db
    .select({ provider: identityProvider, issuer: ssoProvider.issuer, oidcConfig: ssoProvider.oidcConfig, samlConfig: ssoProvider.samlConfig, organisationSlug: organisation.slug, organisationName: organisation.name })
    .from(identityProvider)
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, identityProvider.providerId))
    .leftJoin(organisation, eq(organisation.id, identityProvider.organisationId))
    .where(providerId ? eq(identityProvider.providerId, providerId) : undefined)
    .orderBy(asc(identityProvider.name));
  const ids = rows.map((r) => r.provider.providerId);
  const domains = ids.length
    ? await db.select().from(identityProviderDomain).where(inArray(identityProviderDomain.providerId, ids)).orderBy(asc(identityProviderDomain.domain))
    : [];
  return rows.map((r) => {
    const config = r.oidcConfig ? (JSON.parse(r.oidcConfig) as { clientId?: string; scopes?: string[] }) : {};
    return {
      providerId: r.provider.providerId,
      name: r.provider.name,
      protocol: r.provider.protocol,
      kind: r.provider.kind,
      issuer: r.issuer,
      clientId: config.clientId ?? "",
      scopes: config.scopes ?? [],
      domains: domains.filter((d) => d.providerId === r.provider.providerId).map((d) => d.domain),
      organisation: r.organisationSlug ? { slug: r.organisationSlug, name: r.organisationName ?? "" } : null,
      defaultRole: r.provider.defaultRole,
      trustedForLinking: r.provider.trustedForLinking,
      signsOutAtProvider: r.provider.endSessionEndpoint !== null || r.provider.samlSingleLogout,
      ...samlView(r.samlConfig, r.provider.samlMetadataUrl),
      disabled: r.provider.disabledAt !== null,
    };
  });
}

export type ProviderView = Awaited<ReturnType<typeof providerViews>>[number];
