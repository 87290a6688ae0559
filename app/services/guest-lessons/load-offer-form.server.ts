import type { AppServices, SessionUser } from "~/context.ts";
import { actingOrganisations, loadTopics } from "./support.server.ts";
import { OFFERING_KINDS } from "./offer-values.server.ts";

/** What the new-offer form needs: the companies and providers the user acts for, and the topic list. */
export async function loadOfferForm(services: AppServices, user: SessionUser | null) {
  const [organisations, topics] = await Promise.all([actingOrganisations(services.db, user, OFFERING_KINDS), loadTopics(services.db)]);
  return { organisations, topics };
}
