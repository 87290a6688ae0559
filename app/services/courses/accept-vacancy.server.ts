import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { vacancyAcceptanceRefusal } from "~/domain/courses/rules.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { confirmedMail, withMailLocale } from "./helpers/registration-mails.server.ts";
import { lockSession } from "./helpers/session-places.server.ts";
import { findAccessibleRegistration, type RegistrationKey } from "./helpers/registration-access.server.ts";

/** Accepts a vacancy (the place passed on from the waiting list) within its time. The place was already held. */
export async function acceptVacancy(services: AppServices, actor: Actor, input: RegistrationKey) {
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const { registration: found } = await findAccessibleRegistration(tx, actor, input);
    const session = await lockSession(tx, found.sessionId);
    if (!session) throw notFound();
    const [current] = await tx.select().from(registration).where(eq(registration.id, found.id)).for("update");
    if (!current) throw notFound();
    const refusal = vacancyAcceptanceRefusal(current.status, current.expiresAt, now);
    if (refusal) throw invalid(refusal);
    if (current.status === "confirmed") return { status: "confirmed" as const };
    await tx
      .update(registration)
      .set({ status: "confirmed", expiresAt: null, confirmedAt: now, updatedAt: now })
      .where(eq(registration.id, current.id));
    await services.mailer.send(
      confirmedMail(services, session, await withMailLocale(tx, { id: current.id, name: current.participantName, email: current.participantEmail, token: current.token })),
      tx,
    );
    return { status: "confirmed" as const };
  });
}
