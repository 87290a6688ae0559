import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { ProviderForm } from "~/domain/identity/provider-form.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { lockProvider, organisationBySlug, protocolSettings, replaceDomains } from "./helpers/provider-config.server.ts";
import { storedSecret } from "./helpers/provider-view.server.ts";

/**
 * Changes an identity provider. An empty client secret keeps the stored one (it is never shown
 * again); the discovery document is read again, so a changed issuer is checked as on creation.
 */
export async function updateIdentityProvider(services: Pick<AppServices, "db" | "env" | "clock">, actor: Actor, input: ProviderForm & { providerId: string }) {
  await requirePermission(services.db, actor, "identity.manage");
  const [current] = await services.db.select({ oidcConfig: ssoProvider.oidcConfig }).from(ssoProvider).where(eq(ssoProvider.providerId, input.providerId)).limit(1);
  if (!current) throw notFound();
  const organisationId = await organisationBySlug(services.db, input.organisation, "organisation");
  const clientSecret = (input.protocol === "oidc" ? input.clientSecret : null) ?? storedSecret(current.oidcConfig);
  const settings = await protocolSettings(services, input, { providerId: input.providerId, clientSecret });
  await services.db.transaction(async (tx) => {
    const before = await lockProvider(tx, input.providerId);
    if (!before) throw notFound();
    await tx
      .update(ssoProvider)
      .set({ issuer: settings.issuer, oidcConfig: settings.oidcConfig, samlConfig: settings.samlConfig })
      .where(eq(ssoProvider.providerId, input.providerId));
    await tx
      .update(identityProvider)
      .set({
        name: input.name,
        kind: input.kind,
        organisationId,
        defaultRole: input.defaultRole,
        trustedForLinking: input.trustedForLinking,
        protocol: input.protocol,
        endSessionEndpoint: settings.endSessionEndpoint,
        samlMetadataUrl: settings.samlMetadataUrl,
        samlSingleLogout: settings.samlSingleLogout,
        updatedAt: services.clock.now(),
      })
      .where(eq(identityProvider.providerId, input.providerId));
    await replaceDomains(tx, input.providerId, input.domains, null);
    await recordAudit(tx, actor, "identity_provider.update", { type: "identity_provider", id: input.providerId, label: input.name }, before.provider, { ...input, clientSecret: undefined, samlMetadata: undefined, organisationId });
  });
  return { providerId: input.providerId };
}
