import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { currentOrder, moveInOrder, renumberPlan } from "~/domain/programmes/numbering.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { applyNumbering, findProgramme, lockProgramme } from "./helpers/programme-rows.server.ts";

/** Moves a goal one place up or down; both goals swap numbers in one transaction. */
export async function updateGoalPosition(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; goalId: string; direction: "up" | "down" }) {
  const { slug, goalId, direction } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
  if (!isUuid(goalId)) throw notFound("programmes.goal.notFound");
  await services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const goals = await tx.select({ id: programmeGoal.id, position: programmeGoal.position }).from(programmeGoal).where(eq(programmeGoal.programmeId, row.id));
    if (!goals.some((g) => g.id === goalId)) throw notFound("programmes.goal.notFound");
    await applyNumbering(tx, "goal", row.id, renumberPlan(goals, moveInOrder(currentOrder(goals), goalId, direction)));
  });
}
