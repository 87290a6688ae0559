import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventAssignment, eventSlot, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { checkSlot, entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { entersFor, findEvent, rulesOf } from "./helpers/event-access.server.ts";
import { slotLocation } from "./helpers/slot-location.server.ts";
import type { SlotEntry } from "./register-slot.server.ts";

/**
 * A host changes its own slot while the hosts' entry period is open. The host
 * organisation stays. An assignment from an earlier run (the event was
 * reopened) may no longer fit, so it goes unless the coordinator locked it;
 * the next run places the groups again.
 */
export async function updateSlot(services: AppServices, actor: Actor, input: Omit<SlotEntry, "hostOrganisationId"> & { slotId: string }) {
  const { slotId } = input;
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, input.slug);
  const [slot] = await services.db.select().from(eventSlot).where(eq(eventSlot.id, slotId));
  if (!slot || slot.eventId !== row.id || !(await entersFor(services.db, actor, slot.hostOrganisationId))) throw notFound();
  const rules = rulesOf(row);
  if (entryPhase(rules, "host", amsterdamToday(services.clock.now())) !== "open") throw conflict("events.error.hostEntryClosed");
  checkSlot(rules, input);
  const [host] = await services.db.select().from(organisation).where(eq(organisation.id, slot.hostOrganisationId));
  if (!host) throw notFound();
  const where = await slotLocation(services, host, input);
  await services.db.transaction(async (tx) => {
    await tx
      .update(eventSlot)
      .set({
        window: input.window,
        capacityPupils: input.capacityPupils,
        maxGroups: input.maxGroups,
        levels: input.levels,
        sector: input.sector,
        activity: input.activity.trim(),
        ...where,
        accessibilityNotes: input.accessibilityNotes.trim(),
      })
      .where(eq(eventSlot.id, slot.id));
    await tx.delete(eventAssignment).where(and(eq(eventAssignment.slotId, slot.id), eq(eventAssignment.locked, false)));
  });
  return { id: slot.id };
}
