import crypto from "node:crypto";
import { and, eq, notInArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { DUPLICATE_MESSAGE, normaliseEmail, priceAcceptanceRefusal, registrationRefusal } from "~/domain/courses/rules.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { pgError, UNIQUE_VIOLATION } from "~/db/errors.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";
import { confirmedMail, waitlistedMail } from "./helpers/registration-mails.server.ts";
import { lockSession, newToken, nextWaitlistPosition, readSession, registrationEvent, takePlace } from "./helpers/session-places.server.ts";

export type RegistrationOutcome = { id: string; status: "confirmed" | "waitlisted"; position: number | null };

/**
 * A signed-in person registers themselves; for a paid course only with the price they confirmed
 * (`acceptedPriceCents`, from the confirmation step). One transaction: lock the session,
 * take a place if one is left (conditional update), otherwise join the end of
 * the waiting list; then the mail (with ICS) goes into the outbox in the same
 * transaction.
 */
export async function registerForSession(
  services: AppServices,
  actor: Actor,
  { sessionId, acceptedPriceCents }: { sessionId: string; acceptedPriceCents?: number | null },
): Promise<RegistrationOutcome> {
  if (!actor) throw forbidden();
  if (!isUuid(sessionId)) throw notFound("courses.error.sessionGone");
  const email = normaliseEmail(actor.email);
  const now = services.clock.now();
  // Composed before the lock (the calendar file takes milliseconds): the lock is held for SQL only.
  const before = await readSession(services.db, sessionId);
  if (!before || before.courseStatus === "draft") throw notFound("courses.error.sessionGone");
  const person = { id: crypto.randomUUID(), name: actor.name, email, token: newToken(), locale: actor.locale };
  const confirmation = confirmedMail(services, before, person);
  try {
    return await services.db.transaction(async (tx) => {
      const session = await lockSession(tx, sessionId);
      if (!session || session.courseStatus === "draft") throw notFound("courses.error.sessionGone");
      const refusal = registrationRefusal(session, now);
      if (refusal) throw invalid(refusal);
      const unpaid = priceAcceptanceRefusal(session.coursePriceCents, acceptedPriceCents);
      if (unpaid) throw conflict(unpaid);
      // Under the lock no one else registers for this session, so this check cannot race.
      const [existing] = await tx
        .select({ id: registration.id })
        .from(registration)
        .where(and(eq(registration.sessionId, session.id), eq(registration.participantEmail, email), notInArray(registration.status, ["cancelled", "expired"])))
        .limit(1);
      if (existing) throw conflict(DUPLICATE_MESSAGE);

      const gotPlace = await takePlace(tx, session);
      const position = gotPlace ? null : await nextWaitlistPosition(tx, session.id);
      await tx
        .insert(registration)
        .values({
          id: person.id,
          sessionId: session.id,
          userId: actor.id,
          participantName: actor.name,
          participantEmail: email,
          status: gotPlace ? "confirmed" : "waitlisted",
          waitlistPosition: position,
          token: person.token,
          createdAt: now,
          updatedAt: now,
          confirmedAt: gotPlace ? now : null,
        });
      await emitWebhookEvent(tx, services, registrationEvent(services, session, { id: person.id, status: gotPlace ? "confirmed" : "waitlisted" }));
      await services.mailer.send(gotPlace ? confirmation : waitlistedMail(services, session, person, position!), tx);
      return { id: person.id, status: gotPlace ? ("confirmed" as const) : ("waitlisted" as const), position };
    });
  } catch (error) {
    if (pgError(error)?.code === UNIQUE_VIOLATION) throw conflict(DUPLICATE_MESSAGE);
    throw error;
  }
}
