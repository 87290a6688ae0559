import { eq, isNotNull, and } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import {
  placeInSchool,
  readFederationAttributes,
  type Federation,
  type FederationRefusal,
  type SamlAttributes,
} from "~/domain/identity/federation-attributes.ts";
import type { ProviderPolicy } from "~/domain/identity/mapping.ts";

/** The codes a refused federation sign-in puts in the error address; /inloggen says each in Dutch. */
export type FederationRefusalCode = `sso_${FederationRefusal}` | "sso_unknown_school" | "sso_unverified_school" | "sso_unknown_domain";

export type Placement = { ok: true; organisationId: string | null } | { ok: false; code: FederationRefusalCode };

/** Entree Federatie and SURFconext: people are placed by their attributes, not by the provider's domains. */
export function federationOf(kind: string): Federation | null {
  return kind === "entree" || kind === "surfconext" ? kind : null;
}

/**
 * Where a person a federation vouches for belongs (ADR 033): the school with the BRIN Entree
 * sends (only one the platform verified), or the organisation the administrator gave the institution's domain (SURFconext's
 * schacHomeOrganization). `email` is the address better-auth took; it must be the one the
 * attributes carry, or the mapping is wrong and nobody is signed in under a made-up address.
 */
export async function placeFederatedPerson(
  db: Db,
  policy: ProviderPolicy,
  federation: Federation,
  attributes: SamlAttributes,
  email: string,
): Promise<Placement> {
  const reading = readFederationAttributes(attributes, federation);
  if (!reading.ok) return { ok: false, code: `sso_${reading.refusal}` };
  if (reading.profile.email !== email.toLowerCase()) return { ok: false, code: "sso_email_missing" };
  const key = reading.profile.organisationKey;
  if (key.kind === "brin") {
    const candidates = await db
      .select({ id: organisation.id, brin: organisation.brin, branchNumber: organisation.branchNumber, verifiedAt: organisation.verifiedAt })
      .from(organisation)
      .where(and(isNotNull(organisation.brin), eq(organisation.brin, key.brin)));
    const placed = placeInSchool(
      candidates.map((c) => ({ id: c.id, brin: c.brin!, branchNumber: c.branchNumber, verified: c.verifiedAt !== null })),
      key,
    );
    return placed.ok ? { ok: true, organisationId: placed.organisationId } : { ok: false, code: `sso_${placed.refusal}` };
  }
  // A domain's subdomains are the institution's too (student.roc.nl, roc.nl).
  const row = policy.domains.find((d) => key.domain === d.domain || key.domain.endsWith(`.${d.domain}`));
  if (!row) return { ok: false, code: "sso_unknown_domain" };
  return { ok: true, organisationId: row.organisationId ?? policy.organisationId };
}
