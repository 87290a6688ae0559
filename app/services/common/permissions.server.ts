import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { membership, network, networkCoordinator, organisation } from "~/db/schema/index.ts";
import type { Actor } from "~/context.ts";
import { allows, IN_EVERY_NETWORK, platformRoles, type NetworkPermission, type Permission, type Role } from "~/domain/permissions.ts";
import { forbidden, notFound } from "~/domain/errors.ts";

export type Scope = { networkId?: string; organisationId?: string };

/** The roles a user holds in a scope. A visitor holds none. */
export async function rolesOf(db: Db, actor: Actor, scope: Scope = {}): Promise<Set<Role>> {
  // An API key is its organisation's member there and nobody anywhere else (tenant isolation, ADR 029):
  // not its creator's other memberships, networks or platform role.
  if (actor && "apiKey" in actor) {
    return new Set<Role>(scope.organisationId === actor.apiKey.organisationId ? ["org_member"] : []);
  }
  const roles = platformRoles(actor);
  if (!actor) return roles;
  if (scope.networkId) {
    const rows = await db
      .select({ userId: networkCoordinator.userId })
      .from(networkCoordinator)
      .where(and(eq(networkCoordinator.networkId, scope.networkId), eq(networkCoordinator.userId, actor.id)))
      .limit(1);
    if (rows.length) roles.add("coordinator");
  }
  if (scope.organisationId) {
    const [row] = await db
      .select({ role: membership.role })
      .from(membership)
      .where(and(eq(membership.organisationId, scope.organisationId), eq(membership.userId, actor.id)))
      .limit(1);
    if (row) roles.add(row.role === "admin" ? "org_admin" : "org_member");
  }
  return roles;
}

export async function can(db: Db, actor: Actor, permission: Permission, scope: Scope = {}) {
  return allows(permission, await rolesOf(db, actor, scope));
}

/**
 * The networks in which the actor holds `permission`, as a condition on `network`: what
 * `can(db, actor, permission, { networkId })` answers for each network, for all of them in one
 * query. Every network for whoever holds its everywhere-permission (`IN_EVERY_NETWORK`, a platform
 * administrator); else, as the map grants it to coordinators, the networks the actor coordinates;
 * null when that is none by rule (a visitor, an API key: nobody's coordinator, as in `rolesOf`).
 * Archived networks are the caller's to leave out.
 */
export async function permittedNetworks(db: Db, actor: Actor, permission: NetworkPermission): Promise<SQL | null> {
  if (!actor) return null;
  const roles = await rolesOf(db, actor);
  if (allows(IN_EVERY_NETWORK[permission], roles)) return sql`true`;
  if ("apiKey" in actor || !allows(permission, ["coordinator"])) return null;
  return inArray(network.id, db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, actor.id)));
}

/** Throws a forbidden DomainError (→ 403) unless the user holds the permission in the scope. */
export async function requirePermission(db: Db, actor: Actor, permission: Permission, scope: Scope = {}) {
  if (!(await can(db, actor, permission, scope))) throw forbidden();
}

/**
 * The organisation behind a URL's slug, when the actor holds the permission in it: 404 when there is
 * no such organisation, 403 when the actor may not. For pages an organisation's administrators manage
 * (API keys, webhooks).
 */
export async function requireOrganisationPermission(db: Db, actor: Actor, permission: Permission, slug: string) {
  const [org] = await db.select({ id: organisation.id, slug: organisation.slug, name: organisation.name }).from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");
  await requirePermission(db, actor, permission, { organisationId: org.id });
  return org;
}
