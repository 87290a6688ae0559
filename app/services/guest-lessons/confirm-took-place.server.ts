import type { Actor, AppServices } from "~/context.ts";
import { appointment } from "~/db/schema/index.ts";
import { eq } from "drizzle-orm";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { STEPS } from "~/domain/guest-lessons/reminders.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";
import { takeStep } from "./helpers/steps.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

/**
 * After the date each side confirms it took place and how many pupils were reached. The first
 * confirmation moves the appointment to took_place; the second is recorded beside it. The
 * teacher's count wins: she was in the room with the class.
 */
export async function confirmTookPlace(services: AppServices, actor: Actor, input: { appointmentId: string; pupilsReached: number; as?: "school" | "provider" }) {
  if (!Number.isInteger(input.pupilsReached) || input.pupilsReached < 0 || input.pupilsReached > 2000) throw invalid("appointments.error.pupilsReached", "pupilsReached");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actors = await capacitiesOf(tx, actor, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    const side = input.as && actors.includes(input.as) ? input.as : actors.includes("school") ? "school" : actors.includes("provider") ? "provider" : null;
    if (!side) throw forbidden("appointments.error.notYours");
    if (!a.date || a.date > amsterdamToday(services.clock.now())) throw conflict("appointments.error.notYet");
    const now = services.clock.now();
    const step = side === "school" ? STEPS.schoolConfirmedTookPlace : STEPS.providerConfirmedTookPlace;
    if (a.state === "scheduled") {
      await takeStep(tx, a.id, step, now, actor!.id);
      const updated = await applyTransition(tx, services, a, "confirm_took_place", side, actor!.id, { patch: { pupilsReached: input.pupilsReached } });
      await notifyTransition(tx, services, updated);
      return updated;
    }
    if (a.state !== "took_place" && a.state !== "evaluated") throw conflict("appointments.error.state");
    if (!(await takeStep(tx, a.id, step, now, actor!.id))) throw conflict("appointments.error.alreadyConfirmed");
    if (side === "school") {
      const [updated] = await tx.update(appointment).set({ pupilsReached: input.pupilsReached, updatedAt: now }).where(eq(appointment.id, a.id)).returning();
      return updated!;
    }
    return a;
  });
}
