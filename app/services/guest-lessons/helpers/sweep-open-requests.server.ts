import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { appointment, lessonRequest, requestEscalation } from "~/db/schema/index.ts";
import { workingDaysBetween } from "~/domain/guest-lessons/working-days.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { RELEASED_APPOINTMENT_STATES } from "~/domain/guest-lessons/vocabulary.ts";
import { escalateRequest, escalationDays, nextMatches } from "./escalation.server.ts";

/**
 * Sweep step: open requests that nobody has taken up (no appointment going on) are escalated
 * once past their network's deadline. Returns how many were escalated by this run.
 */
export async function escalateOpenRequests(services: AppServices, today: string): Promise<number> {
  const open = await services.db
    .select({ id: lessonRequest.id, createdAt: lessonRequest.createdAt, networkId: lessonRequest.networkId, title: lessonRequest.title })
    .from(lessonRequest)
    .leftJoin(requestEscalation, eq(requestEscalation.requestId, lessonRequest.id))
    .where(
      and(
        eq(lessonRequest.status, "open"),
        eq(lessonRequest.mode, "open"),
        isNull(requestEscalation.requestId),
        notExists(
          services.db
            .select({ x: sql`1` })
            .from(appointment)
            .where(and(eq(appointment.requestId, lessonRequest.id), sql`${appointment.state} NOT IN (${sql.join(RELEASED_APPOINTMENT_STATES.map((s) => sql`${s}`), sql`, `)})`)),
        ),
      ),
    )
    .limit(1000);
  const openDays = await escalationDays(services.db, open.map((o) => o.networkId));
  let escalated = 0;
  for (const r of open) {
    const n = openDays(r.networkId);
    const elapsed = workingDaysBetween(amsterdamToday(r.createdAt), today);
    if (elapsed < n) continue;
    const matches = await nextMatches(services, r.id);
    const done = await services.db.transaction((tx) => escalateRequest(tx, services, r.id, (t) => t("appointments.mail.openRequest", { title: r.title, count: elapsed }), matches));
    if (done) escalated++;
  }
  return escalated;
}
