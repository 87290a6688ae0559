import type { Actor, AppServices } from "~/context.ts";
import type { LocationKind } from "~/domain/networks/vocabulary.ts";
import { MAP_LOCATIONS, onTheMap } from "~/services/common/networks.server.ts";
import { mapLocationRows } from "./helpers/map-locations.server.ts";

export type MapPoint = { id: string; name: string; kind: LocationKind; place: string | null; lat: number; lon: number; networkSlug: string; networkName: string };

/**
 * The map of every network (the home page's): the vestigingen of the networks in use, with
 * coordinates. Not part of any page's loader: the map fetches them when it is shown, so a page
 * that carries a map does not query, serialise and send 500 markers that only JavaScript draws
 * (ADR 020). The same for everyone: there is nothing here a visitor may not see.
 */
export async function listMapLocations(services: Pick<AppServices, "db">, _actor: Actor): Promise<MapPoint[]> {
  const rows = await mapLocationRows(services.db, onTheMap(), MAP_LOCATIONS);
  // onTheMap() keeps only rows with both coordinates; the types cannot know.
  return rows.map((r) => ({ ...r, lat: r.lat!, lon: r.lon! }));
}
