import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, onboardingInvitation, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { tokenHash } from "./invitation-mail.server.ts";

/** The invitation a link's token opens, with its organisation; 404 for a token that opens none (or an older one). */
export async function invitationByToken(db: Db, token: string, forUpdate = false) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound("onboarding.claim.unknown");
  const query = db
    .select({
      id: onboardingInvitation.id,
      organisationId: organisation.id,
      organisation: organisation.name,
      organisationSlug: organisation.slug,
      network: network.name,
      email: onboardingInvitation.email,
      acceptedAt: onboardingInvitation.acceptedAt,
    })
    .from(onboardingInvitation)
    .innerJoin(organisation, eq(organisation.id, onboardingInvitation.organisationId))
    .innerJoin(network, eq(network.id, onboardingInvitation.networkId))
    .where(eq(onboardingInvitation.tokenHash, tokenHash(token)));
  const [row] = forUpdate ? await query.for("update", { of: onboardingInvitation }) : await query;
  if (!row) throw notFound("onboarding.claim.unknown");
  return row;
}
