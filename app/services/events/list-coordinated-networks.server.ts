import { and, asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator } from "~/db/schema/index.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/**
 * The networks the actor may create events (and programmes) for: those they coordinate; whoever
 * holds `event.manage` outside any network (a platform admin), every network.
 */
export async function listCoordinatedNetworks(services: Pick<AppServices, "db">, actor: Actor): Promise<{ id: string; name: string; slug: string }[]> {
  if (!actor) return [];
  const columns = { id: network.id, name: network.name, slug: network.slug };
  if (await can(services.db, actor, "event.manage")) return services.db.select(columns).from(network).where(activeNetwork()).orderBy(asc(network.name));
  return services.db
    .select(columns)
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(and(eq(networkCoordinator.userId, actor.id), activeNetwork()))
    .orderBy(asc(network.name));
}
