import type { Actor, AppServices } from "~/context.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { applyTransition, reopenRequestAfter } from "./helpers/transitions.server.ts";

/**
 * On or after the day, one side reports that the other did not turn up. Recorded as a no-show
 * of the other side (cancelled_by_side names who stayed away), which the reliability figures and
 * the coordinator see. The lesson did not happen, so the request is open again.
 */
export async function reportNoShow(services: AppServices, actor: Actor, input: { appointmentId: string; reason: string; as?: "school" | "provider" }) {
  if (!input.reason.trim()) throw invalid("appointments.error.reason", "reason");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const side = await requireCapacity(tx, actor, a, "report_no_show", input.as);
    if (!a.date || a.date > amsterdamToday(services.clock.now())) throw conflict("appointments.error.notYet");
    const absent = side === "school" ? "provider" : "school";
    const updated = await applyTransition(tx, services, a, "report_no_show", side, actor!.id, {
      reason: input.reason,
      patch: { noShow: true, cancelledBySide: absent, cancelReason: input.reason, cancelledById: actor!.id },
    });
    await reopenRequestAfter(tx, a, services.clock.now());
    await notifyTransition(tx, services, updated, { reason: (t) => t("appointments.mail.noShow", { reason: input.reason }) });
    return updated;
  });
}
