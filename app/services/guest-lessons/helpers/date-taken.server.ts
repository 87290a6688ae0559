import { and, isNotNull, sql } from "drizzle-orm";
import { appointment } from "~/db/schema/index.ts";

/** Postgres unique violation on the "one offer, one date" index. */
export function isDateTaken(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const x = e as { code?: string; constraint?: string; message?: string };
    if (x.code === "23505" && (x.constraint === "appointment_offer_date_taken" || x.message?.includes("appointment_offer_date_taken"))) return true;
  }
  return false;
}

export const activeDateCondition = and(isNotNull(appointment.date), sql`${appointment.state} NOT IN ('declined', 'expired', 'cancelled')`);
