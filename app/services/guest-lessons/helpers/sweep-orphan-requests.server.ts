import { and, eq, notExists, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { appointment, lessonRequest } from "~/db/schema/index.ts";
import { openAppointment } from "./open-appointment.server.ts";

/** Sweep step, a safety net: a direct request whose appointment was never opened gets it now. Returns how many were opened. */
export async function openOrphanRequests(services: AppServices): Promise<number> {
  const orphans = await services.db
    .select({ id: lessonRequest.id, offerId: lessonRequest.directOfferId, createdById: lessonRequest.createdById })
    .from(lessonRequest)
    .where(
      and(
        eq(lessonRequest.status, "open"),
        eq(lessonRequest.mode, "direct"),
        sql`${lessonRequest.directOfferId} IS NOT NULL`,
        notExists(services.db.select({ x: sql`1` }).from(appointment).where(eq(appointment.requestId, lessonRequest.id))),
      ),
    )
    .limit(200);
  let opened = 0;
  for (const o of orphans) {
    try {
      await services.db.transaction((tx) => openAppointment(tx, services, { requestId: o.id, offerId: o.offerId!, requestedById: o.createdById }));
      opened++;
    } catch {
      // An archived offer or a closed request: nothing to open; the request shows as unanswered.
    }
  }
  return opened;
}
