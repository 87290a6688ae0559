import { and, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isUuid } from "~/services/networks/proposal-support.server.ts";
import { requireManageProgramme } from "./access.server.ts";
import { goalValues, type GoalDetails } from "./add-goal.server.ts";
import { findProgramme } from "./programme-rows.server.ts";

/** Changes a goal's title, indicator and target; its number stays. */
export async function updateGoal(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, goalId: string, input: GoalDetails) {
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, user, row.networkId);
  if (!isUuid(goalId)) throw notFound("programmes.goal.notFound");
  const values = goalValues(input);
  const updated = await services.db
    .update(programmeGoal)
    .set(values)
    .where(and(eq(programmeGoal.id, goalId), eq(programmeGoal.programmeId, row.id)))
    .returning({ position: programmeGoal.position });
  if (updated.length === 0) throw notFound("programmes.goal.notFound");
  return updated[0]!;
}
