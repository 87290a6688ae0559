import { randomBytes } from "node:crypto";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { providerIdFor } from "~/domain/identity/mapping.ts";
import type { ProviderForm } from "~/domain/identity/provider-form.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { organisationBySlug, protocolSettings, replaceDomains } from "./helpers/provider-config.server.ts";

/**
 * Adds an identity provider: better-auth's SSO row (OpenID Connect with the endpoints read from
 * the provider's discovery document now, SAML with the IdP's metadata read now, so a wrong
 * issuer or metadata is told beside its field) and ours beside it.
 */
export async function createIdentityProvider(services: Pick<AppServices, "db" | "env">, actor: Actor, input: ProviderForm) {
  await requirePermission(services.db, actor, "identity.manage");
  if (input.protocol === "oidc" && !input.clientSecret) throw invalid("identity.clientSecret.required", "clientSecret");
  const organisationId = await organisationBySlug(services.db, input.organisation, "organisation");
  const providerId = providerIdFor(input.name, randomBytes(3).toString("hex"));
  const settings = await protocolSettings(services, input, { providerId, clientSecret: input.protocol === "oidc" ? (input.clientSecret ?? "") : "" });
  await services.db.transaction(async (tx) => {
    await tx.insert(ssoProvider).values({
      id: crypto.randomUUID(),
      providerId,
      issuer: settings.issuer,
      oidcConfig: settings.oidcConfig,
      samlConfig: settings.samlConfig,
      userId: actor!.id,
      domain: input.domains.join(","),
    });
    await tx.insert(identityProvider).values({
      providerId,
      name: input.name,
      protocol: input.protocol,
      kind: input.kind,
      organisationId,
      defaultRole: input.defaultRole,
      trustedForLinking: input.trustedForLinking,
      endSessionEndpoint: settings.endSessionEndpoint,
      samlMetadataUrl: settings.samlMetadataUrl,
      samlSingleLogout: settings.samlSingleLogout,
    });
    await replaceDomains(tx, providerId, input.domains, null);
    // The secret stays out of the log.
    await recordAudit(tx, actor, "identity_provider.create", { type: "identity_provider", id: providerId, label: input.name }, null, { ...input, clientSecret: undefined, samlMetadata: undefined, organisationId });
  });
  return { providerId };
}
