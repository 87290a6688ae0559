import { eq } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { course } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/** A course by slug that the user may manage (the provider's people); 404 or 403 otherwise. */
export async function findManagedCourse(db: Db, user: SessionUser | null, slug: string) {
  const [row] = await db.select().from(course).where(eq(course.slug, slug)).limit(1);
  if (!row) throw notFound("courses.error.courseNotFound");
  if (!(await can(db, user, "course.manage", { organisationId: row.providerId }))) throw forbidden();
  return row;
}
