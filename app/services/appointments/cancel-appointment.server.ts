import type { AppServices, SessionUser } from "~/context.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { isLateCancellation, type AppointmentActor } from "~/domain/appointments/state-machine.ts";
import { notifyTransition } from "./notify.server.ts";
import { applyTransition, loadAppointment, reopenRequestAfter, requireActor } from "./support.server.ts";

/**
 * Either side (or the coordinator) calls the appointment off, with a reason. Within 48 hours of
 * the start it is recorded as a late cancellation. The date is free again (the unique index
 * ignores cancelled appointments), and a request that was matched is open again.
 */
export async function cancelAppointment(services: AppServices, user: SessionUser | null, appointmentId: string, input: { reason: string; as?: AppointmentActor }) {
  if (!input.reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actor = await requireActor(tx, user, a, "cancel", input.as);
    const now = services.clock.now();
    const late = a.state === "scheduled" && isLateCancellation(a.startsAt, now);
    const side = actor === "school" || actor === "provider" ? actor : null;
    const updated = await applyTransition(tx, services, a, "cancel", actor, user!.id, {
      reason: input.reason,
      patch: { cancelReason: input.reason, cancelledById: user!.id, cancelledBySide: side, lateCancellation: late },
    });
    await reopenRequestAfter(tx, a, now);
    await notifyTransition(tx, services, updated, { reason: input.reason });
    return updated;
  });
}
