import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { goalValues, type GoalDetails } from "./helpers/details.server.ts";
import { findProgramme } from "./helpers/programme-rows.server.ts";

/** Changes a goal's title, indicator and target; its number stays. */
export async function updateGoal(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; goalId: string } & GoalDetails) {
  const { slug, goalId } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
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
