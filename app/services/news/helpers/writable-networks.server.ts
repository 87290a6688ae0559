import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator } from "~/db/schema/index.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** The networks a person may write news for: those they coordinate, or all of them where they may manage news everywhere (a platform admin). */
export async function writableNetworks(services: Pick<AppServices, "db">, actor: Actor) {
  if (!actor) return [];
  const { db } = services;
  if (await can(db, actor, "news.manage_everywhere")) return db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(activeNetwork()).orderBy(network.name);
  return db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(and(eq(networkCoordinator.userId, actor.id), activeNetwork()))
    .orderBy(network.name);
}
