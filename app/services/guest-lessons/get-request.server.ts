import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest, offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { LessonLevel } from "~/domain/guest-lessons/vocabulary.ts";
import { can } from "~/services/common/permissions.server.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { loadTopics } from "./helpers/topics.server.ts";
import { searchMatchingOffers, type OfferSuggestion } from "./search-matching-offers.server.ts";

/**
 * A request with, for its school, the offers that fit it best and why. The school's own people
 * see every request of theirs; companies and providers see open requests (to everyone, or to
 * their own offer) so they can answer them.
 */
export async function getRequest(services: AppServices, actor: Actor, input: { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [row] = await services.db
    .select({ request: lessonRequest, schoolName: organisation.name, directOfferTitle: offer.title, directOfferOrganisationId: offer.organisationId })
    .from(lessonRequest)
    .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
    .leftJoin(offer, eq(offer.id, lessonRequest.directOfferId))
    .where(eq(lessonRequest.id, requestId))
    .limit(1);
  if (!row) throw notFound("requests.notFound");
  const r = row.request;

  const isSchool = await can(services.db, actor, "request.view", { organisationId: r.schoolOrganisationId });
  let visible = isSchool;
  if (!visible && r.status === "open") {
    const providers = await actingOrganisations(services.db, actor, OFFERING_KINDS);
    visible = r.mode === "open" ? providers.length > 0 : providers.some((p) => p.id === row.directOfferOrganisationId);
  }
  if (!visible) throw notFound("requests.notFound");

  let suggestions: OfferSuggestion[] = [];
  if (isSchool && r.status === "open") {
    suggestions = await searchMatchingOffers(services, actor, {
      request: {
        kind: r.kind,
        topics: r.topics,
        freeText: r.freeText,
        hasText: r.freeText !== "",
        level: r.level as LessonLevel,
        pupils: r.pupils,
        groups: r.groups,
        place: r.place,
        lat: r.lat,
        lon: r.lon,
        maxTravelKm: r.maxTravelKm,
        dateOptions: r.dateOptions,
        periodFrom: r.periodFrom,
        periodUntil: r.periodUntil,
      },
      limit: 20,
    });
  }
  return { request: r, schoolName: row.schoolName, directOfferTitle: row.directOfferTitle, isSchool, suggestions, topics: await loadTopics(services.db) };
}
