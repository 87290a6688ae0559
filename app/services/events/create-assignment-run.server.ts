import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { ASSIGNMENT_RUN_JOB } from "./jobs.server.ts";

/**
 * The coordinator starts the assignment: a run row (queued) and a job, in one
 * transaction. Entry closes: the event moves to "assigning". At most
 * one run per event is in flight (partial unique index), so a double click
 * starts one run, not two.
 */
export async function createAssignmentRun(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  if (row.status === "draft") throw conflict("events.error.notOpenYet");
  if (row.status === "published" || row.status === "done") throw conflict("events.error.alreadyPublished");
  try {
    return await services.db.transaction(async (tx) => {
      const [run] = await tx
        .insert(assignmentRun)
        .values({ eventId: row.id, requestedById: actor!.id, status: "queued", createdAt: services.clock.now() })
        .returning({ id: assignmentRun.id });
      if (row.status === "open") await tx.update(event).set({ status: "assigning" }).where(eq(event.id, row.id));
      await services.jobs.send(ASSIGNMENT_RUN_JOB, { runId: run!.id }, { tx, retryLimit: 0 });
      return { runId: run!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "assignment_run_one_active")) throw conflict("events.error.runInProgress");
    throw error;
  }
}
