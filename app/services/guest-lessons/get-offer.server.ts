import { and, desc, eq, inArray, notInArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation, providerReliability } from "~/db/schema/index.ts";
import { mismatches, type Mismatch } from "~/domain/guest-lessons/mismatches.ts";
import { RELEASED_APPOINTMENT_STATES } from "~/domain/guest-lessons/vocabulary.ts";
import { notFound } from "~/domain/errors.ts";
import { reach, type MatchReason, type OfferForMatching } from "~/domain/guest-lessons/matching.ts";
import { responseFigure, typicalResponseDays } from "~/domain/guest-lessons/reliability.ts";
import { schoolLevelsAsLessonLevels } from "~/domain/guest-lessons/levels.ts";
import { checkVog } from "~/domain/guest-lessons/vog.ts";
import { requestStanding } from "~/domain/guest-lessons/request-standing.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import type { OfferLocation } from "~/domain/guest-lessons/vocabulary.ts";
import { can } from "~/services/common/permissions.server.ts";
import { actingOrganisations } from "./helpers/acting-organisations.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { matchingRequests as findMatchingRequests, type RequestSuggestion } from "./helpers/matching-requests.server.ts";
import { loadTopics } from "./helpers/topics.server.ts";

/** A school's open request the offer could be sent to from its page (instead of a second request), with what does not fit. */
export type OpenRequest = { id: string; title: string; asked: boolean; mismatches: Mismatch[] };
export type SchoolView = { schoolName: string; fits: boolean; reasons: MatchReason[]; canRequest: boolean; openRequests: OpenRequest[] };

/**
 * One offer as its page shows it. Published offers are public; drafts and archived offers only
 * for the organisation's own people. Seen by a teacher, the page says whether and why it fits
 * her school; seen by the provider, which open requests it could serve; seen by anyone else,
 * where they stand towards requesting it (`standing`).
 */
export async function getOffer(services: AppServices, actor: Actor, input: { offerId: string }) {
  const { offerId } = input;
  if (!isUuid(offerId)) throw notFound("offer.notFound");
  const [row] = await services.db
    .select({
      offer,
      organisationName: organisation.name,
      organisationSlug: organisation.slug,
      reliability: {
        requestsReceived: providerReliability.requestsReceived,
        requestsAnswered: providerReliability.requestsAnswered,
        medianResponseHours: providerReliability.medianResponseHours,
      },
    })
    .from(offer)
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .leftJoin(providerReliability, eq(providerReliability.organisationId, offer.organisationId))
    .where(eq(offer.id, offerId))
    .limit(1);
  if (!row) throw notFound("offer.notFound");
  const canManage = await can(services.db, actor, "offer.manage", { organisationId: row.offer.organisationId });
  if (row.offer.status !== "published" && !canManage) throw notFound("offer.notFound");
  if (row.offer.hiddenAt && !(await can(services.db, actor, "platform.admin"))) throw notFound("offer.notFound");

  const reliability = row.reliability?.requestsReceived === null || row.reliability === null ? null : {
    requestsReceived: row.reliability.requestsReceived,
    requestsAnswered: row.reliability.requestsAnswered ?? 0,
    medianResponseHours: row.reliability.medianResponseHours,
  };
  const matchable: OfferForMatching & { title: string; description: string } = {
    ...row.offer,
    locations: row.offer.locations as OfferLocation[],
    reliability,
  };

  let schoolView: SchoolView | null = null;
  const organisations = await actingOrganisations(services.db, actor);
  const school = organisations.find((o) => o.kind === "school");
  if (school && row.offer.status === "published") {
    const where = reach(matchable, {
      kind: null, topics: [], hasText: false, level: "", pupils: null, groups: null, place: "any",
      lat: school.lat, lon: school.lon, maxTravelKm: null, dateOptions: [], periodFrom: null, periodUntil: null,
    });
    const levels = schoolLevelsAsLessonLevels(school.educationLevels).filter((l) => row.offer.levels.includes(l));
    const fits = where !== null && (levels.length > 0 || school.educationLevels.length === 0);
    const reasons: MatchReason[] = [];
    if (where) reasons.push(where.meeting === "online" ? { kind: "online" } : { kind: "distance", km: where.distanceKm ?? 0, meeting: where.meeting });
    for (const level of levels) reasons.push({ kind: "level", level });
    const days = typicalResponseDays(reliability);
    if (days !== null) reasons.push({ kind: "responds", days });
    const vog = checkVog({ validUntil: row.offer.vogValidUntil }, school.vogRequired, amsterdamToday(services.clock.now()));
    if (vog.required || vog.state === "valid") reasons.push({ kind: "vog", check: vog });
    schoolView = { schoolName: school.name, fits, reasons, canRequest: true, openRequests: await openRequestsFor(services, school.id, row.offer) };
  }

  let matchingRequests: RequestSuggestion[] = [];
  if (canManage && row.offer.status === "published") matchingRequests = await findMatchingRequests(services.db, matchable, { limit: 10 });

  return {
    offer: row.offer,
    organisation: { name: row.organisationName, slug: row.organisationSlug },
    canManage,
    responses: responseFigure(reliability),
    schoolView,
    standing: requestStanding({ signedIn: actor !== null, organisationKinds: organisations.map((o) => o.kind) }),
    matchingRequests,
    topics: await loadTopics(services.db),
  };
}

/** The school's open requests, newest first, each marked when it was sent to this offer already. */
async function openRequestsFor(services: AppServices, schoolId: string, o: typeof offer.$inferSelect): Promise<OpenRequest[]> {
  const requests = await services.db
    .select({ id: lessonRequest.id, title: lessonRequest.title, level: lessonRequest.level, pupils: lessonRequest.pupils, groups: lessonRequest.groups })
    .from(lessonRequest)
    .where(and(eq(lessonRequest.schoolOrganisationId, schoolId), eq(lessonRequest.status, "open")))
    .orderBy(desc(lessonRequest.createdAt))
    .limit(10);
  if (requests.length === 0) return [];
  const asked = await services.db
    .select({ requestId: appointment.requestId })
    .from(appointment)
    .where(and(eq(appointment.offerId, o.id), inArray(appointment.requestId, requests.map((r) => r.id)), notInArray(appointment.state, [...RELEASED_APPOINTMENT_STATES])));
  const askedIds = new Set(asked.map((a) => a.requestId));
  return requests.map((r) => ({ id: r.id, title: r.title, asked: askedIds.has(r.id), mismatches: mismatches(o, r) }));
}
