import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { nextPosition } from "~/domain/programmes/numbering.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { goalValues, type GoalDetails } from "./helpers/details.server.ts";
import { findProgramme, lockProgramme } from "./helpers/programme-rows.server.ts";

/** A new goal gets the next number, under the programme's lock. */
export async function createGoal(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string } & GoalDetails) {
  const { slug } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
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
