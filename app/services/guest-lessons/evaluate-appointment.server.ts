import type { Actor, AppServices } from "~/context.ts";
import { appointmentEvaluation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

export type EvaluationInput = {
  appointmentId: string;
  rating: number;
  pupilsReached: number | null;
  comment: string;
  /** The four marks of a meaningful encounter; the teacher's evaluation only. */
  clearPurpose?: boolean;
  learningGoals?: boolean;
  twoWayInteraction?: boolean;
  reflectionAfterwards?: boolean;
  as?: "school" | "provider";
};

/**
 * One evaluation per side, after it took place. The teacher's evaluation (rating, the four marks,
 * pupils reached) completes the appointment (→ evaluated); the company's is kept beside it and
 * may come before or after.
 */
export async function evaluateAppointment(services: AppServices, actor: Actor, input: EvaluationInput) {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw invalid("appointments.error.rating", "rating");
  if (input.pupilsReached !== null && (!Number.isInteger(input.pupilsReached) || input.pupilsReached < 0)) throw invalid("appointments.error.pupilsReached", "pupilsReached");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actors = await capacitiesOf(tx, actor, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    const side = input.as && actors.includes(input.as) ? input.as : actors.includes("school") ? "school" : actors.includes("provider") ? "provider" : null;
    if (!side) throw forbidden("appointments.error.notYours");
    if (a.state !== "took_place" && a.state !== "evaluated") throw conflict("appointments.error.notTookPlace");
    const teacher = side === "school";
    const inserted = await tx
      .insert(appointmentEvaluation)
      .values({
        appointmentId: a.id,
        side,
        authorId: actor!.id,
        rating: input.rating,
        clearPurpose: teacher ? !!input.clearPurpose : null,
        learningGoals: teacher ? !!input.learningGoals : null,
        twoWayInteraction: teacher ? !!input.twoWayInteraction : null,
        reflectionAfterwards: teacher ? !!input.reflectionAfterwards : null,
        pupilsReached: input.pupilsReached,
        comment: input.comment.trim(),
        createdAt: services.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: appointmentEvaluation.id });
    if (inserted.length === 0) throw conflict("appointments.error.alreadyEvaluated");
    if (teacher && a.state === "took_place") {
      const updated = await applyTransition(tx, services, a, "evaluate", "school", actor!.id, {
        patch: input.pupilsReached !== null ? { pupilsReached: input.pupilsReached } : {},
      });
      await notifyTransition(tx, services, updated);
      return updated;
    }
    return a;
  });
}
