import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation, requestEscalation, requestSuggestion } from "~/db/schema/index.ts";
import { workingDaysBetween } from "~/domain/guest-lessons/working-days.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { paging } from "~/domain/common/paging.ts";
import { coordinatedNetworks } from "./helpers/coordinated-networks.server.ts";
import { matchesForRequest, mismatchesFor } from "./helpers/request-matches.server.ts";

/** Ranked offers put before the coordinator per request. */
const OFFERS_TO_PROPOSE = 8;
/**
 * Requests per page. Each runs its own matching query (side by side), so the page's cost grows with
 * this number, not with the number of open requests in the region (ADR 019).
 */
export const REQUESTS_PAGE_SIZE = 10;
/** Networks per page of the answer deadlines: a platform administrator coordinates all 700 (300 KB of list). */
export const DEADLINES_PAGE_SIZE = 25;

/**
 * The coordinator's view: the open requests of her networks, stalled ones first (escalated, then
 * the longest waiting), each with its appointments, suggestions, and the offers she could broker:
 * that request's ranked matches, not every offer of every region. A page at a time.
 */
export async function listNetworkRequests(services: AppServices, actor: Actor, input: { page?: number; deadlinesPage?: number } = {}) {
  const networks = await coordinatedNetworks(services, actor);
  const today = amsterdamToday(services.clock.now());
  const open = and(eq(lessonRequest.status, "open"), inArray(lessonRequest.networkId, networks.map((n) => n.id)));
  const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(lessonRequest).where(open);
  const page = paging(input.page ?? 1, total, REQUESTS_PAGE_SIZE);
  const rows = await services.db
    .select({
      request: lessonRequest,
      schoolName: organisation.name,
      escalatedAt: requestEscalation.escalatedAt,
      escalationReason: requestEscalation.reason,
    })
    .from(lessonRequest)
    .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
    .leftJoin(requestEscalation, eq(requestEscalation.requestId, lessonRequest.id))
    .where(open)
    .orderBy(sql`${requestEscalation.escalatedAt} IS NULL`, asc(lessonRequest.createdAt), asc(lessonRequest.id))
    .limit(REQUESTS_PAGE_SIZE)
    .offset(page.offset);
  const ids = rows.map((r) => r.request.id);
  const appointments = ids.length
    ? await services.db
        .select({ id: appointment.id, requestId: appointment.requestId, offerId: appointment.offerId, state: appointment.state, offerTitle: offer.title, escalatedAt: appointment.escalatedAt })
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .where(and(isNotNull(appointment.requestId), inArray(appointment.requestId, ids)))
        .orderBy(desc(appointment.requestedAt))
    : [];
  const suggestions = ids.length
    ? await services.db
        .select({ requestId: requestSuggestion.requestId, offerId: requestSuggestion.offerId, offerTitle: offer.title, source: requestSuggestion.source, appointmentId: requestSuggestion.appointmentId })
        .from(requestSuggestion)
        .innerJoin(offer, eq(offer.id, requestSuggestion.offerId))
        .where(inArray(requestSuggestion.requestId, ids))
    : [];
  const networkName = new Map(networks.map((n) => [n.id, n.name]));
  const owned = rows.map(({ request: r }) => ({ appointments: appointments.filter((a) => a.requestId === r.id), suggestions: suggestions.filter((s) => s.requestId === r.id) }));
  // What she can propose: each request's own ranked matches (within reach of the school, as the
  // teacher sees them), leaving out what was proposed or asked already. The requests are matched
  // side by side and their offers' limits read in one query: one after the other, with a limits
  // query each, was most of this page's time at national size (ADR 019).
  const matchesPerRequest = await Promise.all(
    rows.map(({ request: r }, i) => matchesForRequest(services, r, { limit: OFFERS_TO_PROPOSE, excludeOfferIds: [...owned[i]!.appointments, ...owned[i]!.suggestions].map((x) => x.offerId) })),
  );
  const offerIds = [...new Set(matchesPerRequest.flat().map((m) => m.id))];
  const limits = new Map(
    (offerIds.length
      ? await services.db.select({ id: offer.id, levels: offer.levels, groupSizeMin: offer.groupSizeMin, groupSizeMax: offer.groupSizeMax }).from(offer).where(inArray(offer.id, offerIds))
      : []
    ).map((l) => [l.id, l]),
  );
  const requests = rows.map(({ request: r, ...row }, i) => ({
    ...row,
    id: r.id,
    title: r.title,
    level: r.level,
    pupils: r.pupils,
    topics: r.topics,
    mode: r.mode,
    createdAt: r.createdAt,
    networkId: r.networkId,
    networkName: networkName.get(r.networkId!) ?? "",
    waitingDays: workingDaysBetween(amsterdamToday(r.createdAt), today),
    ...owned[i]!,
    offers: matchesPerRequest[i]!.map((m) => {
      const limit = limits.get(m.id);
      return { id: m.id, title: m.title, organisationName: m.organisationName, place: m.place, mismatches: limit ? mismatchesFor(limit, r) : [] };
    }),
  }));
  const deadlines = paging(input.deadlinesPage ?? 1, networks.length, DEADLINES_PAGE_SIZE);
  return { networks: networks.slice(deadlines.offset, deadlines.offset + DEADLINES_PAGE_SIZE), deadlines, requests, ...page };
}
