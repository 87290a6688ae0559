import type { Actor, AppServices } from "~/context.ts";
import type { GeocodeResult } from "~/lib/geo/geocoder.server.ts";
import { log } from "~/lib/log.server.ts";

export type Address = { street: string | null; postcode: string | null; place: string | null };

/**
 * Coordinates for an address, or null when the geocoder does not know it or
 * is unreachable: an organisation is saved either way, only not on the map. Anyone may ask; the
 * events area uses it for a host's address too.
 */
export async function getAddressLocation(services: Pick<AppServices, "geocoder">, _actor: Actor, address: Address): Promise<GeocodeResult | null> {
  if (!address.street && !address.postcode && !address.place) return null;
  try {
    const result = await services.geocoder.geocode({ street: address.street, postcode: address.postcode, place: address.place });
    if (!result || !Number.isFinite(result.lat) || !Number.isFinite(result.lon)) return null;
    return result;
  } catch (error) {
    log.warn("geocoding failed", { error: String(error) });
    return null;
  }
}
