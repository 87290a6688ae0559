import { and, eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { programmeGoal, project, projectGoal } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { nextPosition } from "~/domain/programmes/numbering.ts";
import { requireManageProgramme } from "./access.server.ts";
import { findProgramme, lockProgramme } from "./programme-rows.server.ts";

export type ProjectDetails = { title: string; description?: string; goals: string[] };

/** The project's title and goals as stored; the goals must be this programme's own, and at least one. */
export async function projectValues(db: Db, programmeId: string, input: ProjectDetails) {
  const title = input.title.trim();
  if (!title) throw invalid("form.required", "title");
  const goalIds = [...new Set(input.goals)];
  if (goalIds.length === 0) throw invalid("programmes.project.goalsRequired", "goals");
  const own = await db
    .select({ id: programmeGoal.id })
    .from(programmeGoal)
    .where(and(eq(programmeGoal.programmeId, programmeId), inArray(programmeGoal.id, goalIds)));
  if (own.length !== goalIds.length) throw invalid("programmes.project.goalsRequired", "goals");
  return { title, description: input.description?.trim() ?? "", goalIds };
}

/** A new project gets the next number and serves the chosen goals. */
export async function addProject(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, slug: string, input: ProjectDetails) {
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, user, row.networkId);
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
