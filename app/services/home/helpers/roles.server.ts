import { and, eq, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { membership, network, networkCoordinator, organisation, registration } from "~/db/schema/index.ts";
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
  const [organisations, networks, own] = await Promise.all([
    db
      .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind })
      .from(membership)
      .innerJoin(organisation, eq(organisation.id, membership.organisationId))
      .where(eq(membership.userId, userId))
      .orderBy(organisation.name),
    db
      .select({ id: network.id, slug: network.slug, name: network.name })
      .from(networkCoordinator)
      .innerJoin(network, eq(network.id, networkCoordinator.networkId))
      .where(and(eq(networkCoordinator.userId, userId), activeNetwork()))
      .orderBy(network.name),
    db
      .select({ id: registration.id })
      .from(registration)
      .where(and(eq(registration.userId, userId), inArray(registration.status, ["pending_confirmation", "confirmed", "waitlisted", "offered"])))
      .limit(1),
  ]);
  const roles = homeRolesOf({ organisationKinds: organisations.map((o) => o.kind), coordinatesNetworks: networks.length > 0, hasOwnRegistrations: own.length > 0, platformAdmin: facts.platformAdmin });
  return { userId, organisations, networks, roles };
}

export const idsOf = (organisations: Organisation[], ...kinds: string[]) => organisations.filter((o) => kinds.includes(o.kind)).map((o) => o.id);
