import { and, asc, eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, networkLocation, organisation, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";

/** Everyone registered for one session, for the provider: the list, the export and attendance. */
export async function listSessionRegistrations(services: AppServices, actor: Actor, { slug, sessionId }: { slug: string; sessionId: string }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  if (!isUuid(sessionId)) throw notFound("courses.error.sessionNotFound");
  const [session] = await services.db
    .select({ session: courseSession, hubName: networkLocation.name })
    .from(courseSession)
    .leftJoin(networkLocation, eq(networkLocation.id, courseSession.locationId))
    .where(and(eq(courseSession.id, sessionId), eq(courseSession.courseId, managed.id)));
  if (!session) throw notFound("courses.error.sessionNotFound");
  const rows = await services.db
    .select({
      id: registration.id,
      name: registration.participantName,
      email: registration.participantEmail,
      status: registration.status,
      position: registration.waitlistPosition,
      company: organisation.name,
      createdAt: registration.createdAt,
    })
    .from(registration)
    .leftJoin(organisation, eq(organisation.id, registration.organisationId))
    .where(eq(registration.sessionId, sessionId))
    // Places first, then the waiting list in order, then the rest.
    .orderBy(
      sql`case ${registration.status} when 'confirmed' then 0 when 'attended' then 0 when 'no_show' then 0 when 'pending_confirmation' then 1 when 'offered' then 1 when 'waitlisted' then 2 else 3 end`,
      asc(registration.waitlistPosition),
      asc(registration.createdAt),
    );
  return {
    course: managed,
    session: { ...session.session, location: session.hubName ?? ([session.session.address, session.session.place].filter(Boolean).join(", ") || "Online") },
    registrations: rows,
  };
}
