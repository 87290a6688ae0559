import { asc, count, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkMember, organisation } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import type { ProfileOrganisation } from "./get-network-profile.server.ts";
import { readableNetwork } from "./helpers/readable-network.server.ts";

export const NETWORK_MEMBERS_PAGE_SIZE = 50;

/**
 * Every organisation that takes part in a network, by name, a page at a time: the list the
 * network's page links to when it shows only the first of them. Anyone may read it, as the profile.
 */
export async function listNetworkMembers(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; page: number }) {
  const found = await readableNetwork(services.db, actor, input.slug);
  if (found.movedTo !== null) return { network: { slug: found.slug, name: found.name }, movedTo: found.movedTo, members: [], ...paging(1, 0, NETWORK_MEMBERS_PAGE_SIZE) };
  const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(networkMember).where(eq(networkMember.networkId, found.id));
  const page = paging(input.page, total, NETWORK_MEMBERS_PAGE_SIZE);
  const members: ProfileOrganisation[] = await services.db
    .select({ slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place })
    .from(networkMember)
    .innerJoin(organisation, eq(networkMember.organisationId, organisation.id))
    .where(eq(networkMember.networkId, found.id))
    .orderBy(asc(organisation.name), asc(organisation.slug))
    .limit(NETWORK_MEMBERS_PAGE_SIZE)
    .offset(page.offset);
  return { network: { slug: found.slug, name: found.name }, movedTo: found.movedTo, members, ...page };
}
