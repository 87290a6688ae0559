import { and, desc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest, offer } from "~/db/schema/index.ts";
import type { OfferLocation } from "~/domain/guest-lessons/vocabulary.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { matchingRequests, type RequestSuggestion } from "./helpers/matching-requests.server.ts";
import { loadTopics } from "./helpers/topics.server.ts";

/** A provider's published offers considered for its list of matching requests (most recent first). */
const OFFERS_CONSIDERED = 25;

export type MatchingRequest = RequestSuggestion & { offerId: string; offerTitle: string };

/**
 * /vragen: for a school, its own requests; for a company or provider, the open requests that fit
 * its published offers, best match first, each with the offer it fits and why.
 */
export async function listRequests(services: AppServices, actor: Actor) {
  const [schools, providers] = await Promise.all([
    actingOrganisations(services.db, actor, ["school"]),
    actingOrganisations(services.db, actor, OFFERING_KINDS),
  ]);

  const own =
    schools.length === 0
      ? []
      : await services.db
          .select({
            id: lessonRequest.id,
            title: lessonRequest.title,
            kind: lessonRequest.kind,
            level: lessonRequest.level,
            status: lessonRequest.status,
            mode: lessonRequest.mode,
            pupils: lessonRequest.pupils,
            groups: lessonRequest.groups,
            schoolOrganisationId: lessonRequest.schoolOrganisationId,
            createdAt: lessonRequest.createdAt,
          })
          .from(lessonRequest)
          .where(inArray(lessonRequest.schoolOrganisationId, schools.map((s) => s.id)))
          .orderBy(desc(lessonRequest.createdAt))
          .limit(200);

  const best = new Map<string, MatchingRequest>();
  if (providers.length > 0) {
    const offers = await services.db
      .select()
      .from(offer)
      .where(and(inArray(offer.organisationId, providers.map((p) => p.id)), eq(offer.status, "published")))
      .orderBy(desc(offer.publishedAt))
      .limit(OFFERS_CONSIDERED);
    for (const o of offers) {
      for (const suggestion of await matchingRequests(services.db, { ...o, locations: o.locations as OfferLocation[], reliability: null }, { limit: 20 })) {
        const known = best.get(suggestion.id);
        if (!known || known.match.score < suggestion.match.score) best.set(suggestion.id, { ...suggestion, offerId: o.id, offerTitle: o.title });
      }
    }
  }
  const matching = [...best.values()].sort((a, b) => b.match.score - a.match.score).slice(0, 50);
  return { schools, providers, own, matching, topics: await loadTopics(services.db) };
}
