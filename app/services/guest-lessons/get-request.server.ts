import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation, requestSuggestion } from "~/db/schema/index.ts";
import { mismatches, type Mismatch } from "~/domain/guest-lessons/mismatches.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { loadTopics } from "./helpers/topics.server.ts";
import type { OfferSuggestion } from "./search-matching-offers.server.ts";
import { matchesForRequest } from "./helpers/request-matches.server.ts";

/**
 * A request with, for its school, the offers that fit it best and why. The school's own people
 * see every request of theirs; companies and providers see open requests (to everyone, or to
 * their own offer), and the appointment in which they answer one sent to them.
 */
export async function getRequest(services: AppServices, actor: Actor, input: { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [row] = await services.db
    .select({
      request: lessonRequest,
      schoolName: organisation.name,
      directOfferTitle: offer.title,
      directOfferOrganisationId: offer.organisationId,
      directOfferLimits: { levels: offer.levels, groupSizeMin: offer.groupSizeMin, groupSizeMax: offer.groupSizeMax },
    })
    .from(lessonRequest)
    .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
    .leftJoin(offer, eq(offer.id, lessonRequest.directOfferId))
    .where(eq(lessonRequest.id, requestId))
    .limit(1);
  if (!row) throw notFound("requests.notFound");
  const r = row.request;

  const isSchool = await can(services.db, actor, "request.view", { organisationId: r.schoolOrganisationId });
  let visible = isSchool;
  let providerIds: string[] = [];
  if (!visible && r.status === "open") {
    const providers = await actingOrganisations(services.db, actor, OFFERING_KINDS);
    providerIds = providers.map((p) => p.id);
    visible = r.mode === "open" ? providers.length > 0 : providers.some((p) => p.id === row.directOfferOrganisationId);
  }
  if (!visible) throw notFound("requests.notFound");
  // A company reading a request the school sent to it answers in the appointment: the page links there
  // (it was a dead end, with nothing to do but go back).
  const ownAppointments = providerIds.length
    ? await services.db
        .select({ id: appointment.id, state: appointment.state })
        .from(appointment)
        .where(and(eq(appointment.requestId, r.id), inArray(appointment.providerOrganisationId, providerIds)))
        .orderBy(desc(appointment.requestedAt))
    : [];

  let suggestions: OfferSuggestion[] = [];
  if (isSchool && r.status === "open") {
    suggestions = await matchesForRequest(services, r, { limit: 20 });
  }
  const theClass = { level: r.level, pupils: r.pupils, groups: r.groups };
  // Companies reading an open request see none of the school's own dealings with other companies.
  const loop = isSchool ? await schoolsLoop(services, r.id, suggestions.map((s) => s.id), theClass) : null;
  const askedOffers = new Set((loop?.answers ?? []).filter((a) => !["declined", "expired", "cancelled"].includes(a.state)).map((a) => a.offerId));
  return {
    request: r,
    schoolName: row.schoolName,
    directOfferTitle: row.directOfferTitle,
    /** What does not fit between the class and the offer asked directly, said beside it. */
    directOfferMismatches: isSchool && row.directOfferTitle !== null && row.directOfferLimits ? mismatches(row.directOfferLimits, theClass) : [],
    isSchool,
    suggestions: suggestions.map((s) => ({ ...s, mismatches: loop?.limits.get(s.id) ?? [], asked: askedOffers.has(s.id) })),
    /** What the network's coordinator (or the escalation) put before the school, and whether it was asked. */
    proposals: loop?.proposals ?? [],
    /** Every company the request went to, with its answer so far. */
    answers: loop?.answers ?? [],
    /** For a company or provider: the appointments this request made with its own organisations. */
    ownAppointments,
    topics: await loadTopics(services.db),
  };
}

/** The school's side of the loop: what does not fit in each suggestion, the coordinator's proposals, the companies' answers. */
async function schoolsLoop(services: AppServices, requestId: string, offerIds: string[], theClass: { level: string; pupils: number; groups: number }) {
  const provider = alias(organisation, "provider");
  const [limits, proposals, answers] = await Promise.all([
    offerIds.length
      ? services.db.select({ id: offer.id, levels: offer.levels, groupSizeMin: offer.groupSizeMin, groupSizeMax: offer.groupSizeMax }).from(offer).where(inArray(offer.id, offerIds))
      : Promise.resolve([]),
    services.db
      .select({
        id: requestSuggestion.id,
        source: requestSuggestion.source,
        note: requestSuggestion.note,
        appointmentId: requestSuggestion.appointmentId,
        offerId: offer.id,
        offerTitle: offer.title,
        offerStatus: offer.status,
        organisationName: provider.name,
        levels: offer.levels,
        groupSizeMin: offer.groupSizeMin,
        groupSizeMax: offer.groupSizeMax,
      })
      .from(requestSuggestion)
      .innerJoin(offer, eq(offer.id, requestSuggestion.offerId))
      .innerJoin(provider, eq(provider.id, offer.organisationId))
      .where(eq(requestSuggestion.requestId, requestId))
      .orderBy(desc(requestSuggestion.createdAt)),
    services.db
      .select({
        id: appointment.id,
        state: appointment.state,
        offerId: appointment.offerId,
        offerTitle: offer.title,
        providerName: provider.name,
        date: appointment.date,
        startsAt: appointment.startsAt,
        providerProposal: appointment.providerProposal,
        declineReason: appointment.declineReason,
      })
      .from(appointment)
      .innerJoin(offer, eq(offer.id, appointment.offerId))
      .innerJoin(provider, eq(provider.id, appointment.providerOrganisationId))
      .where(eq(appointment.requestId, requestId))
      .orderBy(desc(appointment.requestedAt)),
  ]);
  return {
    limits: new Map<string, Mismatch[]>(limits.map((o) => [o.id, mismatches(o, theClass)])),
    proposals: proposals.map(({ levels, groupSizeMin, groupSizeMax, ...p }) => ({ ...p, mismatches: mismatches({ levels, groupSizeMin, groupSizeMax }, theClass) })),
    answers: answers.map((a) => ({ ...a, startsAt: a.startsAt?.toISOString() ?? null })),
  };
}
