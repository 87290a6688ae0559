import { desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { event, network } from "~/db/schema/index.ts";
import { can } from "~/services/common/permissions.server.ts";
import { listCoordinatedNetworks } from "./list-coordinated-networks.server.ts";

/**
 * Every event that is not a draft, newest first: the public list. A
 * coordinator also sees the drafts of their networks, and may create events.
 */
export async function listEvents(services: AppServices, actor: Actor = null) {
  const rows = await services.db
    .select({
      slug: event.slug,
      name: event.name,
      kind: event.kind,
      status: event.status,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      networkId: event.networkId,
      networkName: network.name,
      networkSlug: network.slug,
    })
    .from(event)
    .leftJoin(network, eq(network.id, event.networkId))
    .orderBy(desc(event.startsOn), event.name);
  const coordinated = new Set((await listCoordinatedNetworks(services, actor)).map((n) => n.id));
  const seesEveryDraft = await can(services.db, actor, "event.manage");
  const events = rows
    .filter((r) => r.status !== "draft" || (r.networkId !== null && coordinated.has(r.networkId)) || seesEveryDraft)
    .map(({ networkId: _, ...r }) => r);
  return { events, canCreate: coordinated.size > 0 };
}
