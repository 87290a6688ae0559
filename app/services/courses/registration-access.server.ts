import { eq } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { courseSession, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/courses/forms.ts";
import { normaliseEmail } from "~/domain/courses/rules.ts";
import { notFound } from "~/domain/errors.ts";
import { rolesOf } from "~/services/common/permissions.server.ts";
import { course } from "~/db/schema/index.ts";

/** Who may see or change a registration: the participant (account or e-mail link), the employer who made it, the provider's people. */
export type RegistrationAccess = { user: SessionUser | null; token?: string | null };

export async function findAccessibleRegistration(db: Db, id: string, access: RegistrationAccess) {
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
  const { user, token } = access;
  const own = (token && token === r.token) || (user && (user.id === r.userId || normaliseEmail(user.email) === r.participantEmail || user.id === r.registeredById));
  if (own) return { registration: r, asProvider: false };
  const roles = await rolesOf(db, user, { organisationId: row.providerId });
  if (roles.has("org_member") || roles.has("org_admin") || roles.has("platform_admin")) return { registration: r, asProvider: true };
  // Not "forbidden": whether a registration exists is itself private.
  throw notFound("courses.error.registrationNotFound");
}
