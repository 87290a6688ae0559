import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { project, projectGoal } from "~/db/schema/index.ts";
import { requireManageProgramme } from "./access.server.ts";
import { projectValues, type ProjectDetails } from "./add-project.server.ts";
import { findProject } from "./load-programme.server.ts";

/** Changes a project's title, description and goals; its number, team, milestones and updates stay. */
export async function updateProject(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, position: number, input: ProjectDetails) {
  const found = await findProject(services, slug, position);
  await requireManageProgramme(services.db, user, found.networkId);
  await services.db.transaction(async (tx) => {
    const { title, description, goalIds } = await projectValues(tx, found.programmeId, input);
    await tx.update(project).set({ title, description }).where(eq(project.id, found.id));
    await tx.delete(projectGoal).where(eq(projectGoal.projectId, found.id));
    await tx.insert(projectGoal).values(goalIds.map((goalId) => ({ projectId: found.id, goalId })));
  });
  return { position: found.position };
}
