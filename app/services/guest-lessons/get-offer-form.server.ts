import type { Actor, AppServices } from "~/context.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { loadTopics } from "./helpers/topics.server.ts";

/** What the new-offer form needs: the companies and providers the user acts for, and the topic list. */
export async function getOfferForm(services: AppServices, actor: Actor) {
  const [organisations, topics] = await Promise.all([actingOrganisations(services.db, actor, OFFERING_KINDS), loadTopics(services.db)]);
  return { organisations, topics };
}
