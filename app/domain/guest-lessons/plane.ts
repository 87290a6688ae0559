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

/**
 * Patches of the plane for matching keys: level i and topic t live at
 * (i · PATCH_KM, slot(t) · PATCH_KM). Patches are far apart, so a circle of one (level, topic)
 * never covers a point of another; the online reach covers the whole country yet stays in its patch.
 */
export const PATCH_KM = 10_000;
export const ONLINE_REACH_KM = 1_000;
const TOPIC_SLOTS = 997;
/** Where an online-only offer without an address is "located" (the middle of the country). */
const NL_CENTRE = { lat: 52.15, lon: 5.4 };

/** A stable slot per topic slug (FNV-1a); two topics sharing a slot only add candidates the domain then drops. */
export function topicSlot(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TOPIC_SLOTS;
}

export type MatchKey = { x: number; y: number; r: number };

/** The keys of a published offer: one circle per (level, topic) it serves. */
export function matchKeys(
  offer: { levels: readonly string[]; topics: readonly string[]; locations: readonly string[]; travelRadiusKm: number; lat: number | null; lon: number | null },
  levelIndex: (level: string) => number,
): MatchKey[] {
  const online = offer.locations.includes("online");
  const located = offer.lat !== null && offer.lon !== null;
  if (!online && !located) return [];
  const origin = toPlane(located ? offer.lat! : NL_CENTRE.lat, located ? offer.lon! : NL_CENTRE.lon);
  const r = online ? ONLINE_REACH_KM : widenedRadius(offer.travelRadiusKm);
  const keys: MatchKey[] = [];
  for (const level of offer.levels) {
    const li = levelIndex(level);
    if (li < 0) continue;
    for (const topic of offer.topics) keys.push({ x: origin.x + li * PATCH_KM, y: origin.y + topicSlot(topic) * PATCH_KM, r });
  }
  return keys;
}

/** The points a request probes: its place on the patch of its level and each of its topics. */
export function probePoints(lat: number, lon: number, levelIdx: number, topics: readonly string[]): { x: number; y: number }[] {
  const at = toPlane(lat, lon);
  return [...new Set(topics)].map((t) => ({ x: at.x + levelIdx * PATCH_KM, y: at.y + topicSlot(t) * PATCH_KM }));
}
