import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { registration } from "~/db/schema/index.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { confirmedMail, withMailLocale } from "./helpers/registration-mails.server.ts";
import { lockSession } from "./helpers/session-places.server.ts";

/**
 * An employee confirms, through the link in their e-mail, the place their
 * employer held for them. A waitlisted employee confirming is fine: they stay
 * on the list (the link then only shows where they stand).
 */
export async function confirmEmployeeRegistration(services: AppServices, _actor: Actor, input: { token: string }) {
  const { token } = input;
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const [found] = await tx.select({ id: registration.id, sessionId: registration.sessionId }).from(registration).where(eq(registration.token, token)).limit(1);
    if (!found) throw notFound("courses.error.confirmLinkInvalid");
    const session = await lockSession(tx, found.sessionId);
    if (!session) throw notFound("courses.error.confirmLinkInvalid");
    const [current] = await tx.select().from(registration).where(eq(registration.id, found.id)).for("update");
    if (!current) throw notFound("courses.error.confirmLinkInvalid");
    const result = { id: current.id, token: current.token };
    if (current.status === "confirmed" || current.status === "waitlisted" || current.status === "offered") return { ...result, status: current.status };
    if (current.status !== "pending_confirmation") throw invalid("courses.error.confirmInactive");
    if (current.expiresAt && now.getTime() > current.expiresAt.getTime()) {
      throw invalid("courses.error.confirmExpired");
    }
    await tx.update(registration).set({ status: "confirmed", expiresAt: null, confirmedAt: now, updatedAt: now }).where(eq(registration.id, current.id));
    await services.mailer.send(
      confirmedMail(services, session, await withMailLocale(tx, { id: current.id, name: current.participantName, email: current.participantEmail, token: current.token })),
      tx,
    );
    return { ...result, status: "confirmed" as const };
  });
}
