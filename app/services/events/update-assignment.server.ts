import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event, eventAssignment, eventGroup } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { feasibleSlotsFor } from "~/domain/events/instance.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { loadEventInstance } from "./helpers/event-instance.server.ts";

export type AssignmentChange = { slug: string; groupId: string; slotId: string | null; locked: boolean };

/**
 * The coordinator moves a group by hand (or takes it out) and locks or
 * unlocks it. A move must be feasible with every other assignment as it is:
 * level, window, distance and the slot's room in pupils and groups. The event
 * row is locked for the check, so two moves at once cannot both take the
 * last place.
 */
export async function updateAssignment(services: AppServices, actor: Actor, input: AssignmentChange) {
  const row = await requireEventCoordinator(services.db, actor, input.slug);
  return services.db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: event.status }).from(event).where(eq(event.id, row.id)).for("update");
    if (!locked || locked.status === "published" || locked.status === "done") throw conflict("events.error.alreadyPublished");
    const active = await tx
      .select({ id: assignmentRun.id })
      .from(assignmentRun)
      .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
      .limit(1);
    if (active.length) throw conflict("events.error.runInProgress");
    const [group] = await tx.select({ id: eventGroup.id }).from(eventGroup).where(and(eq(eventGroup.id, input.groupId), eq(eventGroup.eventId, row.id)));
    if (!group) throw notFound();

    if (input.slotId === null) {
      const removed = await tx.delete(eventAssignment).where(eq(eventAssignment.groupId, group.id)).returning();
      await recordAudit(tx, actor, "event.assignment", { type: "event", id: row.id, label: row.name }, removed[0] ?? null, null);
      return { slotId: null };
    }
    const { instance, assignments } = await loadEventInstance(tx, row);
    const current = assignments.find((a) => a.groupId === group.id);
    if (current?.slotId !== input.slotId) {
      const pairs = assignments.map((a) => ({ groupId: a.groupId, slotId: a.slotId }));
      if (!feasibleSlotsFor(instance, group.id, pairs).includes(input.slotId)) throw conflict("events.error.infeasibleMove", "slotId");
    }
    const now = services.clock.now();
    await tx
      .insert(eventAssignment)
      .values({ eventId: row.id, groupId: group.id, slotId: input.slotId, locked: input.locked, source: "manual", updatedAt: now })
      .onConflictDoUpdate({
        target: eventAssignment.groupId,
        set: {
          slotId: input.slotId,
          locked: input.locked,
          // Locking what the engine chose keeps its source; moving makes it manual.
          source: current && current.slotId === input.slotId ? sql`${eventAssignment.source}` : "manual",
          updatedAt: now,
        },
      });
    await recordAudit(tx, actor, "event.assignment", { type: "event", id: row.id, label: row.name }, current ?? null, { groupId: group.id, slotId: input.slotId, locked: input.locked });
    return { slotId: input.slotId };
  });
}
