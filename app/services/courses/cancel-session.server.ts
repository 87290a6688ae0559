import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { ACTIVE } from "~/domain/courses/rules.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { cancelledByProviderMail, withMailLocale } from "./helpers/registration-mails.server.ts";
import { lockSession } from "./helpers/session-places.server.ts";

/** The provider cancels a session: every active registration ends and each participant gets an e-mail. */
export async function cancelSession(services: AppServices, actor: Actor, { slug, sessionId }: { slug: string; sessionId: string }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  if (!isUuid(sessionId)) throw notFound("courses.error.sessionNotFound");
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (!session || session.courseId !== managed.id) throw notFound("courses.error.sessionNotFound");
    if (session.status === "cancelled") throw invalid("courses.error.sessionAlreadyCancelled");
    const affected = await tx
      .update(registration)
      .set({ status: "cancelled", waitlistPosition: null, expiresAt: null, cancelledAt: now, updatedAt: now })
      .where(and(eq(registration.sessionId, session.id), inArray(registration.status, [...ACTIVE])))
      .returning({ id: registration.id, name: registration.participantName, email: registration.participantEmail, token: registration.token });
    await tx.update(courseSession).set({ status: "cancelled", placesTaken: 0 }).where(eq(courseSession.id, session.id));
    for (const person of affected) await services.mailer.send(cancelledByProviderMail(services, session, await withMailLocale(tx, person)), tx);
    return { cancelled: affected.length };
  });
}
