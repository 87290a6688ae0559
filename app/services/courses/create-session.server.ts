import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, networkLocation } from "~/db/schema/index.ts";
import type { SessionInput } from "~/domain/courses/forms.ts";
import { COURSE_ERRORS } from "~/domain/courses/forms.ts";
import { conflict, invalid } from "~/domain/errors.ts";
import { pgError, UNIQUE_VIOLATION } from "~/db/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";

/**
 * Adds a session. The location is one of the course network's hubs, or an
 * address that is located (for distance search); neither means online. A
 * second session of the course with the same start is refused by the unique
 * index (course_session_one_per_start), so two posts at once cannot both add it.
 */
export async function createSession(services: AppServices, actor: Actor, { slug, session: input }: { slug: string; session: SessionInput }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  const now = services.clock.now();
  if (input.startsAt.getTime() <= now.getTime()) throw invalid("courses.error.sessionInPast", "date");
  let where: { lat: number | null; lon: number | null; place: string | null } = { lat: null, lon: null, place: input.place };
  if (input.locationId) {
    const [hub] = await services.db
      .select({ networkId: networkLocation.networkId, place: networkLocation.place, lat: networkLocation.lat, lon: networkLocation.lon })
      .from(networkLocation)
      .where(and(eq(networkLocation.id, input.locationId)))
      .limit(1);
    if (!hub || hub.networkId !== managed.networkId) throw invalid(COURSE_ERRORS.location, "locationId");
    where = { lat: hub.lat, lon: hub.lon, place: hub.place };
  } else if (input.place) {
    const found = await services.geocoder.geocode({ street: input.address, place: input.place }).catch(() => null);
    where = { lat: found?.lat ?? null, lon: found?.lon ?? null, place: found?.place ?? input.place };
  }
  let row: { id: string } | undefined;
  try {
    [row] = await services.db
      .insert(courseSession)
      .values({
        courseId: managed.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        locationId: input.locationId,
        address: input.locationId ? null : input.address,
        place: where.place,
        lat: where.lat,
        lon: where.lon,
        capacity: input.capacity,
        minParticipants: input.minParticipants,
        registrationDeadline: input.registrationDeadline,
        createdAt: now,
      })
      .returning({ id: courseSession.id });
  } catch (error) {
    if (pgError(error)?.code === UNIQUE_VIOLATION) throw conflict("courses.error.sessionDuplicate", "date");
    throw error;
  }
  return { id: row!.id, slug: managed.slug };
}
