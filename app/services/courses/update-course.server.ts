import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course } from "~/db/schema/index.ts";
import type { CourseInput } from "~/domain/courses/forms.ts";
import { forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { courseColumns } from "./helpers/course-columns.server.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { notifyNeedOwners } from "./helpers/notify-need-owners.server.ts";

/** Saves a course's texts; `publish` publishes a draft (and tells companies whose needs it covers). */
export async function updateCourse(
  services: AppServices,
  actor: Actor,
  { slug, course: input, publish }: { slug: string; course: CourseInput; publish: boolean },
) {
  if (!actor) throw forbidden();
  const existing = await findManagedCourse(services.db, actor, slug);
  // Moving a course to another provider needs rights there too.
  if (input.providerId !== existing.providerId) await requirePermission(services.db, actor, "course.manage", { organisationId: input.providerId });
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const publishing = publish && existing.status !== "published";
    await tx
      .update(course)
      .set({
        ...courseColumns(input),
        updatedAt: now,
        ...(publishing ? { status: "published" as const, publishedAt: now } : {}),
      })
      .where(eq(course.id, existing.id));
    // Also on a plain save of a published course: a changed text may now cover more needs (each is told once).
    const notified = publishing || existing.status === "published" ? await notifyNeedOwners(services, tx, existing.id) : 0;
    return { slug: existing.slug, notified };
  });
}
