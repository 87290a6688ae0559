import { and, eq, exists, inArray, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { membership, network, networkCoordinator, organisation, registration, user } from "~/db/schema/index.ts";
import { homeRolesOf, type HomeRole } from "~/domain/home/pending.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type Organisation = { id: string; slug: string; name: string; kind: string };
export type Network = { id: string; slug: string; name: string };

/** Who the person is on the platform: their organisations, the networks they coordinate, their roles. */
export type Person = { userId: string; organisations: Organisation[]; networks: Network[]; roles: HomeRole[] };

/**
 * Only what the person holds themself: a membership, a coordinator's seat, a course place in
 * their own name. A platform admin is not every network's coordinator here: they get a section
 * of their own whose items link into /beheer.
 */
export async function personOf(services: Pick<AppServices, "db">, userId: string, facts: { platformAdmin: boolean }): Promise<Person> {
  const { db } = services;
  const organisations = db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(eq(membership.userId, user.id));
  const networks = db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(and(eq(networkCoordinator.userId, user.id), activeNetwork()));
  const own = db
    .select({ id: registration.id })
    .from(registration)
    .where(and(eq(registration.userId, user.id), inArray(registration.status, ["pending_confirmation", "confirmed", "waitlisted", "offered"])));
  // One statement instead of three: a round trip costs more than these look-ups (ADR 024).
  const [row] = await db
    .select({
      organisations: sql<Organisation[]>`(select coalesce(json_agg(o order by o.name), '[]'::json) from ${organisations} o)`,
      networks: sql<Network[]>`(select coalesce(json_agg(n order by n.name), '[]'::json) from ${networks} n)`,
      own: exists(own).mapWith(Boolean),
    })
    .from(user)
    .where(eq(user.id, userId));
  const found = row ?? { organisations: [], networks: [], own: false };
  const roles = homeRolesOf({
    organisationKinds: found.organisations.map((o) => o.kind),
    coordinatesNetworks: found.networks.length > 0,
    hasOwnRegistrations: found.own,
    platformAdmin: facts.platformAdmin,
  });
  return { userId, organisations: found.organisations, networks: found.networks, roles };
}

export const idsOf = (organisations: Organisation[], ...kinds: string[]) => organisations.filter((o) => kinds.includes(o.kind)).map((o) => o.id);
