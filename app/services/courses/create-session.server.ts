import type { Actor, AppServices } from "~/context.ts";
import { courseSession } from "~/db/schema/index.ts";
import type { SessionInput } from "~/domain/courses/forms.ts";
import { conflict, invalid } from "~/domain/errors.ts";
import { pgError, UNIQUE_VIOLATION } from "~/db/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { sessionColumns, sessionLocation } from "./helpers/session-location.server.ts";

/**
 * Adds a session. The location is one of the course network's hubs, or an
 * address that is located (for distance search); neither means online. A
 * second session of the course with the same start is refused by the unique
 * index (course_session_one_per_start), so two posts at once cannot both add it.
 */
export async function createSession(services: AppServices, actor: Actor, { slug, session: input, externalId }: { slug: string; session: SessionInput; externalId?: string }) {
  const managed = await findManagedCourse(services.db, actor, slug);
  const now = services.clock.now();
  if (input.startsAt.getTime() <= now.getTime()) throw invalid("courses.error.sessionInPast", "date");
  const where = await sessionLocation(services, managed.networkId, input);
  let row: { id: string } | undefined;
  try {
    [row] = await services.db
      .insert(courseSession)
      .values({
        courseId: managed.id,
        ...sessionColumns(input, where),
        externalId: externalId ?? null,
        createdAt: now,
      })
      .returning({ id: courseSession.id });
  } catch (error) {
    if (pgError(error)?.code === UNIQUE_VIOLATION) throw conflict("courses.error.sessionDuplicate", "date");
    throw error;
  }
  return { id: row!.id, slug: managed.slug };
}
