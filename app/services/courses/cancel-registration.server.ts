import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { cancellationRefusal, holdsPlace } from "~/domain/courses/rules.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";
import { leaveWaitlist, lockSession, registrationEvent, releasePlace } from "./helpers/session-places.server.ts";
import { findAccessibleRegistration, type RegistrationKey } from "./helpers/registration-access.server.ts";

/**
 * Cancels a registration until the deadline. A freed place goes straight to
 * the first on the waiting list as a vacancy; leaving the waiting list moves
 * everyone behind up one.
 */
export async function cancelRegistration(services: AppServices, actor: Actor, input: RegistrationKey) {
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const { registration: found } = await findAccessibleRegistration(tx, actor, input);
    const session = await lockSession(tx, found.sessionId);
    if (!session) throw notFound();
    // Re-read under the lock: a sweep or another tab may have changed it meanwhile.
    const [current] = await tx.select().from(registration).where(eq(registration.id, found.id)).for("update");
    if (!current) throw notFound();
    const refusal = cancellationRefusal(current.status, session.registrationDeadline, now);
    if (refusal) throw invalid(refusal);
    const patch = { status: "cancelled" as const, cancelledAt: now, updatedAt: now, expiresAt: null };
    await emitWebhookEvent(tx, services, registrationEvent(services, session, { id: current.id, status: "cancelled" }, "registration.cancelled"));
    if (current.status === "waitlisted") {
      await leaveWaitlist(tx, session.id, current.id, current.waitlistPosition!, patch);
      return { passedTo: null };
    }
    await tx.update(registration).set(patch).where(eq(registration.id, current.id));
    if (holdsPlace(current.status)) return releasePlace(services, tx, session, now);
    return { passedTo: null };
  });
}
