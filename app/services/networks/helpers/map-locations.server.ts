import { asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, networkLocation } from "~/db/schema/index.ts";

/**
 * Vestigingen for a map and its list, with their network, in the maps' order (by network, then
 * name): the directory's (the networks on its page) and the map of every network's.
 */
export function mapLocationRows(db: Db, where: SQL, limit: number) {
  return db
    .select({
      id: networkLocation.id,
      name: networkLocation.name,
      kind: networkLocation.kind,
      place: networkLocation.place,
      lat: networkLocation.lat,
      lon: networkLocation.lon,
      networkSlug: network.slug,
      networkName: network.name,
    })
    .from(networkLocation)
    .innerJoin(network, eq(networkLocation.networkId, network.id))
    .where(where)
    .orderBy(asc(network.name), asc(networkLocation.name))
    .limit(limit);
}
