import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { programmeGoal, projectGoal } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { currentOrder, projectsOnlyServing, renumberPlan } from "~/domain/programmes/numbering.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { applyNumbering, findProgramme, lockProgramme } from "./helpers/programme-rows.server.ts";

/**
 * Removes a goal and closes the gap in the numbering, in one transaction.
 * Refused while a project serves this goal alone: every project serves at
 * least one goal, so the coordinator links it to another goal first.
 */
export async function removeGoal(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; goalId: string }) {
  const { slug, goalId } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
  if (!isUuid(goalId)) throw notFound("programmes.goal.notFound");
  await services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const goals = await tx.select({ id: programmeGoal.id, position: programmeGoal.position }).from(programmeGoal).where(eq(programmeGoal.programmeId, row.id));
    if (!goals.some((g) => g.id === goalId)) throw notFound("programmes.goal.notFound");
    const links = await tx
      .select({ projectId: projectGoal.projectId, goalId: projectGoal.goalId })
      .from(projectGoal)
      .where(inArray(projectGoal.goalId, goals.map((g) => g.id)));
    const orphans = projectsOnlyServing(links, goalId);
    // The goal page lists the projects under this goal, so the message need not name them.
    if (orphans.length) throw conflict("programmes.goal.stillServed");
    await tx.delete(programmeGoal).where(and(eq(programmeGoal.id, goalId), eq(programmeGoal.programmeId, row.id)));
    const left = goals.filter((g) => g.id !== goalId);
    await applyNumbering(tx, "goal", row.id, renumberPlan(left, currentOrder(left)));
  });
}
