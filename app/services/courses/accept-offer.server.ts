import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { offerAcceptanceRefusal } from "~/domain/courses/rules.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { confirmedMail } from "./mails.server.ts";
import { lockSession } from "./places.server.ts";
import { findAccessibleRegistration, type RegistrationAccess } from "./registration-access.server.ts";

/** Takes the place offered from the waiting list, within the offer's time. The place was already held. */
export async function acceptOffer(services: AppServices, access: RegistrationAccess, registrationId: string) {
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const { registration: found } = await findAccessibleRegistration(tx, registrationId, access);
    const session = await lockSession(tx, found.sessionId);
    if (!session) throw notFound();
    const [current] = await tx.select().from(registration).where(eq(registration.id, found.id)).for("update");
    if (!current) throw notFound();
    const refusal = offerAcceptanceRefusal(current.status, current.expiresAt, now);
    if (refusal) throw invalid(refusal);
    if (current.status === "confirmed") return { status: "confirmed" as const };
    await tx
      .update(registration)
      .set({ status: "confirmed", expiresAt: null, confirmedAt: now, updatedAt: now })
      .where(eq(registration.id, current.id));
    await services.mailer.send(
      confirmedMail(services, session, { id: current.id, name: current.participantName, email: current.participantEmail, token: current.token }),
      tx,
    );
    return { status: "confirmed" as const };
  });
}
