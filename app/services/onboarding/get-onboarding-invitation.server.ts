import type { Actor, AppServices } from "~/context.ts";
import { invitationByToken } from "./helpers/invitation-by-token.server.ts";

/**
 * What an invitation link shows anyone who has it: the organisation and network, and whether it was
 * claimed. The token is the proof; signing in or up comes before the claim itself.
 */
export async function getOnboardingInvitation(services: Pick<AppServices, "db">, _actor: Actor, input: { token: string }) {
  const row = await invitationByToken(services.db, input.token);
  return { organisation: row.organisation, organisationSlug: row.organisationSlug, network: row.network, accepted: row.acceptedAt !== null };
}
