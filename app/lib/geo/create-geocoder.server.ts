import type { Env } from "../env.server.ts";
import { log } from "../log.server.ts";
import type { Geocoder } from "./geocoder.server.ts";
import { createGazetteerGeocoder } from "./gazetteer.server.ts";
import { createPdokGeocoder } from "./pdok.server.ts";

/** Tries each geocoder in turn; the first answer wins. */
export function geocoderChain(geocoders: readonly Geocoder[]): Geocoder {
  return {
    async geocode(query) {
      for (const geocoder of geocoders) {
        const result = await geocoder.geocode(query);
        if (result) return result;
      }
      return null;
    },
  };
}

/**
 * GEOCODER=pdok: the PDOK Locatieserver for address precision, with the
 * bundled gazetteer when PDOK is down, slow or finds nothing. Otherwise the
 * gazetteer alone (tests, offline demos).
 */
export function createGeocoder(env: Env, options: { fetch?: typeof fetch } = {}): Geocoder {
  const gazetteer = createGazetteerGeocoder();
  if (env.GEOCODER !== "pdok") return gazetteer;
  const pdok = createPdokGeocoder({
    baseUrl: env.PDOK_URL,
    fetch: options.fetch,
    onError: (error) => log.warn("PDOK geocoding failed, using the gazetteer", { error }),
  });
  return geocoderChain([pdok, gazetteer]);
}
