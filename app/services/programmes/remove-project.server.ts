import { and, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { project } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { currentOrder, renumberPlan } from "~/domain/programmes/numbering.ts";
import { isUuid } from "~/services/directory/proposal-support.server.ts";
import { requireManageProgramme } from "./access.server.ts";
import { applyNumbering, findProgramme, lockProgramme } from "./programme-rows.server.ts";

/**
 * Removes a project with its team, milestones and updates (they cascade) and
 * closes the gap in the numbering. Addressed by id, not by number: after a
 * removal the numbers shift, and a second click must not remove the next one.
 */
export async function removeProject(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, projectId: string) {
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, user, row.networkId);
  if (!isUuid(projectId)) throw notFound("programmes.project.notFound");
  await services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const removed = await tx.delete(project).where(and(eq(project.id, projectId), eq(project.programmeId, row.id))).returning({ id: project.id });
    if (removed.length === 0) throw notFound("programmes.project.notFound");
    const left = await tx.select({ id: project.id, position: project.position }).from(project).where(eq(project.programmeId, row.id));
    await applyNumbering(tx, "project", row.id, renumberPlan(left, currentOrder(left)));
  });
}
