import { asc, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { membership, network, networkCoordinator, organisation, user } from "~/db/schema/index.ts";
import { parseLocale } from "~/i18n/index.ts";
import { notFound } from "~/domain/errors.ts";

/** What /account shows: the person, the organisations they belong to and the networks they coordinate. */
export async function getAccountOverview(services: AppServices, actor: SessionUser) {
  const [person] = await services.db
    .select({ name: user.name, email: user.email, locale: user.locale, createdAt: user.createdAt })
    .from(user)
    .where(eq(user.id, actor.id));
  if (!person) throw notFound();
  const organisations = await services.db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, role: membership.role })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(eq(membership.userId, actor.id))
    .orderBy(asc(organisation.name));
  const networks = await services.db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(eq(networkCoordinator.userId, actor.id))
    .orderBy(asc(network.name));
  return { person: { ...person, locale: parseLocale(person.locale) }, organisations, networks };
}
