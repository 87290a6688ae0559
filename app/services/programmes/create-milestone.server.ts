import type { Actor, AppServices } from "~/context.ts";
import { milestone } from "~/db/schema/index.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { isCalendarDay } from "~/domain/programmes/programme-rules.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/** A new milestone for a project: a title and a due date (a Dutch calendar day). */
export async function createMilestone(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; title: string; dueOn: string },
) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  if (!input.title.trim()) throw invalid("form.required", "title");
  if (!isCalendarDay(input.dueOn)) throw invalid("programmes.milestone.dueInvalid", "dueOn");
  const [row] = await services.db.insert(milestone).values({ projectId: found.id, title: input.title.trim(), dueOn: input.dueOn }).returning({ id: milestone.id });
  return row!;
}
