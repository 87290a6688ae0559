import type { AppServices, SessionUser } from "~/context.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { notifyTransition } from "./notify.server.ts";
import { applyTransition, loadAppointment, requireActor } from "./support.server.ts";

/** The company says no, with a reason the school reads. The request stays open for other offers. */
export async function declineAppointment(services: AppServices, user: SessionUser | null, appointmentId: string, reason: string) {
  if (!reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actor = await requireActor(tx, user, a, "decline", "provider");
    const updated = await applyTransition(tx, services, a, "decline", actor, user!.id, { reason, patch: { declineReason: reason } });
    await notifyTransition(tx, services, updated, { reason });
    return updated;
  });
}
