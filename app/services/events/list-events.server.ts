import { desc, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { event, network } from "~/db/schema/index.ts";

/** Every event that is not a draft, newest first: the public list. */
export async function listEvents(services: AppServices) {
  const rows = await services.db
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
    .orderBy(desc(event.startsOn), event.name);
  return rows.filter((r) => r.status !== "draft");
}
