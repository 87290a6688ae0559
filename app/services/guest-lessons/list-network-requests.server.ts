import { and, asc, desc, eq, inArray, isNotNull, sql, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation, requestEscalation, requestSuggestion } from "~/db/schema/index.ts";
import { workingDaysBetween } from "~/domain/guest-lessons/working-days.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { coordinatedNetworks } from "./helpers/coordinated-networks.server.ts";

/**
 * The coordinator's view: the open requests of her networks, stalled ones first (escalated, then
 * the longest waiting), each with its appointments, suggestions, and offers she could broker.
 */
export async function listNetworkRequests(services: AppServices, actor: Actor) {
  const networks = await coordinatedNetworks(services, actor);
  const today = amsterdamToday(services.clock.now());
  const rows = await services.db
    .select({
      id: lessonRequest.id,
      title: lessonRequest.title,
      level: lessonRequest.level,
      pupils: lessonRequest.pupils,
      topics: lessonRequest.topics,
      mode: lessonRequest.mode,
      createdAt: lessonRequest.createdAt,
      networkId: lessonRequest.networkId,
      schoolName: organisation.name,
      escalatedAt: requestEscalation.escalatedAt,
      escalationReason: requestEscalation.reason,
    })
    .from(lessonRequest)
    .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
    .leftJoin(requestEscalation, eq(requestEscalation.requestId, lessonRequest.id))
    .where(and(eq(lessonRequest.status, "open"), inArray(lessonRequest.networkId, networks.map((n) => n.id))))
    .orderBy(sql`${requestEscalation.escalatedAt} IS NULL`, asc(lessonRequest.createdAt))
    .limit(300);
  const ids = rows.map((r) => r.id);
  const appointments = ids.length
    ? await services.db
        .select({ id: appointment.id, requestId: appointment.requestId, state: appointment.state, offerTitle: offer.title, escalatedAt: appointment.escalatedAt })
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .where(and(isNotNull(appointment.requestId), inArray(appointment.requestId, ids)))
        .orderBy(desc(appointment.requestedAt))
    : [];
  const suggestions = ids.length
    ? await services.db
        .select({ requestId: requestSuggestion.requestId, offerTitle: offer.title, source: requestSuggestion.source, appointmentId: requestSuggestion.appointmentId })
        .from(requestSuggestion)
        .innerJoin(offer, eq(offer.id, requestSuggestion.offerId))
        .where(inArray(requestSuggestion.requestId, ids))
    : [];
  const offers = await services.db
    .select({ id: offer.id, title: offer.title, organisationName: organisation.name })
    .from(offer)
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .where(and(eq(offer.status, "published"), isNull(offer.hiddenAt)))
    .orderBy(asc(offer.title))
    .limit(500);
  const networkName = new Map(networks.map((n) => [n.id, n.name]));
  return {
    networks,
    offers,
    requests: rows.map((r) => ({
      ...r,
      networkName: networkName.get(r.networkId!) ?? "",
      waitingDays: workingDaysBetween(amsterdamToday(r.createdAt), today),
      appointments: appointments.filter((a) => a.requestId === r.id),
      suggestions: suggestions.filter((s) => s.requestId === r.id),
    })),
  };
}
