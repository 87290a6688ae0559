import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { course } from "~/db/schema/index.ts";
import type { CourseInput } from "~/domain/courses/forms.ts";
import { forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { courseColumns } from "./course-values.server.ts";
import { findManagedCourse } from "./find-managed-course.server.ts";
import { notifyNeedOwners } from "./notify-need-owners.server.ts";

/** Saves a course's texts; `publish` publishes a draft (and tells companies whose needs it covers). */
export async function updateCourse(services: AppServices, user: SessionUser | null, slug: string, input: CourseInput, options: { publish: boolean }) {
  if (!user) throw forbidden();
  const existing = await findManagedCourse(services.db, user, slug);
  // Moving a course to another provider needs rights there too.
  if (input.providerId !== existing.providerId) await requirePermission(services.db, user, "course.manage", { organisationId: input.providerId });
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const publishing = options.publish && existing.status !== "published";
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

/** Takes a course out of the catalogue (archived) or back in; sessions and registrations stay. */
export async function setCourseStatus(services: AppServices, user: SessionUser | null, slug: string, status: "published" | "archived") {
  const existing = await findManagedCourse(services.db, user, slug);
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    await tx
      .update(course)
      .set({ status, updatedAt: now, ...(status === "published" && !existing.publishedAt ? { publishedAt: now } : {}) })
      .where(eq(course.id, existing.id));
    if (status === "published") await notifyNeedOwners(services, tx, existing.id);
    return { slug: existing.slug };
  });
}
