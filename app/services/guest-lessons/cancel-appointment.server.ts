import type { Actor, AppServices } from "~/context.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { isLateCancellation, type AppointmentActor } from "~/domain/guest-lessons/state-machine.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { applyTransition, reopenRequestAfter } from "./helpers/transitions.server.ts";

/**
 * Either side (or the coordinator) calls the appointment off, with a reason. Within 48 hours of
 * the start it is recorded as a late cancellation. The date is free again (the unique index
 * ignores cancelled appointments), and a request that was matched is open again.
 */
export async function cancelAppointment(services: AppServices, actor: Actor, input: { appointmentId: string; reason: string; as?: AppointmentActor }) {
  if (!input.reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const capacity = await requireCapacity(tx, actor, a, "cancel", input.as);
    const now = services.clock.now();
    const late = a.state === "scheduled" && isLateCancellation(a.startsAt, now);
    const side = capacity === "school" || capacity === "provider" ? capacity : null;
    const updated = await applyTransition(tx, services, a, "cancel", capacity, actor!.id, {
      reason: input.reason,
      patch: { cancelReason: input.reason, cancelledById: actor!.id, cancelledBySide: side, lateCancellation: late },
    });
    await reopenRequestAfter(tx, a, now);
    await notifyTransition(tx, services, updated, { reason: input.reason });
    return updated;
  });
}
