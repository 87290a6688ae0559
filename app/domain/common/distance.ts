/** A point in WGS84 degrees. */
export type LatLon = { lat: number; lon: number };

/** Mean Earth radius (IUGG), the usual choice for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance in kilometres (haversine). Within the Netherlands the
 * error against the ellipsoid stays well under half a percent, far below what
 * "how far can this class travel" needs.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude rectangle: what an ordinary index on lat and lon can answer. */
export type LatLonBox = { minLat: number; maxLat: number; minLon: number; maxLon: number };

/**
 * The smallest rectangle holding every point within `km` of `origin`: a cheap, index-friendly
 * first filter for "near a place", after which `distanceKm` has the final word. Never too small:
 * longitude degrees are measured at the box's edge nearest a pole, where they are shortest.
 */
export function boundingBox(origin: LatLon, km: number): LatLonBox {
  const kmPerDegree = (Math.PI / 180) * EARTH_RADIUS_KM;
  const dLat = km / kmPerDegree;
  const poleward = Math.min(89.9, Math.abs(origin.lat) + dLat);
  const dLon = Math.min(180, km / (kmPerDegree * Math.cos(toRadians(poleward))));
  return { minLat: origin.lat - dLat, maxLat: origin.lat + dLat, minLon: origin.lon - dLon, maxLon: origin.lon + dLon };
}
