import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventAssignment, eventGroup } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { checkGroup, entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { entersFor, findEvent, rulesOf } from "./helpers/event-access.server.ts";
import type { GroupEntry } from "./register-group.server.ts";

/**
 * A school changes its own class while the schools' entry period is open. The
 * school stays. An unlocked assignment from an earlier run (the event was
 * reopened) goes; the next run places the class again.
 */
export async function updateGroup(services: AppServices, actor: Actor, input: Omit<GroupEntry, "schoolOrganisationId"> & { groupId: string }) {
  const { groupId } = input;
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, input.slug);
  const [group] = await services.db.select().from(eventGroup).where(eq(eventGroup.id, groupId));
  if (!group || group.eventId !== row.id || !(await entersFor(services.db, actor, group.schoolOrganisationId))) throw notFound();
  const rules = rulesOf(row);
  if (entryPhase(rules, "school", amsterdamToday(services.clock.now())) !== "open") throw conflict("events.error.schoolEntryClosed");
  checkGroup(rules, input);
  await services.db.transaction(async (tx) => {
    await tx
      .update(eventGroup)
      .set({
        label: input.label.trim(),
        size: input.size,
        level: input.level,
        windows: input.windows,
        preferences: input.preferences,
        maxKm: input.maxKm,
        girlsOnlyConfirmed: input.girlsOnlyConfirmed,
      })
      .where(eq(eventGroup.id, group.id));
    await tx.delete(eventAssignment).where(and(eq(eventAssignment.groupId, group.id), eq(eventAssignment.locked, false)));
  });
  return { id: group.id };
}
