import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { appointment, offer } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { addDays } from "~/domain/common/time.ts";
import { agreedTimes } from "~/domain/guest-lessons/agreed-time.ts";
import { activeDateCondition } from "./date-taken.server.ts";
import type { AppointmentRow } from "./load-appointment.server.ts";

function monthBounds(date: string) {
  const first = `${date.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { first, last: addDays(next.toISOString().slice(0, 10), -1) };
}

/**
 * Whether the offer can still take this date for this appointment, and when it starts and ends:
 * under a row lock on the offer, so concurrent answers for one offer queue up and the second
 * sees the first's date (and the monthly cap). The partial unique index
 * appointment_offer_date_taken backs this up for any writer that skips the lock.
 */
export async function takeDate(tx: Db, a: AppointmentRow, date: string, agreed: { startTime?: string | null; endTime?: string | null }) {
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
  const times = agreedTimes(date, agreed, o.durationMinutes);
  if (!times) throw invalid("appointments.error.time", "startTime");
  return { date, ...times };
}
