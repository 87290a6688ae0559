import { and, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { course, courseSession } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

/**
 * A provider's course by its own id, and the session with the provider's id in it (null when it has
 * none yet); 404 when the provider has no such course. Permission is the caller's use-case's.
 */
export async function syncedSession(db: Db, input: { providerId: string; courseExternalId: string; externalId: string }) {
  const [row] = await db
    .select({ slug: course.slug, sessionId: courseSession.id })
    .from(course)
    .leftJoin(courseSession, and(eq(courseSession.courseId, course.id), eq(courseSession.externalId, input.externalId)))
    .where(and(eq(course.providerId, input.providerId), eq(course.externalId, input.courseExternalId)))
    .limit(1);
  if (!row) throw notFound("courses.error.courseNotFound");
  return row;
}
