import { and, count, desc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { event, network } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { ofNoOrActiveNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";
import { listCoordinatedNetworks } from "./list-coordinated-networks.server.ts";

export const EVENTS_PAGE_SIZE = 25;

/**
 * Every event that is not a draft, newest first, a page at a time: the public list. A
 * coordinator also sees the drafts of their networks, and may create events. Which drafts show is
 * decided in the query, so a page holds a full page of what the actor may see. An archived
 * network's events are left out for everyone, administrators too, as the news of all networks
 * leaves its articles out (ADR 019); its events stay at their own address for administrators.
 */
export async function listEvents(services: AppServices, actor: Actor, input: { page: number } = { page: 1 }) {
  const coordinated = (await listCoordinatedNetworks(services, actor)).map((n) => n.id);
  const seesEveryDraft = await can(services.db, actor, "event.manage_everywhere");
  const drafts: SQL | undefined = seesEveryDraft ? undefined : or(ne(event.status, "draft"), coordinated.length ? inArray(event.networkId, coordinated) : undefined);
  const visible = and(ofNoOrActiveNetwork(event.networkId), drafts);

  const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(event).where(visible);
  const page = paging(input.page, total, EVENTS_PAGE_SIZE);
  const events = await services.db
    .select({
      slug: event.slug,
      name: event.name,
      kind: event.kind,
      status: event.status,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      networkName: network.name,
      networkSlug: network.slug,
    })
    .from(event)
    .leftJoin(network, eq(network.id, event.networkId))
    .where(visible)
    .orderBy(desc(event.startsOn), event.name, event.id)
    .limit(EVENTS_PAGE_SIZE)
    .offset(page.offset);
  return { events, ...page, canCreate: coordinated.length > 0 };
}
