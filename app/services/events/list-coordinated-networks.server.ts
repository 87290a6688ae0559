import { asc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { choosableNetworks } from "~/services/common/network-choice.server.ts";

/**
 * The networks the actor may create events (and programmes) for, by name: those they coordinate;
 * whoever holds `event.manage_everywhere` (a platform admin), every network in use.
 */
export async function listCoordinatedNetworks(services: Pick<AppServices, "db">, actor: Actor): Promise<{ id: string; name: string; slug: string }[]> {
  const choosable = await choosableNetworks(services.db, actor, "event.manage");
  if (!choosable) return [];
  return services.db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).where(choosable).orderBy(asc(network.name));
}
