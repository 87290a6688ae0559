/**
 * A flat projection of the Netherlands in kilometres, for the database's geometric index only.
 * PostgreSQL's built-in `circle @> point` (GiST, no PostGIS needed, works on PGlite) answers
 * "which offers reach this school" from an index when both live on one plane. Scaling longitude
 * by cos(52.1°) keeps the error within ±3% between Maastricht and Groningen, so the index query
 * uses a widened radius (RADIUS_SLACK) and the domain's haversine check has the final word.
 */
export const KM_PER_DEGREE_LAT = 111.2;
export const KM_PER_DEGREE_LON = 68.4;

/** Widening of a radius in the index query so the approximation never drops a true match. */
export const RADIUS_SLACK = { factor: 1.05, km: 2 } as const;

export function toPlane(lat: number, lon: number): { x: number; y: number } {
  return { x: lon * KM_PER_DEGREE_LON, y: lat * KM_PER_DEGREE_LAT };
}

export function widenedRadius(km: number): number {
  return km * RADIUS_SLACK.factor + RADIUS_SLACK.km;
}
