import { asc, eq } from "drizzle-orm";
import type { SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, networkCoordinator } from "~/db/schema/index.ts";

/** The networks a user may create events for: those they coordinate; a platform admin, every network. */
export async function coordinatedNetworks(db: Db, actor: SessionUser | null): Promise<{ id: string; name: string; slug: string }[]> {
  if (!actor) return [];
  if (actor.role === "admin") return db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).orderBy(asc(network.name));
  return db
    .select({ id: network.id, name: network.name, slug: network.slug })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(eq(networkCoordinator.userId, actor.id))
    .orderBy(asc(network.name));
}
