import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, appointmentEvent, lessonRequest } from "~/db/schema/index.ts";
import { conflict, forbidden } from "~/domain/errors.ts";
import { checkTransition, type AppointmentAction, type AppointmentActor } from "~/domain/guest-lessons/state-machine.ts";
import type { AppointmentState } from "~/domain/guest-lessons/vocabulary.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";
import type { AppointmentRow } from "./load-appointment.server.ts";
import { refreshReliability } from "./reliability.server.ts";

/**
 * Moves a locked appointment through the state machine: the row, the audit event and (for a
 * first answer by the provider) the responded_at that reliability is computed from.
 */
export async function applyTransition(
  tx: Db,
  services: AppServices,
  a: AppointmentRow,
  action: AppointmentAction,
  actor: AppointmentActor,
  actorId: string | null,
  options: { reason?: string | null; patch?: Partial<typeof appointment.$inferInsert> } = {},
): Promise<AppointmentRow> {
  const check = checkTransition(a.state, action, actor);
  if (!check.ok) throw check.reason === "state" ? conflict("appointments.error.state") : forbidden("appointments.error.notYours");
  const now = services.clock.now();
  const stamp: Partial<Record<AppointmentState, keyof AppointmentRow>> = {
    accepted: "acceptedAt",
    declined: "declinedAt",
    expired: "expiredAt",
    scheduled: "scheduledAt",
    took_place: "tookPlaceAt",
    evaluated: "evaluatedAt",
    cancelled: "cancelledAt",
  };
  const patch: Partial<typeof appointment.$inferInsert> = { ...options.patch, state: check.to, updatedAt: now };
  const column = stamp[check.to];
  if (column) (patch as Record<string, unknown>)[column] = now;
  if (action === "schedule" && a.state === "requested") patch.acceptedAt = now;
  const firstAnswer = actor === "provider" && a.respondedAt === null && a.state === "requested";
  if (firstAnswer) patch.respondedAt = now;
  const [updated] = await tx.update(appointment).set(patch).where(eq(appointment.id, a.id)).returning();
  await tx.insert(appointmentEvent).values({ appointmentId: a.id, fromState: a.state, toState: check.to, actorId, reason: options.reason ?? null, at: now });
  if (firstAnswer) {
    await refreshReliability(tx, a.providerOrganisationId, now);
    // The school's request has its first answer (yes, a date, another date, or no).
    await emitWebhookEvent(tx, services, {
      organisationId: a.schoolOrganisationId,
      type: "request.answered",
      data: { appointmentId: a.id, requestId: a.requestId, offerId: a.offerId, state: check.to, url: absoluteUrl(services, `/afspraken/${a.id}`) },
    });
  }
  return updated!;
}

/**
 * An agreed lesson that will not happen (called off, or one side did not come) gives the school
 * its request back: open again for offers, editable and withdrawable. An unanswered one never
 * changed the request's status.
 */
export async function reopenRequestAfter(tx: Db, a: Pick<AppointmentRow, "requestId" | "state">, now: Date) {
  if (a.requestId && a.state !== "requested") await tx.update(lessonRequest).set({ status: "open", updatedAt: now }).where(eq(lessonRequest.id, a.requestId));
}
