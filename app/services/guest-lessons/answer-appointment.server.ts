import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { amsterdamToday, isIsoDate } from "~/domain/common/time.ts";
import { isClockTime } from "~/domain/guest-lessons/agreed-time.ts";
import { isDateTaken } from "./helpers/date-taken.server.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { takeDate } from "./helpers/take-date.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

export type Answer = { appointmentId: string; date: string | null; startTime?: string | null };

/**
 * The company answers "yes": with one of the school's dates the appointment is scheduled at once
 * (accepting and fixing the date are one step), at the time it gives to the minute; without a
 * date it is accepted. Another date than the school's is a proposal the school agrees to
 * (proposeDate), except for a request with a period (no dates), where the company fixes the
 * date agreed in the thread with this same use-case.
 *
 * The date is taken under a row lock on the offer (takeDate): the second of two concurrent
 * answers sees the first's date (and the monthly cap) and gets a clear refusal.
 */
export async function answerAppointment(services: AppServices, actor: Actor, answer: Answer) {
  try {
    return await services.db.transaction(async (tx) => {
      const a = await loadAppointment(tx, answer.appointmentId, { lock: true });
      if (!a) throw notFound("appointments.notFound");
      const action = answer.date ? "schedule" : "accept";
      const side = await requireCapacity(tx, actor, a, action, "provider");
      const today = amsterdamToday(services.clock.now());

      if (!answer.date) {
        const updated = await applyTransition(tx, services, a, "accept", side, actor!.id);
        if (a.requestId) await tx.update(lessonRequest).set({ status: "matched", updatedAt: services.clock.now() }).where(eq(lessonRequest.id, a.requestId));
        await notifyTransition(tx, services, updated);
        return updated;
      }

      const date = answer.date;
      if (!isIsoDate(date) || date < today) throw invalid("appointments.error.date", "date");
      if (answer.startTime && !isClockTime(answer.startTime)) throw invalid("appointments.error.time", "startTime");
      const option = a.proposedOptions.find((o) => o.date === date);
      if (a.state === "requested" && a.proposedOptions.length > 0 && !option) throw invalid("appointments.error.notProposed", "date");

      // The time the company gives wins; else the school's time for that date; else the usual start.
      const patch = await takeDate(tx, a, date, answer.startTime ? { startTime: answer.startTime } : { startTime: option?.startTime, endTime: option?.endTime });
      const updated = await applyTransition(tx, services, a, "schedule", side, actor!.id, { patch: { ...patch, providerProposal: null } });
      if (a.requestId) await tx.update(lessonRequest).set({ status: "matched", updatedAt: services.clock.now() }).where(eq(lessonRequest.id, a.requestId));
      await notifyTransition(tx, services, updated);
      return updated;
    });
  } catch (error) {
    if (isDateTaken(error)) throw conflict("appointments.error.dateTaken", "date");
    throw error;
  }
}
