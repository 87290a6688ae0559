import { and, asc, count, eq, isNotNull, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { onboardingInvitation, organisation } from "~/db/schema/index.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";

export type OpenInvitation = { id: string; organisation: string; organisationSlug: string; email: string; name: string | null; sentAt: Date; remindedAt: Date | null };

/** The coordinator's overview: who has not yet claimed their organisation, oldest mailing first. */
export async function listOnboardingInvitations(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const network = await networkForOnboarding(services, actor, input.slug);
  const open: OpenInvitation[] = await services.db
    .select({
      id: onboardingInvitation.id,
      organisation: organisation.name,
      organisationSlug: organisation.slug,
      email: onboardingInvitation.email,
      name: onboardingInvitation.name,
      sentAt: onboardingInvitation.sentAt,
      remindedAt: onboardingInvitation.remindedAt,
    })
    .from(onboardingInvitation)
    .innerJoin(organisation, eq(organisation.id, onboardingInvitation.organisationId))
    .where(and(eq(onboardingInvitation.networkId, network.id), isNull(onboardingInvitation.acceptedAt)))
    .orderBy(asc(onboardingInvitation.sentAt), asc(organisation.name))
    .limit(1000);
  const [accepted] = await services.db
    .select({ n: count() })
    .from(onboardingInvitation)
    .where(and(eq(onboardingInvitation.networkId, network.id), isNotNull(onboardingInvitation.acceptedAt)));
  return { network, open, accepted: accepted?.n ?? 0 };
}
