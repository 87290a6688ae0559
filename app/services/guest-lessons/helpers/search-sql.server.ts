// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import { sql, type SQL } from "drizzle-orm";
import { lessonRequest, offer } from "../../../db/schema/index.ts";
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON, RADIUS_SLACK, widenedRadius } from "../../../domain/guest-lessons/plane.ts";
import { EARTH_RADIUS_KM } from "../../../domain/common/distance.ts";

/**
 * The SQL expressions the indexes of schema/guest-lessons.ts are built on (the planner uses an
 * expression index only for the identical expression), shared by search and matching.
 */

const lonFactor = sql.raw(String(KM_PER_DEGREE_LON));
const latFactor = sql.raw(String(KM_PER_DEGREE_LAT));

/** offer_reach_gist: the offer's reach as a circle on the plane, radius widened. */
export const offerReach = sql`circle(point((${offer.lon} * ${lonFactor}), (${offer.lat} * ${latFactor})), ${offer.travelRadiusKm} * ${sql.raw(
  String(RADIUS_SLACK.factor),
)} + ${sql.raw(String(RADIUS_SLACK.km))})`;

/** offer_point_gist: where the offer is, on the plane (its distance to a place orders the catalogue). */
export const offerPoint = sql`point((${offer.lon} * ${lonFactor}), (${offer.lat} * ${latFactor}))`;

/**
 * The offer lies within `km` of a place: the widened circle on the plane first (offer_point_gist),
 * then the great-circle distance the domain's distanceKm computes, so a count and a page agree with
 * the distance each offer shows.
 */
export function offerWithin(lat: number, lon: number, km: number): SQL {
  const exact = sql`${sql.raw(String(2 * EARTH_RADIUS_KM))} * asin(least(1, sqrt(power(sin(radians(${offer.lat} - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${offer.lat})) * power(sin(radians(${offer.lon} - ${lon}::float8) / 2), 2))))`;
  return sql`(${offerPoint} <@ circle(${planePoint(lat, lon)}, ${widenedRadius(km)}::float8) and ${exact} <= ${km}::float8)`;
}

/** lesson_request_point_gist: where the request is, on the plane. */
export const requestPoint = sql`point((${lessonRequest.lon} * ${lonFactor}), (${lessonRequest.lat} * ${latFactor}))`;

/**
 * A constant point as a zero-radius circle: GiST's circle_ops index `circle @> circle`, not
 * `circle @> point`, so containment of a point is asked as containment of this dot.
 */
export function planeDot(lat: number, lon: number): SQL {
  return sql`circle(${planePoint(lat, lon)}, 0)`;
}

/** A constant point on the plane. */
export function planePoint(lat: number, lon: number): SQL {
  return sql`point(${lon * KM_PER_DEGREE_LON}::float8, ${lat * KM_PER_DEGREE_LAT}::float8)`;
}

/** The indexed text expressions of offer (offer_fts) and lesson_request (lesson_request_fts). */
export const offerVector = sql`to_tsvector('dutch', th_unaccent(${offer.searchText}))`;
/** offer_title_fts (migration search_words): an offer's title by full text. */
export const offerTitleVector = sql`to_tsvector('dutch', th_unaccent(${offer.title}))`;
export const requestVector = sql`to_tsvector('dutch', th_unaccent(${lessonRequest.searchText}))`;
export const tsQuery = (text: string) => sql`websearch_to_tsquery('dutch', th_unaccent(${text}::text))`;
export const folded = (text: string) => sql`th_unaccent(lower(${text}::text))`;

/** pg_trgm threshold for word_similarity (`<%`), as in the network directory search. */
export const WORD_SIMILARITY_THRESHOLD = 0.7;
