import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkLocation } from "~/db/schema/index.ts";
import type { LocationKind } from "~/domain/networks/vocabulary.ts";
import { MAP_LOCATIONS, onTheMap } from "~/services/common/networks.server.ts";

export type MapPoint = { id: string; name: string; kind: LocationKind; place: string | null; lat: number; lon: number; networkSlug: string; networkName: string };

/**
 * The map of every network (the home page's): the vestigingen of the networks in use, with
 * coordinates. Not part of any page's loader: the map fetches them when it is shown, so a page
 * that carries a map does not query, serialise and send 500 markers that only JavaScript draws
 * (ADR 020). The same for everyone: there is nothing here a visitor may not see.
 */
export async function listMapLocations(services: Pick<AppServices, "db">, _actor: Actor): Promise<MapPoint[]> {
  const rows = await services.db
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
    .innerJoin(network, eq(network.id, networkLocation.networkId))
    .where(onTheMap())
    .orderBy(asc(network.name), asc(networkLocation.name))
    .limit(MAP_LOCATIONS);
  // onTheMap() keeps only rows with both coordinates; the types cannot know.
  return rows.map((r) => ({ ...r, lat: r.lat!, lon: r.lon! }));
}
