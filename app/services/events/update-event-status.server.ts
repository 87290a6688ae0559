import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { statusChangeError, type EventStatus } from "~/domain/events/event-rules.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";

/**
 * The coordinator opens the entry periods, takes a draft back, reopens an event
 * being assigned, or closes a published one. The event row is locked, and a
 * run cannot start meanwhile (starting one moves the status under the same
 * row), so "no run in progress" still holds when the status is written.
 */
export async function updateEventStatus(services: AppServices, actor: Actor, { slug, status: to }: { slug: string; status: EventStatus }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  return services.db.transaction(async (tx) => {
    const [current] = await tx.select({ status: event.status }).from(event).where(eq(event.id, row.id)).for("update");
    if (!current) throw conflict("error.notFound.body");
    const active = await tx
      .select({ id: assignmentRun.id })
      .from(assignmentRun)
      .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
      .limit(1);
    const error = statusChangeError(current.status, to, { runInProgress: active.length > 0 });
    if (error) throw conflict(error);
    await tx.update(event).set({ status: to }).where(eq(event.id, row.id));
    await recordAudit(tx, actor, "event.status", { type: "event", id: row.id, label: row.name }, { status: current.status }, { status: to });
    return { status: to };
  });
}
