import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation, requestSuggestion } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { mismatches } from "~/domain/guest-lessons/mismatches.ts";
import { RELEASED_APPOINTMENT_STATES } from "~/domain/guest-lessons/vocabulary.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { openAppointment } from "./helpers/open-appointment.server.ts";

/** At most this many companies at once: a request is a question to a few, not a mailing. */
const MAX_OFFERS_AT_ONCE = 5;

/**
 * The school sends its open request to one or more offers it chose from the request's
 * suggestions: the request stays one request, each company gets its own appointment (and
 * thread) for it. Sending cannot be undone quietly (the companies are mailed), so the first call
 * (`confirmed` false) only checks and returns what would be sent, with what does not fit; the
 * page asks, and the second call sends all of them in one transaction or none.
 */
export async function requestOffers(services: AppServices, actor: Actor, input: { requestId: string; offerIds: string[]; confirmed: boolean }) {
  if (!isUuid(input.requestId)) throw notFound("appointments.error.request");
  const [request] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, input.requestId));
  if (!request) throw notFound("appointments.error.request");
  await requirePermission(services.db, actor, "request.create", { organisationId: request.schoolOrganisationId });
  if (request.status !== "open") throw conflict("appointments.error.requestClosed");

  const offerIds = [...new Set(input.offerIds)];
  if (offerIds.length === 0) throw invalid("requests.send.error.none", "offerIds");
  if (offerIds.length > MAX_OFFERS_AT_ONCE) throw invalid("requests.send.error.tooMany", "offerIds");
  if (!offerIds.every(isUuid)) throw invalid("appointments.error.offer", "offerIds");

  const offers = await services.db
    .select({ id: offer.id, title: offer.title, status: offer.status, levels: offer.levels, groupSizeMin: offer.groupSizeMin, groupSizeMax: offer.groupSizeMax, organisationName: organisation.name })
    .from(offer)
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .where(inArray(offer.id, offerIds));
  if (offers.length !== offerIds.length || offers.some((o) => o.status !== "published")) throw invalid("appointments.error.offer", "offerIds");
  const asked = await services.db
    .select({ offerId: appointment.offerId })
    .from(appointment)
    .where(and(eq(appointment.requestId, request.id), inArray(appointment.offerId, offerIds), notInArray(appointment.state, [...RELEASED_APPOINTMENT_STATES])));
  if (asked.length > 0) throw conflict("appointments.error.alreadyRequested", "offerIds");

  const chosen = offerIds.map((id) => offers.find((o) => o.id === id)!).map((o) => ({
    id: o.id,
    title: o.title,
    organisationName: o.organisationName,
    mismatches: mismatches(o, { level: request.level, pupils: request.pupils, groups: request.groups }),
  }));
  if (!input.confirmed) return { sent: false as const, offers: chosen };

  const appointments = await services.db.transaction(async (tx) => {
    const opened = [];
    for (const o of chosen) {
      const row = await openAppointment(tx, services, { requestId: request.id, offerId: o.id, requestedById: actor!.id });
      // A coordinator's proposal of this offer is taken by sending to it.
      await tx.update(requestSuggestion).set({ appointmentId: row.id }).where(and(eq(requestSuggestion.requestId, request.id), eq(requestSuggestion.offerId, o.id)));
      opened.push(row);
    }
    return opened;
  });
  return { sent: true as const, offers: chosen, appointmentIds: appointments.map((a) => a.id) };
}
