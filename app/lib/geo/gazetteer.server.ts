import { foldText } from "../../domain/common/fold.ts";
import { POSTCODE_REGION_PLACES, postcodeRegion } from "../../domain/common/postcode-region.ts";
import { GAZETTEER, type GazetteerPlace } from "./gazetteer-data.ts";
import type { Geocoder, GeocodeQuery, GeocodeResult } from "./geocoder.server.ts";

const byName = new Map<string, GazetteerPlace>();
const byMunicipality = new Map<string, GazetteerPlace>();
for (const place of GAZETTEER) {
  for (const name of [place.name, ...(place.aliases ?? [])]) {
    const key = foldText(name);
    if (!byName.has(key)) byName.set(key, place);
  }
  // The data lists a municipality's seat first, so "Noordoostpolder" finds Emmeloord.
  const municipality = foldText(place.municipality);
  if (!byMunicipality.has(municipality)) byMunicipality.set(municipality, place);
}

/** What people write around a place name: "Emmeloord (NOP)", "Woerden, Utrecht", "gemeente Houten". */
function spellings(input: string): string[] {
  const whole = input.trim();
  const variants = [whole, whole.replace(/\([^)]*\)/g, " "), whole.split(",")[0] ?? ""];
  return [...new Set(variants.map(foldText).map((s) => s.replace(/^gemeente /, "")))].filter(Boolean);
}

/** A place by its name, an alias or its municipality; case, accents and punctuation do not matter. */
export function findPlace(name: string): GazetteerPlace | null {
  const keys = spellings(name);
  for (const key of keys) {
    const place = byName.get(key);
    if (place) return place;
  }
  for (const key of keys) {
    const place = byMunicipality.get(key);
    if (place) return place;
  }
  return null;
}

/** The main town of a postcode's region (first two digits); null for no Dutch postcode. */
export function placeForPostcode(postcode: string): GazetteerPlace | null {
  const region = postcodeRegion(postcode);
  const name = region ? POSTCODE_REGION_PLACES[region] : undefined;
  return name ? findPlace(name) : null;
}

function toResult(place: GazetteerPlace): GeocodeResult {
  return { lat: place.lat, lon: place.lon, place: place.name, province: place.province, source: "gazetteer" };
}

/**
 * Geocodes to town level from the bundled list: by place name, else by the
 * postcode's region. Streets are ignored; that precision needs PDOK.
 */
export function geocodeWithGazetteer(query: GeocodeQuery): GeocodeResult | null {
  const place = (query.place && findPlace(query.place)) || (query.postcode && placeForPostcode(query.postcode)) || null;
  return place ? toResult(place) : null;
}

export function createGazetteerGeocoder(): Geocoder {
  return { geocode: async (query) => geocodeWithGazetteer(query) };
}
