import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { project } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { findProgramme, lockProgramme } from "./helpers/programme-rows.server.ts";

/**
 * Removes a project with its team, milestones and updates (they cascade). The
 * other projects keep their numbers: funders' reports, people and open pages
 * know a project by its number, and a page opened before the removal must not
 * post an update to the project that moved up into its place. Addressed by id,
 * so a second click removes nothing else.
 */
export async function removeProject(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; projectId: string }) {
  const { slug, projectId } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
  if (!isUuid(projectId)) throw notFound("programmes.project.notFound");
  await services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const removed = await tx.delete(project).where(and(eq(project.id, projectId), eq(project.programmeId, row.id))).returning({ id: project.id });
    if (removed.length === 0) throw notFound("programmes.project.notFound");
  });
}
