import type { Actor, AppServices } from "~/context.ts";
import { course, courseOriginNeed } from "~/db/schema/index.ts";
import { courseSlug, slugCandidate } from "~/domain/courses/format.ts";
import type { CourseInput } from "~/domain/courses/forms.ts";
import { conflict, forbidden } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { courseColumns } from "./helpers/course-columns.server.ts";
import { notifyNeedOwners } from "./helpers/notify-need-owners.server.ts";
import { listDraftNeeds } from "./list-draft-needs.server.ts";

/**
 * A provider's person adds a course, as a draft or published at once. When
 * published, companies whose open needs it covers are told in the same transaction.
 * `originNeedIds`: the needs it was drafted from; only open needs the actor may see are linked
 * (an unknown id would break the foreign key). `externalId`: the provider's own id, when its system
 * adds the course through the API (unique per provider, ADR 029).
 */
export async function createCourse(
  services: AppServices,
  actor: Actor,
  input: { course: CourseInput; publish: boolean; originNeedIds?: string[]; externalId?: string },
): Promise<{ id: string; slug: string }> {
  if (!actor) throw forbidden();
  const { course: values, publish } = input;
  await requirePermission(services.db, actor, "course.manage", { organisationId: values.providerId });
  const originNeedIds = input.originNeedIds?.length ? (await listDraftNeeds(services, actor, { ids: input.originNeedIds })).map((n) => n.need.id) : [];
  const now = services.clock.now();
  const base = courseSlug(values.title);
  return services.db.transaction(async (tx) => {
    for (let attempt = 1; attempt <= 200; attempt++) {
      const [row] = await tx
        .insert(course)
        .values({
          ...courseColumns(values),
          slug: slugCandidate(base, attempt),
          status: publish ? "published" : "draft",
          publishedAt: publish ? now : null,
          createdById: actor.id,
          externalId: input.externalId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: course.slug })
        .returning({ id: course.id, slug: course.slug });
      if (!row) continue;
      if (originNeedIds.length) {
        await tx.insert(courseOriginNeed).values(originNeedIds.map((needId) => ({ courseId: row.id, needId }))).onConflictDoNothing();
      }
      if (publish) await notifyNeedOwners(services, tx, row.id);
      return row;
    }
    throw conflict("courses.error.titleTaken", "title");
  });
}
