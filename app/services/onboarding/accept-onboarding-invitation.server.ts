import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, onboardingInvitation } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { invitationByToken } from "./helpers/invitation-by-token.server.ts";

/**
 * The invited contact, signed in, claims the organisation: they become its admin and the invitation
 * is used up (a second claim with the same link is refused).
 */
export async function acceptOnboardingInvitation(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { token: string }): Promise<{ slug: string }> {
  await requirePermission(services.db, actor, "onboarding.claim");
  return services.db.transaction(async (tx) => {
    const invitation = await invitationByToken(tx, input.token, true);
    if (invitation.acceptedAt) throw conflict("onboarding.claim.already");
    const now = services.clock.now();
    await tx
      .insert(membership)
      .values({ userId: actor!.id, organisationId: invitation.organisationId, role: "admin", createdAt: now })
      .onConflictDoUpdate({ target: [membership.userId, membership.organisationId], set: { role: "admin" } });
    await tx.update(onboardingInvitation).set({ acceptedAt: now, acceptedById: actor!.id }).where(eq(onboardingInvitation.id, invitation.id));
    await recordAudit(tx, actor, "onboarding.invitation.claim", { type: "organisation", id: invitation.organisationId, label: invitation.organisation }, null, { email: invitation.email });
    return { slug: invitation.organisationSlug };
  });
}
