import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { updateCourseStatus } from "./update-course-status.server.ts";

/**
 * A provider's system deletes a course by its own id (the API's DELETE, ADR 029). As on the
 * provider's page, a course is never erased — its sessions and registrations are people's
 * records — but archived: out of the catalogue, its page for the provider's people only. A later
 * PUT with `published: true` brings it back. Deleting an archived course again changes nothing.
 */
export async function removeSyncedCourse(services: AppServices, actor: Actor, input: { providerId: string; externalId: string }) {
  const [row] = await services.db
    .select({ slug: course.slug })
    .from(course)
    .where(and(eq(course.providerId, input.providerId), eq(course.externalId, input.externalId)))
    .limit(1);
  if (!row) throw notFound("courses.error.courseNotFound");
  return updateCourseStatus(services, actor, { slug: row.slug, status: "archived" });
}
