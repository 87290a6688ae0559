import type { AppServices, SessionUser } from "~/context.ts";
import { course, courseOriginNeed } from "~/db/schema/index.ts";
import { courseSlug, slugCandidate } from "~/domain/courses/format.ts";
import type { CourseInput } from "~/domain/courses/forms.ts";
import { conflict, forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { notifyNeedOwners } from "./notify-need-owners.server.ts";
import { courseColumns } from "./course-values.server.ts";

/**
 * A provider's person adds a course, as a draft or published at once. When
 * published, companies whose open needs it covers are told in the same transaction.
 */
export async function createCourse(
  services: AppServices,
  user: SessionUser | null,
  input: CourseInput,
  options: { publish: boolean; originNeedIds?: string[] },
): Promise<{ id: string; slug: string }> {
  if (!user) throw forbidden();
  await requirePermission(services.db, user, "course.manage", { organisationId: input.providerId });
  const now = services.clock.now();
  const base = courseSlug(input.title);
  return services.db.transaction(async (tx) => {
    for (let attempt = 1; attempt <= 200; attempt++) {
      const [row] = await tx
        .insert(course)
        .values({
          ...courseColumns(input),
          slug: slugCandidate(base, attempt),
          status: options.publish ? "published" : "draft",
          publishedAt: options.publish ? now : null,
          createdById: user.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: course.slug })
        .returning({ id: course.id, slug: course.slug });
      if (!row) continue;
      if (options.originNeedIds?.length) {
        await tx.insert(courseOriginNeed).values(options.originNeedIds.map((needId) => ({ courseId: row.id, needId }))).onConflictDoNothing();
      }
      if (options.publish) await notifyNeedOwners(services, tx, row.id);
      return row;
    }
    throw conflict("courses.error.titleTaken", "title");
  });
}
