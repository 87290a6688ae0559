import { and, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { onboardingInvitation } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { remailInvitation } from "./helpers/invitation-mail.server.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";

/** The coordinator mails an open invitation again, with a new link; the reminder week starts again. */
export async function sendOnboardingInvitation(services: AppServices, actor: Actor, input: { slug: string; invitationId: string }): Promise<{ email: string }> {
  const network = await networkForOnboarding(services, actor, input.slug);
  if (!isUuid(input.invitationId)) throw notFound();
  return services.db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: onboardingInvitation.id, email: onboardingInvitation.email })
      .from(onboardingInvitation)
      .where(and(eq(onboardingInvitation.id, input.invitationId), eq(onboardingInvitation.networkId, network.id), isNull(onboardingInvitation.acceptedAt)))
      .for("update");
    if (!open) throw notFound();
    await remailInvitation(services, tx, open.id, "invite", services.clock.now());
    return { email: open.email };
  });
}
