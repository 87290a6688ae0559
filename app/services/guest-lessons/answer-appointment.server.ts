import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { addDays, amsterdamToday, isIsoDate } from "~/domain/common/time.ts";
// The wall-clock converter of the courses' domain until there is one time module in domain/common
// (importing events' amsterdamTime made a cycle guest-lessons → appointments → events → organisations).
import { amsterdamDate } from "~/domain/common/time.ts";
import { activeDateCondition, isDateTaken } from "./helpers/date-taken.server.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { notifyTransition } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

export type Answer = { appointmentId: string; date: string | null; startTime?: string | null };

const DEFAULT_START = "09:00";

function monthBounds(date: string) {
  const first = `${date.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { first, last: addDays(next.toISOString().slice(0, 10), -1) };
}

/**
 * The company answers "yes": with one of the school's dates the appointment is scheduled at once
 * (accepting and fixing the date are one step); without a date it is accepted and the date is
 * agreed in the thread and fixed later with this same use-case.
 *
 * The date is taken under a row lock on the offer, so concurrent answers for one offer queue up:
 * the second sees the first's date (and the monthly cap) and gets a clear refusal. The partial
 * unique index appointment_offer_date_taken backs this up for any writer that skips the lock.
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
      const option = a.proposedOptions.find((o) => o.date === date);
      if (a.state === "requested" && a.proposedOptions.length > 0 && !option) throw invalid("appointments.error.notProposed", "date");

      const [o] = await tx.select().from(offer).where(eq(offer.id, a.offerId)).for("update");
      if (!o) throw notFound("appointments.notFound");
      const sameDay = await tx
        .select({ id: appointment.id })
        .from(appointment)
        .where(and(eq(appointment.offerId, o.id), eq(appointment.date, date), ne(appointment.id, a.id), activeDateCondition))
        .limit(1);
      if (sameDay.length > 0) throw conflict("appointments.error.dateTaken", "date");
      if (o.maxPerMonth !== null) {
        const { first, last } = monthBounds(date);
        const [{ n }] = (await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(appointment)
          .where(and(eq(appointment.offerId, o.id), gte(appointment.date, first), lte(appointment.date, last), ne(appointment.id, a.id), activeDateCondition))) as [{ n: number }];
        if (n >= o.maxPerMonth) throw conflict("appointments.error.monthFull", "date");
      }

      const start = answer.startTime ?? option?.startTime ?? DEFAULT_START;
      const startsAt = amsterdamDate(date, start);
      const endsAt = option?.endTime ? amsterdamDate(date, option.endTime) : startsAt && new Date(startsAt.getTime() + o.durationMinutes * 60_000);
      if (!startsAt || !endsAt) throw invalid("appointments.error.date", "date");
      const updated = await applyTransition(tx, services, a, "schedule", side, actor!.id, { patch: { date, startsAt, endsAt } });
      if (a.requestId) await tx.update(lessonRequest).set({ status: "matched", updatedAt: services.clock.now() }).where(eq(lessonRequest.id, a.requestId));
      await notifyTransition(tx, services, updated);
      return updated;
    });
  } catch (error) {
    if (isDateTaken(error)) throw conflict("appointments.error.dateTaken", "date");
    throw error;
  }
}
