import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { programmeGoal } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { periodErrors } from "~/domain/programmes/programme-rules.ts";

/** A programme's, a goal's and a project's fields as the create and update use-cases check them. */

export type ProgrammeDetails = { name: string; description?: string; funders?: string; startsOn: string; endsOn: string };

/** The period rule as a field error: the first broken one, beside its field. */
export function checkProgrammeDetails(input: ProgrammeDetails) {
  if (!input.name.trim()) throw invalid("form.required", "name");
  const [error] = Object.entries(periodErrors(input.startsOn, input.endsOn));
  if (error) throw invalid(error[1], error[0]);
}

export type GoalDetails = { title: string; indicator?: string | null; target?: string | null };

export function goalValues(input: GoalDetails) {
  const title = input.title.trim();
  if (!title) throw invalid("form.required", "title");
  return { title, indicator: input.indicator?.trim() || null, target: input.target?.trim() || null };
}

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

