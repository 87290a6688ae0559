import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { milestone } from "~/db/schema/index.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { isCalendarDay } from "~/domain/programmes/programme-rules.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/** Those who may add a milestone may also correct its title or date; a done milestone stays done. */
export async function updateMilestone(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; milestoneId: string; title: string; dueOn: string },
) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  const title = input.title.trim();
  if (!title) throw invalid("form.required", "title");
  if (!isCalendarDay(input.dueOn)) throw invalid("programmes.milestone.dueInvalid", "dueOn");
  if (!isUuid(input.milestoneId)) throw notFound("programmes.milestone.notFound");
  const updated = await services.db
    .update(milestone)
    .set({ title, dueOn: input.dueOn })
    .where(and(eq(milestone.id, input.milestoneId), eq(milestone.projectId, found.id)))
    .returning({ id: milestone.id });
  if (updated.length === 0) throw notFound("programmes.milestone.notFound");
}
