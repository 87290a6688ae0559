import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { project, projectGoal } from "~/db/schema/index.ts";
import { nextPosition } from "~/domain/programmes/numbering.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { projectValues, type ProjectDetails } from "./helpers/details.server.ts";
import { findProgramme, lockProgramme } from "./helpers/programme-rows.server.ts";

/** A new project gets the next number and serves the chosen goals. */
export async function createProject(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string } & ProjectDetails) {
  const { slug } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
  return services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const { title, description, goalIds } = await projectValues(tx, row.id, input);
    const projects = await tx.select({ id: project.id, position: project.position }).from(project).where(eq(project.programmeId, row.id));
    const [created] = await tx
      .insert(project)
      .values({ programmeId: row.id, position: nextPosition(projects), title, description, createdAt: services.clock.now() })
      .returning({ id: project.id, position: project.position });
    await tx.insert(projectGoal).values(goalIds.map((goalId) => ({ projectId: created!.id, goalId })));
    return created!;
  });
}
