import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, networkLocation } from "~/db/schema/index.ts";
import { activeNetwork } from "./active-network.server.ts";
import { can } from "./permissions.server.ts";

export { activeNetwork, ofActiveNetwork, ofNoOrActiveNetwork } from "./active-network.server.ts";

/** How many vestigingen the map of every network shows at most (the home page's; the directory's map keeps the same ceiling). */
export const MAP_LOCATIONS = 500;

/**
 * A vestiging the map of every network shows: it has coordinates and its network is in use. The
 * markers (`listMapLocations`, fetched when the map is shown) and the count the home page says
 * beside the map read the same condition, so the two cannot disagree. Needs `network` joined.
 */
export function onTheMap(): SQL {
  return and(isNotNull(networkLocation.lat), isNotNull(networkLocation.lon), activeNetwork())!;
}

/**
 * The network an address names by its slug, with the slug of the network it was merged into
 * (`movedTo`; a merged network's content moved there, so its addresses send on to that one), or
 * undefined for an unknown slug. Who may still read an archived one is the caller's rule.
 */
export async function networkAtAddress(
  db: Db,
  slug: string,
): Promise<{ id: string; slug: string; name: string; archivedAt: Date | null; movedTo: string | null } | undefined> {
  const [found] = await db
    .select({
      id: network.id,
      slug: network.slug,
      name: network.name,
      archivedAt: network.archivedAt,
      movedTo: sql<string | null>`(select m.slug from network m where m.id = network.merged_into_id)`,
    })
    .from(network)
    .where(eq(network.slug, slug))
    .limit(1);
  return found;
}

/**
 * Whether the actor may read what a network found by `networkAtAddress` holds at its own address:
 * an archived network (not merged: a merged one sends on to `movedTo` first) is for
 * administrators only. Its profile, its members and its news answer alike, so an address that is
 * "not found" on one is not readable on another.
 */
export async function mayReadNetwork(db: Db, actor: Actor, found: { archivedAt: Date | null; movedTo: string | null }): Promise<boolean> {
  return !found.archivedAt || found.movedTo !== null || (await can(db, actor, "platform.admin"));
}
