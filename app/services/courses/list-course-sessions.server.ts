import { asc, eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, networkLocation, registration } from "~/db/schema/index.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";

/** The session management page: every session of a course with its numbers, and the network's hubs to choose from. */
export async function listCourseSessions(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  const count = (status: string) => sql<number>`(select count(*)::int from ${registration} r where r.session_id = ${courseSession.id} and r.status = ${status})`;
  const sessions = await services.db
    .select({
      id: courseSession.id,
      startsAt: courseSession.startsAt,
      endsAt: courseSession.endsAt,
      capacity: courseSession.capacity,
      placesTaken: courseSession.placesTaken,
      minParticipants: courseSession.minParticipants,
      registrationDeadline: courseSession.registrationDeadline,
      status: courseSession.status,
      place: courseSession.place,
      address: courseSession.address,
      hubName: networkLocation.name,
      confirmed: count("confirmed"),
      waiting: count("waitlisted"),
    })
    .from(courseSession)
    .leftJoin(networkLocation, eq(networkLocation.id, courseSession.locationId))
    .where(eq(courseSession.courseId, managed.id))
    .orderBy(asc(courseSession.startsAt));
  const hubs = managed.networkId
    ? await services.db
        .select({ id: networkLocation.id, name: networkLocation.name, kind: networkLocation.kind })
        .from(networkLocation)
        .where(eq(networkLocation.networkId, managed.networkId))
        .orderBy(asc(networkLocation.name))
    : [];
  return {
    course: { slug: managed.slug, title: managed.title, status: managed.status },
    sessions: sessions.map((s) => ({ ...s, location: s.hubName ?? ([s.address, s.place].filter(Boolean).join(", ") || "Online") })),
    hubs,
  };
}
