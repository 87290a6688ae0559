import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course } from "~/db/schema/index.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { notifyNeedOwners } from "./helpers/notify-need-owners.server.ts";

/** Takes a course out of the catalogue (archived) or back in; sessions and registrations stay. */
export async function updateCourseStatus(services: AppServices, actor: Actor, { slug, status }: { slug: string; status: "published" | "archived" }) {
  const existing = await findManagedCourse(services.db, actor, slug);
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
