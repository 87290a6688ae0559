import { randomBytes } from "node:crypto";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { providerIdFor } from "~/domain/identity/mapping.ts";
import type { ProviderForm } from "~/domain/identity/provider-form.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { discoverOidc, organisationBySlug, replaceDomains } from "./helpers/provider-config.server.ts";

/**
 * Adds an identity provider: better-auth's SSO row (with the endpoints read from the provider's
 * discovery document now, so a wrong issuer is told beside its field) and ours beside it.
 */
export async function createIdentityProvider(services: Pick<AppServices, "db" | "env">, actor: Actor, input: ProviderForm) {
  await requirePermission(services.db, actor, "identity.manage");
  if (!input.clientSecret) throw invalid("identity.clientSecret.required", "clientSecret");
  const organisationId = await organisationBySlug(services.db, input.organisation, "organisation");
  const discovered = await discoverOidc(services, { issuer: input.issuer, clientId: input.clientId, clientSecret: input.clientSecret, scopes: input.scopes });
  const providerId = providerIdFor(input.name, randomBytes(3).toString("hex"));
  await services.db.transaction(async (tx) => {
    await tx.insert(ssoProvider).values({
      id: crypto.randomUUID(),
      providerId,
      issuer: input.issuer,
      oidcConfig: JSON.stringify(discovered.oidcConfig),
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
      endSessionEndpoint: discovered.endSessionEndpoint,
    });
    await replaceDomains(tx, providerId, input.domains, null);
    // The secret stays out of the log.
    await recordAudit(tx, actor, "identity_provider.create", { type: "identity_provider", id: providerId, label: input.name }, null, { ...input, clientSecret: undefined, organisationId });
  });
  return { providerId };
}
