import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, lessonRequest, offer, organisation } from "~/db/schema/index.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { requestProblems, type RequestInput } from "~/domain/guest-lessons/forms.ts";
import { requestSearchText } from "~/domain/guest-lessons/search-text.ts";
import { can } from "~/services/common/permissions.server.ts";
import { actingOrganisations, OFFERING_KINDS } from "./acting-organisations.server.ts";
import { loadTopics, topicNamer, type TopicRow } from "./topics.server.ts";

/**
 * What creating and editing a request share: the checks beyond the form (dates not past, known
 * topics, a school, a place we can find) and, for a direct request, the fit with its offer.
 */
export async function resolveRequestInput(services: AppServices, input: RequestInput): Promise<{ where: { placeName: string | null; lat: number | null; lon: number | null }; topics: TopicRow[] }> {
  const [school] = await services.db
    .select({ kind: organisation.kind, place: organisation.place, lat: organisation.lat, lon: organisation.lon })
    .from(organisation)
    .where(eq(organisation.id, input.schoolOrganisationId))
    .limit(1);
  if (!school) throw notFound("requestForm.error.school");
  if (school.kind !== "school") throw forbidden("requestForm.error.school");

  const topics = await loadTopics(services.db);
  const [field, message] = Object.entries(requestProblems(input, amsterdamToday(services.clock.now()), new Set(topics.map((t) => t.slug))))[0] ?? [];
  if (field && message) throw invalid(message, field);

  let where = { placeName: school.place, lat: school.lat, lon: school.lon };
  if (input.placeName) {
    const found = await services.geocoder.geocode({ place: input.placeName });
    if (!found) throw invalid("requestForm.error.placeUnknown", "placeName");
    where = { placeName: found.place, lat: found.lat, lon: found.lon };
  }
  if (input.place !== "online" && (where.lat === null || where.lon === null)) throw invalid("requestForm.error.noPlace", "placeName");
  return { where, topics };
}

/**
 * The columns the request form sets, as a new request stores them and an edit overwrites them:
 * one list, so an edit cannot forget a field the form asks (or the search text that follows it).
 */
export function requestColumns(input: RequestInput, resolved: Awaited<ReturnType<typeof resolveRequestInput>>) {
  return {
    kind: input.kind,
    title: input.title,
    topics: input.topics,
    freeText: input.freeText,
    level: input.level,
    pupils: input.pupils,
    groups: input.groups,
    dateOptions: input.dateOptions,
    periodFrom: input.periodFrom,
    periodUntil: input.periodUntil,
    place: input.place,
    placeName: resolved.where.placeName,
    lat: resolved.where.lat,
    lon: resolved.where.lon,
    maxTravelKm: input.maxTravelKm,
    notes: input.notes,
    searchText: requestSearchText(input, { topicName: topicNamer(resolved.topics) }),
  } satisfies Partial<typeof lessonRequest.$inferInsert>;
}

/**
 * A direct request must suit its offer. A new one needs a published offer; an edit of an
 * existing one only needs to keep fitting (the offer may have been archived since).
 */
export async function checkDirectOffer(tx: Db, input: RequestInput, options: { requirePublished: boolean }) {
  if (input.mode !== "direct") return;
  const [target] = await tx
    .select({ status: offer.status, hiddenAt: offer.hiddenAt, levels: offer.levels, locations: offer.locations })
    .from(offer)
    .where(eq(offer.id, input.directOfferId ?? ""))
    .for("share");
  if (!target || (options.requirePublished && (target.status !== "published" || target.hiddenAt))) throw invalid("requestForm.error.offer", "_form");
  if (!target.levels.includes(input.level)) throw invalid("requestForm.error.offerLevel", "level");
  if (input.place !== "any" && !target.locations.includes(input.place)) throw invalid("requestForm.error.offerPlace", "place");
}

/**
 * Locks a request and its appointments for a change by the school, in the order every
 * appointment use-case locks (the appointment row, then the request it updates), so that a
 * company answering at the same moment queues behind this change or this change behind it,
 * instead of the two deadlocking. FOR NO KEY UPDATE on the request still lets the sweep insert
 * rows that merely reference it.
 */
export async function lockRequestForChange(tx: Db, requestId: string) {
  await tx.select({ id: appointment.id }).from(appointment).where(eq(appointment.requestId, requestId)).orderBy(asc(appointment.id)).for("update");
  const [request] = await tx.select().from(lessonRequest).where(eq(lessonRequest.id, requestId)).for("no key update");
  if (!request) return null;
  // An appointment opened while this transaction waited for the request is seen (and locked) now.
  const appointments = await tx.select().from(appointment).where(eq(appointment.requestId, requestId)).orderBy(asc(appointment.id)).for("update");
  return { request, appointments };
}

/**
 * Only the requesting school's people (or a platform admin) change a request. A company that can
 * read it is told no (403); anyone else learns nothing about it (404).
 */
export async function requireRequestOwner(services: AppServices, user: Actor, request: Pick<typeof lessonRequest.$inferSelect, "schoolOrganisationId" | "status" | "mode" | "directOfferId">) {
  if (await can(services.db, user, "request.manage", { organisationId: request.schoolOrganisationId })) return;
  if (request.status === "open") {
    const providers = await actingOrganisations(services.db, user, OFFERING_KINDS);
    let visible = request.mode === "open" && providers.length > 0;
    if (!visible && request.directOfferId && providers.length > 0) {
      const [direct] = await services.db.select({ organisationId: offer.organisationId }).from(offer).where(eq(offer.id, request.directOfferId));
      visible = providers.some((p) => p.id === direct?.organisationId);
    }
    if (visible) throw forbidden("requests.error.notYours");
  }
  throw notFound("requests.notFound");
}
