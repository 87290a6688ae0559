import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { nextPosition } from "~/domain/programmes/numbering.ts";
import { requireManageProgramme } from "./access.server.ts";
import { findProgramme, lockProgramme } from "./programme-rows.server.ts";

export type GoalDetails = { title: string; indicator?: string | null; target?: string | null };

export function goalValues(input: GoalDetails) {
  const title = input.title.trim();
  if (!title) throw invalid("form.required", "title");
  return { title, indicator: input.indicator?.trim() || null, target: input.target?.trim() || null };
}

/** A new goal gets the next number, under the programme's lock. */
export async function addGoal(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, input: GoalDetails) {
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, user, row.networkId);
  const values = goalValues(input);
  return services.db.transaction(async (tx) => {
    await lockProgramme(tx, row.id);
    const goals = await tx.select({ id: programmeGoal.id, position: programmeGoal.position }).from(programmeGoal).where(eq(programmeGoal.programmeId, row.id));
    const [goal] = await tx
      .insert(programmeGoal)
      .values({ programmeId: row.id, position: nextPosition(goals), ...values })
      .returning({ id: programmeGoal.id, position: programmeGoal.position });
    return goal!;
  });
}
