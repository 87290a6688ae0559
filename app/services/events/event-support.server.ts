/**
 * Reading an event and the registrations around it, shared by the events
 * use-cases: the event by slug, who may do what, and the engine instance
 * built from the database.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { event, eventAssignment, eventGroup, eventSlot, membership, networkCoordinator, organisation } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { buildInstance, type GroupInput, type SlotInput } from "~/domain/events/instance.ts";
import type { EventRules } from "~/domain/events/registration.ts";

export type EventRow = typeof event.$inferSelect;

export async function findEvent(db: Db, slug: string): Promise<EventRow> {
  const [row] = await db.select().from(event).where(eq(event.slug, slug)).limit(1);
  if (!row) throw notFound();
  return row;
}

export function rulesOf(row: EventRow): EventRules {
  return {
    status: row.status,
    windows: row.windows,
    targetLevels: row.targetLevels,
    girlsOnly: row.girlsOnly,
    minGroupSize: row.minGroupSize,
    hostRegistrationOpensOn: row.hostRegistrationOpensOn,
    hostRegistrationClosesOn: row.hostRegistrationClosesOn,
    schoolRegistrationOpensOn: row.schoolRegistrationOpensOn,
    schoolRegistrationClosesOn: row.schoolRegistrationClosesOn,
  };
}

/** Coordinators of the event's network, and platform admins, run the event. */
export async function coordinatesEvent(db: Db, user: SessionUser | null, row: EventRow): Promise<boolean> {
  if (!user) return false;
  if (user.role === "admin") return true;
  if (!row.networkId) return false;
  const found = await db
    .select({ userId: networkCoordinator.userId })
    .from(networkCoordinator)
    .where(and(eq(networkCoordinator.networkId, row.networkId), eq(networkCoordinator.userId, user.id)))
    .limit(1);
  return found.length > 0;
}

/** The event, when the user runs it; anyone else (a visitor too) is forbidden. For actions, before their form is read. */
export async function requireEventCoordinator(db: Db, user: SessionUser | null, slug: string): Promise<EventRow> {
  const row = await findEvent(db, slug);
  if (!(await coordinatesEvent(db, user, row))) throw forbidden();
  return row;
}

/**
 * Who may use a registration page's forms: members of a host (for slots) or of a school (for
 * classes). Anyone else is forbidden before their form is read.
 */
export async function requireRegistrant(db: Db, user: SessionUser | null, slug: string, who: "school" | "host"): Promise<EventRow> {
  const row = await findEvent(db, slug);
  if ((await organisationsOf(db, user, who)).length === 0) throw forbidden();
  return row;
}

/** Companies host visits; so do providers with a workshop (e.g. InstallatieWerk, OBM). */
export const HOST_KINDS: ("company" | "provider")[] = ["company", "provider"];

/** The schools, or the possible hosts, the user belongs to (any role), by name. */
export async function organisationsOf(db: Db, user: SessionUser | null, kind: "school" | "host") {
  if (!user) return [];
  return db
    .select({
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      sector: organisation.sector,
      street: organisation.street,
      postcode: organisation.postcode,
      place: organisation.place,
      lat: organisation.lat,
      lon: organisation.lon,
    })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, user.id), kind === "school" ? eq(organisation.kind, "school") : inArray(organisation.kind, HOST_KINDS)))
    .orderBy(asc(organisation.name));
}

export async function isMemberOf(db: Db, user: SessionUser | null, organisationId: string): Promise<boolean> {
  if (!user) return false;
  const rows = await db
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.userId, user.id), eq(membership.organisationId, organisationId)))
    .limit(1);
  return rows.length > 0;
}

/** The engine's instance for the event as registered now, with the locked assignments. */
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
  // A school without coordinates cannot be placed; registration requires them, so this only drops stale rows.
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

export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
