import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer, organisation } from "~/db/schema/index.ts";
import { offerSearchText } from "~/domain/guest-lessons/search-text.ts";
import { writeOrganisationMatchKeys } from "./helpers/match-keys.server.ts";
import { loadTopics, topicNamer } from "./helpers/topics.server.ts";

/**
 * Offers copy their organisation's place and coordinates, and its name and place into their
 * search text, so that matching and search need no join. When the organisation moves or is
 * renamed, its offers and their matching keys follow here. Organisations' updateOrganisation calls
 * it inside its writing transaction (services.db is that transaction, the actor's permission
 * checked), so no suggestion ever sees the old place with the new one.
 */
export async function updateOrganisationOffers(services: Pick<AppServices, "db">, _actor: Actor, input: { organisationId: string }): Promise<void> {
  const { db: tx } = services;
  const { organisationId } = input;
  const [org] = await tx
    .select({ name: organisation.name, place: organisation.place, lat: organisation.lat, lon: organisation.lon })
    .from(organisation)
    .where(eq(organisation.id, organisationId));
  if (!org) return;
  const offers = await tx
    .select({ id: offer.id, title: offer.title, description: offer.description, topics: offer.topics, tags: offer.tags })
    .from(offer)
    .where(eq(offer.organisationId, organisationId))
    .for("update");
  if (offers.length === 0) return;
  const topicName = topicNamer(await loadTopics(tx));
  for (const o of offers) {
    await tx
      .update(offer)
      .set({ lat: org.lat, lon: org.lon, place: org.place, searchText: offerSearchText(o, { topicName, organisationName: org.name, place: org.place }) })
      .where(eq(offer.id, o.id));
  }
  await writeOrganisationMatchKeys(tx, organisationId);
}
