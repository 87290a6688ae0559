import type { Actor, AppServices } from "~/context.ts";
import { eventSlot, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { checkSlot, entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { eq } from "drizzle-orm";
import { entersFor, findEvent, HOST_KINDS, rulesOf } from "./helpers/event-access.server.ts";
import { slotLocation } from "./helpers/slot-location.server.ts";

export type SlotEntry = {
  slug: string;
  hostOrganisationId: string;
  window: string;
  capacityPupils: number | null;
  maxGroups: number | null;
  levels: string[];
  sector: string | null;
  activity: string;
  street: string | null;
  postcode: string | null;
  place: string | null;
  accessibilityNotes: string;
};

/**
 * A host company enters a visit slot. Any member of the company may do so
 * while the hosts' entry period is open. The address defaults to the company's; a
 * different address must be one the geocoder finds, since the engine measures
 * travel distance from it.
 */
export async function registerSlot(services: AppServices, actor: Actor, input: SlotEntry) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, input.slug);
  const rules = rulesOf(row);
  if (entryPhase(rules, "host", amsterdamToday(services.clock.now())) !== "open") throw conflict("events.error.hostEntryClosed");
  checkSlot(rules, input);
  if (!(await entersFor(services.db, actor, input.hostOrganisationId))) throw forbidden();
  const [host] = await services.db.select().from(organisation).where(eq(organisation.id, input.hostOrganisationId)).limit(1);
  if (!host) throw notFound();
  if (!HOST_KINDS.includes(host.kind as "company")) throw invalid("events.error.notACompany", "hostOrganisationId");

  const where = await slotLocation(services, host, input);

  const [created] = await services.db
    .insert(eventSlot)
    .values({
      eventId: row.id,
      hostOrganisationId: host.id,
      createdById: actor.id,
      window: input.window,
      capacityPupils: input.capacityPupils,
      maxGroups: input.maxGroups,
      levels: input.levels,
      sector: input.sector,
      activity: input.activity.trim(),
      street: where.street,
      postcode: where.postcode,
      place: where.place,
      lat: where.lat,
      lon: where.lon,
      accessibilityNotes: input.accessibilityNotes.trim(),
      createdAt: services.clock.now(),
    })
    .returning({ id: eventSlot.id });
  return { id: created!.id };
}
