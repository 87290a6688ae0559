import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { milestone } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/** Marks a milestone done; a second click (or a second person) finds it already done. */
export async function recordMilestoneDone(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; milestoneId: string },
) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  const updated = await services.db
    .update(milestone)
    .set({ status: "done", doneAt: services.clock.now(), doneById: actor!.id })
    .where(and(eq(milestone.id, input.milestoneId), eq(milestone.projectId, found.id), eq(milestone.status, "planned")))
    .returning({ id: milestone.id });
  if (updated.length === 0) {
    const [exists] = await services.db.select({ id: milestone.id }).from(milestone).where(and(eq(milestone.id, input.milestoneId), eq(milestone.projectId, found.id)));
    if (!exists) throw notFound("programmes.milestone.notFound");
    throw conflict("programmes.milestone.alreadyDone");
  }
}
