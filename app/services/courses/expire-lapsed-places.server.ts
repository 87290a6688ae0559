import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { lockSession, releasePlace } from "./helpers/session-places.server.ts";

/**
 * The sweep: vacancies nobody accepted in time and employee holds nobody
 * confirmed lapse, and each freed place goes to the next on the waiting list
 * (who gets a fresh vacancy period). Asks "what is due now?" with the clock, so
 * it can run at any interval and be tested with a set clock.
 */
export async function expireLapsedPlaces(services: AppServices, _actor: Actor = null): Promise<{ expired: number; passedOn: number }> {
  const now = services.clock.now();
  const due = await services.db
    .select({ id: registration.id, sessionId: registration.sessionId })
    .from(registration)
    .where(and(inArray(registration.status, ["offered", "pending_confirmation"]), lte(registration.expiresAt, now)))
    .orderBy(asc(registration.expiresAt))
    .limit(500);
  let expired = 0;
  let passedOn = 0;
  for (const item of due) {
    // One transaction per lapse: a busy session never blocks the whole sweep.
    const result = await services.db.transaction(async (tx) => {
      const session = await lockSession(tx, item.sessionId);
      if (!session) return null;
      const [current] = await tx.select().from(registration).where(eq(registration.id, item.id)).for("update");
      if (!current || (current.status !== "offered" && current.status !== "pending_confirmation")) return null;
      if (!current.expiresAt || current.expiresAt.getTime() > now.getTime()) return null;
      await tx.update(registration).set({ status: "expired", expiresAt: null, updatedAt: now }).where(eq(registration.id, current.id));
      return releasePlace(services, tx, session, now);
    });
    if (result) {
      expired++;
      if (result.passedTo) passedOn++;
    }
  }
  return { expired, passedOn };
}
