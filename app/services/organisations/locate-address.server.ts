import type { AppServices } from "~/context.ts";
import type { GeocodeResult } from "~/lib/geo/geocoder.server.ts";
import { log } from "~/lib/log.server.ts";
import { PROVINCES } from "~/domain/networks/vocabulary.ts";

export type Address = { street: string | null; postcode: string | null; place: string | null };

/**
 * Coordinates for an address, or null when the geocoder does not know it or
 * is unreachable: an organisation is saved either way, only not on the map.
 */
export async function locateAddress(services: AppServices, address: Address): Promise<GeocodeResult | null> {
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

/** The province to store: what the user chose, else what the geocoder found (if it is one we know). */
export function provinceFor(chosen: string | null, located: GeocodeResult | null): string | null {
  if (chosen) return chosen;
  const found = located?.province ?? null;
  return found && (PROVINCES as readonly string[]).includes(found) ? found : null;
}
