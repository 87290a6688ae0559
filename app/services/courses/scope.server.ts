import { and, asc, eq, inArray } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { membership, network, networkCoordinator, networkPartner, organisation } from "~/db/schema/index.ts";

export type OrganisationChoice = { id: string; name: string; slug: string };

/** The organisations of a kind the user works for (a platform admin: all of them). */
export async function organisationsOf(db: Db, user: SessionUser | null, kind: "provider" | "company"): Promise<OrganisationChoice[]> {
  if (!user) return [];
  const columns = { id: organisation.id, name: organisation.name, slug: organisation.slug };
  if (user.role === "admin") return db.select(columns).from(organisation).where(eq(organisation.kind, kind)).orderBy(asc(organisation.name));
  return db
    .select(columns)
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, user.id), eq(organisation.kind, kind)))
    .orderBy(asc(organisation.name));
}

/** Networks a provider takes part in: a course can be offered within one of them. */
export async function networksOfProviders(db: Db, providerIds: string[]) {
  if (providerIds.length === 0) return [];
  return db
    .selectDistinct({ id: network.id, name: network.name, slug: network.slug })
    .from(networkPartner)
    .innerJoin(network, eq(network.id, networkPartner.networkId))
    .where(inArray(networkPartner.organisationId, providerIds))
    .orderBy(asc(network.name));
}

/** Providers' people and coordinators read the demand; platform admins too. */
export async function canViewDemand(db: Db, user: SessionUser | null): Promise<boolean> {
  if (!user) return false;
  if (user.role === "admin") return true;
  if ((await organisationsOf(db, user, "provider")).length > 0) return true;
  const rows = await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id)).limit(1);
  return rows.length > 0;
}
