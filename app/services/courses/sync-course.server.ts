import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course } from "~/db/schema/index.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import type { CourseInput } from "~/domain/courses/forms.ts";
import { createCourse } from "./create-course.server.ts";
import { updateCourse } from "./update-course.server.ts";

/**
 * A provider's system puts a course by its own id (the API's PUT, ADR 029): the course of that
 * provider with that `externalId` is updated, or made when there is none. Sending the same
 * course twice changes nothing the second time. Permission and every rule stay in
 * createCourse/updateCourse; two first puts at once meet at the unique index and the loser updates.
 */
export async function syncCourse(services: AppServices, actor: Actor, input: { externalId: string; course: CourseInput; publish: boolean }) {
  const find = async () => {
    const [row] = await services.db
      .select({ slug: course.slug })
      .from(course)
      .where(and(eq(course.providerId, input.course.providerId), eq(course.externalId, input.externalId)))
      .limit(1);
    return row ?? null;
  };
  const existing = await find();
  if (!existing) {
    try {
      const made = await createCourse(services, actor, { course: input.course, publish: input.publish, externalId: input.externalId });
      return { slug: made.slug, created: true };
    } catch (error) {
      if (!isUniqueViolation(error, "course_provider_external_id")) throw error;
    }
  }
  const current = existing ?? (await find());
  if (!current) throw new Error("course vanished between its unique violation and the read");
  await updateCourse(services, actor, { slug: current.slug, course: input.course, publish: input.publish });
  return { slug: current.slug, created: false };
}
