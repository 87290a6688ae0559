import { and, eq, like, or, sql } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { mailOutbox, registration, user, verification } from "~/db/schema/index.ts";
import { invalid, notFound } from "~/domain/errors.ts";

/**
 * Deletes the signed-in person's account (AVG art. 17), after they typed
 * their own e-mail address to confirm.
 *
 * Removed: the user row and, by the schema's cascades, sessions, sign-in
 * accounts, memberships and coordinator roles; open reset links; every mail
 * sent to the address. Kept without a name (the schema sets the reference to
 * null): change proposals, join requests, decisions and profile history, so a
 * network's record stays whole. Course registrations in their name keep their place in a
 * provider's records (attendance counts) but lose the name and address.
 */
export async function deleteAccount(services: AppServices, actor: SessionUser, input: { confirmEmail: string }) {
  if (input.confirmEmail.trim().toLowerCase() !== actor.email.toLowerCase()) throw invalid("account.delete.mismatch", "confirmEmail");
  await services.db.transaction(async (tx) => {
    const [person] = await tx.select({ email: user.email }).from(user).where(eq(user.id, actor.id));
    if (!person) throw notFound();
    await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.to}) = ${person.email.toLowerCase()}`);
    await tx.delete(verification).where(and(like(verification.identifier, "reset-password:%"), eq(verification.value, actor.id)));
    await tx
      .update(registration)
      .set({
        participantName: "Verwijderd account",
        participantEmail: sql`'verwijderd-' || ${registration.id} || '@verwijderd.invalid'`,
        userId: null,
      })
      .where(or(eq(registration.userId, actor.id), eq(registration.participantEmail, person.email.toLowerCase())));
    await tx.delete(user).where(eq(user.id, actor.id));
  });
}
