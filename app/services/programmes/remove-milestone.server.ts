import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { milestone } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/** Removes a milestone that was planned by mistake; the same people who add milestones may. */
export async function removeMilestone(services: Pick<AppServices, "db">, actor: Actor, input: { programmeSlug: string; projectPosition: number; milestoneId: string }) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  if (!isUuid(input.milestoneId)) throw notFound("programmes.milestone.notFound");
  const removed = await services.db
    .delete(milestone)
    .where(and(eq(milestone.id, input.milestoneId), eq(milestone.projectId, found.id)))
    .returning({ id: milestone.id });
  if (removed.length === 0) throw notFound("programmes.milestone.notFound");
}
