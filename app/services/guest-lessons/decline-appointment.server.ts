import type { Actor, AppServices } from "~/context.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

/** The company says no, with a reason the school reads. The request stays open for other offers. */
export async function declineAppointment(services: AppServices, actor: Actor, input: { appointmentId: string; reason: string }) {
  const { reason } = input;
  if (!reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const side = await requireCapacity(tx, actor, a, "decline", "provider");
    const updated = await applyTransition(tx, services, a, "decline", side, actor!.id, { reason, patch: { declineReason: reason } });
    await notifyTransition(tx, services, updated, { reason });
    return updated;
  });
}
