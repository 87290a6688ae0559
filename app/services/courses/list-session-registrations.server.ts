import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, networkLocation, organisation, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";

/** Beyond the places, this many of the waiting list and the rest are listed on the page; the export has everyone. */
export const BEYOND_PLACES_SHOWN = 50;

/**
 * Everyone registered for one session, for the provider: the list, the export and attendance.
 * `bounded` (the page): every holder of a place, which the capacity bounds, and the first
 * BEYOND_PLACES_SHOWN after them, for a waiting list has no bound.
 */
export async function listSessionRegistrations(services: AppServices, actor: Actor, { slug, sessionId, bounded = false }: { slug: string; sessionId: string; bounded?: boolean }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  if (!isUuid(sessionId)) throw notFound("courses.error.sessionNotFound");
  const [session] = await services.db
    .select({ session: courseSession, hubName: networkLocation.name })
    .from(courseSession)
    .leftJoin(networkLocation, eq(networkLocation.id, courseSession.locationId))
    .where(and(eq(courseSession.id, sessionId), eq(courseSession.courseId, managed.id)));
  if (!session) throw notFound("courses.error.sessionNotFound");
  const query = services.db
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
      asc(registration.id),
    );
  const rows = bounded ? await query.limit(session.session.capacity + BEYOND_PLACES_SHOWN) : await query;
  const [{ total } = { total: rows.length }] = bounded ? await services.db.select({ total: count() }).from(registration).where(eq(registration.sessionId, sessionId)) : [];
  return {
    total,
    course: managed,
    session: { ...session.session, location: session.hubName ?? ([session.session.address, session.session.place].filter(Boolean).join(", ") || "Online") },
    registrations: rows,
  };
}
