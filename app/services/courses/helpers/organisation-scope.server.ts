import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { membership, network, networkCoordinator, networkPartner, organisation } from "~/db/schema/index.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type OrganisationChoice = { id: string; name: string; slug: string };

/**
 * The organisations of a kind the actor works for. Whoever holds the kind's permission outside any
 * organisation (a platform admin) may act for all of them.
 */
export async function organisationsOf(db: Db, actor: Actor, kind: "provider" | "company"): Promise<OrganisationChoice[]> {
  if (!actor) return [];
  const columns = { id: organisation.id, name: organisation.name, slug: organisation.slug };
  if (await can(db, actor, kind === "provider" ? "course.manage" : "need.manage")) {
    return db.select(columns).from(organisation).where(eq(organisation.kind, kind)).orderBy(asc(organisation.name));
  }
  return db
    .select(columns)
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, actor.id), eq(organisation.kind, kind)))
    .orderBy(asc(organisation.name));
}

/** Networks a provider takes part in: a course can be offered within one of them. */
export async function networksOfProviders(db: Db, providerIds: string[]) {
  if (providerIds.length === 0) return [];
  return db
    .selectDistinct({ id: network.id, name: network.name, slug: network.slug })
    .from(networkPartner)
    .innerJoin(network, eq(network.id, networkPartner.networkId))
    .where(and(inArray(networkPartner.organisationId, providerIds), activeNetwork()))
    .orderBy(asc(network.name));
}

/** Providers' people and coordinators read the demand; platform admins too (they hold it without a scope). */
export async function canViewDemand(db: Db, actor: Actor): Promise<boolean> {
  if (!actor) return false;
  if (await can(db, actor, "need.view_demand")) return true;
  if ((await organisationsOf(db, actor, "provider")).length > 0) return true;
  const rows = await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, actor.id)).limit(1);
  return rows.length > 0;
}
