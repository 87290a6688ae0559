/**
 * Reading an event and who may do what with it, shared by the events
 * use-cases: the event by slug, its entry rules, the coordinator's and the
 * entrants' rights.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { event, membership, network, organisation } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import type { EventRules } from "~/domain/events/entry.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";

export type EventRow = typeof event.$inferSelect;

/**
 * The event at an address, as the actor may open it: an archived network's event (its page, its
 * entries, its schedules, its assignment) is for administrators only, its own coordinators
 * included, as the network's page and its articles (`mayReadNetwork`). A merged network's events
 * moved to the one it was merged into, so an event's network is never a merged one.
 */
export async function findEvent(db: Db, actor: Actor, slug: string): Promise<EventRow> {
  const [found] = await db.select({ event, archivedAt: network.archivedAt }).from(event).leftJoin(network, eq(network.id, event.networkId)).where(eq(event.slug, slug)).limit(1);
  if (!found) throw notFound();
  if (!(await mayReadNetwork(db, actor, { archivedAt: found.archivedAt, movedTo: null }))) throw notFound();
  return found.event;
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

/** Coordinators of the event's network, and platform admins, run the event (`event.manage`). */
export async function coordinatesEvent(db: Db, actor: Actor, row: EventRow): Promise<boolean> {
  return can(db, actor, "event.manage", row.networkId ? { networkId: row.networkId } : {});
}

/** The event, when the actor runs it; anyone else (a visitor too) is forbidden. */
export async function requireEventCoordinator(db: Db, actor: Actor, slug: string): Promise<EventRow> {
  const row = await findEvent(db, actor, slug);
  if (!(await coordinatesEvent(db, actor, row))) throw forbidden();
  return row;
}

/** Whether the actor may act for the organisation in an event (enter slots or groups for it). */
export async function entersFor(db: Db, actor: Actor, organisationId: string): Promise<boolean> {
  return can(db, actor, "event.enter", { organisationId });
}

/** Companies host visits; so do providers with a workshop (e.g. InstallatieWerk, OBM). */
export const HOST_KINDS: ("company" | "provider")[] = ["company", "provider"];

/** The schools, or the possible hosts, the actor belongs to (any role), by name. */
export async function organisationsOf(db: Db, actor: Actor, kind: "school" | "host") {
  if (!actor) return [];
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
    .where(and(eq(membership.userId, actor.id), kind === "school" ? eq(organisation.kind, "school") : inArray(organisation.kind, HOST_KINDS)))
    .orderBy(asc(organisation.name));
}
