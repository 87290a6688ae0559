import { and, asc, eq, ilike, inArray, or } from "drizzle-orm";
import { likePattern } from "~/services/common/like.server.ts";
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

/** Organisations found by name for one search in a form: a select, not 18,000 options. */
export const CHOICES_FOUND = 50;

export type OrganisationChoices = {
  choices: OrganisationChoice[];
  /** The actor acts for every organisation of the kind and finds them by name (`query`). */
  searchable: boolean;
  query: string;
};

/**
 * What a form offers to pick from: the organisations one works for. Whoever acts for every
 * organisation of the kind (a platform admin) gets those they belong to, `include` (the value
 * already chosen) and the first CHOICES_FOUND whose name or address matches `query` (ADR 019).
 */
export async function organisationChoices(
  db: Db,
  actor: Actor,
  kind: "provider" | "company",
  { query = "", include = [] }: { query?: string; include?: string[] } = {},
): Promise<OrganisationChoices> {
  const text = query.trim().slice(0, 100);
  if (!actor) return { choices: [], searchable: false, query: text };
  const columns = { id: organisation.id, name: organisation.name, slug: organisation.slug };
  const own = await db
    .select(columns)
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, actor.id), eq(organisation.kind, kind)))
    .orderBy(asc(organisation.name));
  if (!(await can(db, actor, kind === "provider" ? "course.manage" : "need.manage"))) return { choices: own, searchable: false, query: text };
  const pattern = likePattern(text);
  const found = text ? await db.select(columns).from(organisation).where(and(eq(organisation.kind, kind), or(ilike(organisation.name, pattern), ilike(organisation.slug, pattern)))).orderBy(asc(organisation.name), asc(organisation.id)).limit(CHOICES_FOUND) : [];
  const kept = include.length ? await db.select(columns).from(organisation).where(and(eq(organisation.kind, kind), inArray(organisation.id, include))) : [];
  const byId = new Map([...own, ...kept, ...found].map((o) => [o.id, o]));
  return { choices: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "nl")), searchable: true, query: text };
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
