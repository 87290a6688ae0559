import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { identityProvider, identityProviderDomain, membership } from "~/db/schema/index.ts";
import { samlAttributesOf } from "~/domain/identity/federation-attributes.ts";
import { membershipFor, type FederationKind, type ProviderPolicy } from "~/domain/identity/mapping.ts";
import { federationOf, placeFederatedPerson } from "./saml-federation.server.ts";

/**
 * What better-auth's SSO plugin asks during a federated sign-in (configured in auth.server.ts):
 * the provider's policy (our row beside the plugin's), and the membership a person gets.
 */
export async function providerPolicy(db: Db, providerId: string): Promise<(ProviderPolicy & { kind: FederationKind }) | null> {
  const [provider] = await db.select().from(identityProvider).where(eq(identityProvider.providerId, providerId)).limit(1);
  if (!provider) return null;
  const domains = await db
    .select({ domain: identityProviderDomain.domain, organisationId: identityProviderDomain.organisationId })
    .from(identityProviderDomain)
    .where(eq(identityProviderDomain.providerId, providerId));
  return {
    organisationId: provider.organisationId,
    defaultRole: provider.defaultRole,
    trustedForLinking: provider.trustedForLinking,
    disabled: provider.disabledAt !== null,
    domains,
    kind: provider.kind,
  };
}

/**
 * Gives the person the membership the provider maps them to. Runs on every federated sign-in,
 * so it is idempotent: an existing membership (and the role someone gave since) stays as it is.
 */
export async function provisionFederatedMember(
  db: Db,
  providerId: string,
  user: { id: string; email: string },
  saml: { attributes: Record<string, unknown> } | null = null,
): Promise<void> {
  const policy = await providerPolicy(db, providerId);
  if (!policy) return;
  const place = await federatedPlace(db, policy, user.email, saml);
  if (!place) return;
  await db.insert(membership).values({ userId: user.id, organisationId: place.organisationId, role: place.role }).onConflictDoNothing();
}

/**
 * A school federation speaking SAML (Entree, SURFconext) places a person by their attributes
 * (app/auth/saml-federation.server.ts); every other provider by the e-mail domain.
 */
async function federatedPlace(
  db: Db,
  policy: ProviderPolicy & { kind: FederationKind },
  email: string,
  saml: { attributes: Record<string, unknown> } | null,
) {
  const federation = saml ? federationOf(policy.kind) : null;
  if (!saml || !federation) return membershipFor(policy, email);
  const placed = await placeFederatedPerson(db, policy, federation, samlAttributesOf(saml.attributes), email);
  return placed.ok && placed.organisationId ? { organisationId: placed.organisationId, role: policy.defaultRole } : null;
}
