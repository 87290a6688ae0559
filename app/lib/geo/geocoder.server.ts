export type GeocodeQuery = { street?: string | null; postcode?: string | null; place?: string | null };
export type GeocodeResult = { lat: number; lon: number; place: string; province: string | null; source: "pdok" | "gazetteer" };

/** Turns an address into coordinates. Implementations: PDOK Locatieserver, bundled gazetteer. */
export type Geocoder = { geocode(query: GeocodeQuery): Promise<GeocodeResult | null> };
