import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course, courseSession, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { normaliseEmail } from "~/domain/courses/rules.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/** A registration as its page, link or form names it: by id, with the key from the e-mail link when there is one. */
export type RegistrationKey = { registrationId: string; token?: string | null };

/**
 * The registration, when the actor may see or change it: the participant (account or e-mail link),
 * the employer who made it, the provider's people. Anyone else: not found.
 */
export async function findAccessibleRegistration(db: Db, actor: Actor, key: RegistrationKey) {
  const { registrationId: id, token } = key;
  if (!isUuid(id)) throw notFound("courses.error.registrationNotFound");
  const [row] = await db
    .select({ registration, providerId: course.providerId })
    .from(registration)
    .innerJoin(courseSession, eq(courseSession.id, registration.sessionId))
    .innerJoin(course, eq(course.id, courseSession.courseId))
    .where(eq(registration.id, id))
    .limit(1);
  if (!row) throw notFound("courses.error.registrationNotFound");
  const r = row.registration;
  const own = (token && token === r.token) || (actor && (actor.id === r.userId || normaliseEmail(actor.email) === r.participantEmail || actor.id === r.registeredById));
  if (own) return { registration: r, asProvider: false };
  if (await can(db, actor, "course.manage", { organisationId: row.providerId })) return { registration: r, asProvider: true };
  // Not "forbidden": whether a registration exists is itself private.
  throw notFound("courses.error.registrationNotFound");
}
