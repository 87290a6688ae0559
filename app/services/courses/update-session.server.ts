import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession } from "~/db/schema/index.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import type { SessionInput } from "~/domain/courses/forms.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { sessionColumns, sessionLocation } from "./helpers/session-location.server.ts";
import { lockSession, releasePlace } from "./helpers/session-places.server.ts";

/**
 * Changes a session's times, place and capacity. Under the session's lock, like every change to its
 * places: a capacity below the places already taken is refused (409), never solved by dropping
 * people; a higher one goes to the waiting list first, as a freed place would.
 */
export async function updateSession(services: AppServices, actor: Actor, { slug, sessionId, session: input }: { slug: string; sessionId: string; session: SessionInput }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  const where = await sessionLocation(services, managed.networkId, input);
  const now = services.clock.now();
  try {
    return await services.db.transaction(async (tx) => {
      const locked = await lockSession(tx, sessionId);
      if (!locked || locked.courseId !== managed.id) throw notFound("courses.error.sessionNotFound");
      if (locked.status === "cancelled") throw conflict("courses.error.sessionAlreadyCancelled");
      if (input.capacity < locked.placesTaken) throw conflict("courses.error.capacityBelowTaken", "capacity", { count: locked.placesTaken });
      await tx
        .update(courseSession)
        .set(sessionColumns(input, where))
        .where(eq(courseSession.id, locked.id));
      // Each new place is taken and handed on as a freed one: to the first on the waiting list, or released.
      const session = { ...locked, capacity: input.capacity, registrationDeadline: input.registrationDeadline, startsAt: input.startsAt, endsAt: input.endsAt };
      for (let free = input.capacity - locked.placesTaken; free > 0; free--) {
        await tx.update(courseSession).set({ placesTaken: session.placesTaken + 1 }).where(eq(courseSession.id, locked.id));
        session.placesTaken += 1;
        const { passedTo } = await releasePlace(services, tx, session, now);
        if (!passedTo) break;
      }
      return { id: locked.id, slug: managed.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error, "course_session_one_per_start")) throw conflict("courses.error.sessionDuplicate", "date");
    throw error;
  }
}
