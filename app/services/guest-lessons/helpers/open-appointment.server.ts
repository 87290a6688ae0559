import { and, eq, notInArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, appointmentEvent, lessonRequest, offer } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { RELEASED_APPOINTMENT_STATES } from "~/domain/guest-lessons/vocabulary.ts";
import type { Translate } from "~/i18n/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";
import { notifyTransition } from "./notify.server.ts";

/**
 * Turns a school's request into an appointment with one offer, inside the caller's transaction:
 * the request's date options and class are copied, the company is told. Used for a direct
 * request, a suggestion the school takes, and (as a safety net) by the sweep for direct requests
 * that have no appointment yet. Refuses a second open appointment for the same request and offer.
 */
export async function openAppointment(tx: Db, services: AppServices, input: { requestId: string; offerId: string; requestedById: string | null }) {
  const [request] = await tx.select().from(lessonRequest).where(eq(lessonRequest.id, input.requestId)).for("update");
  if (!request) throw notFound("appointments.error.request");
  if (request.status !== "open") throw conflict("appointments.error.requestClosed");
  const [target] = await tx.select().from(offer).where(eq(offer.id, input.offerId)).for("share");
  if (!target || target.status !== "published" || target.hiddenAt) throw invalid("appointments.error.offer");
  const existing = await tx
    .select({ id: appointment.id })
    .from(appointment)
    .where(and(eq(appointment.requestId, request.id), eq(appointment.offerId, target.id), notInArray(appointment.state, [...RELEASED_APPOINTMENT_STATES])))
    .limit(1);
  if (existing.length > 0) throw conflict("appointments.error.alreadyRequested");

  const now = services.clock.now();
  const location = request.place !== "any" && target.locations.includes(request.place) ? request.place : (target.locations[0] ?? null);
  const [row] = await tx
    .insert(appointment)
    .values({
      requestId: request.id,
      offerId: target.id,
      schoolOrganisationId: request.schoolOrganisationId,
      providerOrganisationId: target.organisationId,
      networkId: request.networkId,
      requestedById: input.requestedById ?? request.createdById,
      state: "requested",
      proposedOptions: request.dateOptions,
      location,
      level: request.level,
      pupils: request.pupils,
      groups: request.groups,
      requestedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(appointmentEvent).values({ appointmentId: row!.id, fromState: null, toState: "requested", actorId: input.requestedById, at: now });
  await emitWebhookEvent(tx, services, {
    organisationId: target.organisationId,
    type: "request.created",
    data: { appointmentId: row!.id, requestId: request.id, offerId: target.id, url: absoluteUrl(services, `/afspraken/${row!.id}`) },
  });
  await notifyTransition(tx, services, row!, { extra: (t) => proposedText(t, request.dateOptions, request.periodFrom, request.periodUntil) });
  return row!;
}

function proposedText(t: Translate, options: { date: string; startTime?: string | null }[], from: string | null, until: string | null) {
  if (options.length > 0) return t("appointments.mail.proposedDates", { dates: options.map((o) => `${o.date}${o.startTime ? ` ${o.startTime}` : ""}`).join(", ") });
  if (from && until) return t("appointments.mail.wishedPeriod", { from, until });
  return "";
}
