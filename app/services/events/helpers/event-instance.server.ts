import { asc, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { eventAssignment, eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { buildInstance, type GroupInput, type SlotInput } from "~/domain/events/instance.ts";
import type { EventRow } from "./event-access.server.ts";

/** The engine's instance for the event as entered now, with the locked assignments. */
export async function loadEventInstance(db: Db, row: EventRow) {
  const slots = await db
    .select({
      id: eventSlot.id,
      hostOrganisationId: eventSlot.hostOrganisationId,
      hostName: organisation.name,
      hostSlug: organisation.slug,
      sector: eventSlot.sector,
      hostSector: organisation.sector,
      lat: eventSlot.lat,
      lon: eventSlot.lon,
      window: eventSlot.window,
      capacityPupils: eventSlot.capacityPupils,
      maxGroups: eventSlot.maxGroups,
      levels: eventSlot.levels,
      activity: eventSlot.activity,
      place: eventSlot.place,
    })
    .from(eventSlot)
    .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
    .where(eq(eventSlot.eventId, row.id))
    .orderBy(asc(eventSlot.createdAt), asc(eventSlot.id));
  const groups = await db
    .select({
      id: eventGroup.id,
      schoolOrganisationId: eventGroup.schoolOrganisationId,
      schoolName: organisation.name,
      schoolSlug: organisation.slug,
      label: eventGroup.label,
      size: eventGroup.size,
      level: eventGroup.level,
      lat: organisation.lat,
      lon: organisation.lon,
      windows: eventGroup.windows,
      maxKm: eventGroup.maxKm,
      preferences: eventGroup.preferences,
    })
    .from(eventGroup)
    .innerJoin(organisation, eq(organisation.id, eventGroup.schoolOrganisationId))
    .where(eq(eventGroup.eventId, row.id))
    .orderBy(asc(eventGroup.createdAt), asc(eventGroup.id));
  const assignments = await db
    .select({ id: eventAssignment.id, groupId: eventAssignment.groupId, slotId: eventAssignment.slotId, locked: eventAssignment.locked, source: eventAssignment.source })
    .from(eventAssignment)
    .where(eq(eventAssignment.eventId, row.id));
  // A school without coordinates cannot be placed; entering a group requires them, so this only drops stale rows.
  const placeable = groups.filter((g): g is typeof g & { lat: number; lon: number } => g.lat != null && g.lon != null);
  const instance = buildInstance({
    defaultMaxKm: row.defaultMaxKm,
    windows: row.windows.map((w) => w.key),
    slots: slots satisfies SlotInput[],
    groups: placeable satisfies GroupInput[],
    locked: assignments.filter((a) => a.locked).map((a) => ({ groupId: a.groupId, slotId: a.slotId })),
  });
  return { instance, slots, groups, assignments };
}
