import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** A course by slug that the actor may manage (the provider's people); 404 or 403 otherwise. */
export async function findManagedCourse(db: Db, actor: Actor, slug: string) {
  const [row] = await db.select().from(course).where(eq(course.slug, slug)).limit(1);
  if (!row) throw notFound("courses.error.courseNotFound");
  await requirePermission(db, actor, "course.manage", { organisationId: row.providerId });
  return row;
}
