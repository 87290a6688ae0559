import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer, organisation } from "~/db/schema/index.ts";
import { actingOrganisations } from "./helpers/acting-organisations.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { loadTopics } from "./helpers/topics.server.ts";

/** What the request form needs: the user's schools, the topics, and the offer asked for directly (if any and published). */
export async function getRequestForm(services: AppServices, actor: Actor, input: { directOfferId: string | null }) {
  const { directOfferId } = input;
  const [schools, topics] = await Promise.all([actingOrganisations(services.db, actor, ["school"]), loadTopics(services.db)]);
  let direct: { id: string; title: string; kind: string; topics: string[]; levels: string[]; locations: string[]; groupSizeMin: number; groupSizeMax: number; organisationName: string } | null = null;
  // Anything but a uuid is no offer at all (and must not reach PostgreSQL's uuid parser).
  if (directOfferId && isUuid(directOfferId)) {
    const [row] = await services.db
      .select({
        id: offer.id,
        title: offer.title,
        kind: offer.kind,
        topics: offer.topics,
        levels: offer.levels,
        locations: offer.locations,
        // The offer's limits, said before the teacher asks (a workshop for 6–16 is no lesson for 24).
        groupSizeMin: offer.groupSizeMin,
        groupSizeMax: offer.groupSizeMax,
        status: offer.status,
        hiddenAt: offer.hiddenAt,
        organisationName: organisation.name,
      })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      .where(eq(offer.id, directOfferId))
      .limit(1);
    if (row && row.status === "published" && !row.hiddenAt) direct = row;
  }
  return { schools, topics, direct };
}
