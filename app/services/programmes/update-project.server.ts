import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { project, projectGoal } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { projectValues, type ProjectDetails } from "./helpers/details.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";
import { lockProgramme } from "./helpers/programme-rows.server.ts";

/**
 * Changes a project's title, description and goals; its number, team, milestones and updates stay.
 * Under the programme's lock, as removing a goal or a project takes it: the goals checked here are
 * still there when the links are written, and a goal removed at the same moment either sees this
 * project's new goals (and is refused if it would leave it without one) or is gone before they are
 * checked (and the form says so beside the goals).
 */
export async function updateProject(services: Pick<AppServices, "db">, actor: Actor, input: { programmeSlug: string; projectPosition: number } & ProjectDetails) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  await requireManageProgramme(services.db, actor, found.networkId);
  await services.db.transaction(async (tx) => {
    await lockProgramme(tx, found.programmeId);
    const [still] = await tx.select({ id: project.id }).from(project).where(eq(project.id, found.id));
    if (!still) throw notFound("programmes.project.notFound");
    const { title, description, goalIds } = await projectValues(tx, found.programmeId, input);
    await tx.update(project).set({ title, description }).where(eq(project.id, found.id));
    await tx.delete(projectGoal).where(eq(projectGoal.projectId, found.id));
    await tx.insert(projectGoal).values(goalIds.map((goalId) => ({ projectId: found.id, goalId })));
  });
  return { position: found.position };
}
