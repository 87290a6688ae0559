import type { AppServices, SessionUser } from "~/context.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { dutchDate } from "~/domain/guest-lessons/availability.ts";
import { notifyTransition } from "./notify.server.ts";
import { applyTransition, loadAppointment, reopenRequestAfter, requireActor } from "./support.server.ts";

/**
 * On or after the day, one side reports that the other did not turn up. Recorded as a no-show
 * of the other side (cancelled_by_side names who stayed away), which the reliability figures and
 * the coordinator see. The lesson did not happen, so the request is open again.
 */
export async function reportNoShow(services: AppServices, user: SessionUser | null, appointmentId: string, input: { reason: string; as?: "school" | "provider" }) {
  if (!input.reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actor = await requireActor(tx, user, a, "report_no_show", input.as);
    if (!a.date || a.date > dutchDate(services.clock.now())) throw conflict("appointments.error.notYet");
    const absent = actor === "school" ? "provider" : "school";
    const updated = await applyTransition(tx, services, a, "report_no_show", actor, user!.id, {
      reason: input.reason,
      patch: { noShow: true, cancelledBySide: absent, cancelReason: input.reason, cancelledById: user!.id },
    });
    await reopenRequestAfter(tx, a, services.clock.now());
    await notifyTransition(tx, services, updated, { reason: `Niet verschenen: ${input.reason}` });
    return updated;
  });
}
