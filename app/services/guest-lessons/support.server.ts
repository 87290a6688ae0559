import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/client.server.ts";
import { membership, organisation, topic } from "../../db/schema/index.ts";
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON, RADIUS_SLACK } from "../../domain/guest-lessons/plane.ts";
import { LESSON_LEVELS } from "../../domain/guest-lessons/vocabulary.ts";
import { matchKeyRows } from "../../domain/guest-lessons/match-ceiling.ts";
import { offer, lessonRequest, offerMatchKey } from "../../db/schema/index.ts";

/**
 * Shared pieces of the guest-lesson use-cases: the topic list, the organisations a user acts
 * for, and the SQL expressions the indexes of schema/guest-lessons.ts are built on (the planner
 * uses an expression index only for the identical expression).
 */

export type TopicRow = { slug: string; nameNl: string; nameEn: string; groupName: string };

export async function loadTopics(db: Db): Promise<TopicRow[]> {
  return db
    .select({ slug: topic.slug, nameNl: topic.nameNl, nameEn: topic.nameEn, groupName: topic.groupName })
    .from(topic)
    .orderBy(asc(topic.sortOrder), asc(topic.slug));
}

export function topicNamer(topics: readonly TopicRow[], locale: "nl" | "en" = "nl"): (slug: string) => string {
  const names = new Map(topics.map((t) => [t.slug, locale === "en" ? t.nameEn : t.nameNl]));
  return (slug) => names.get(slug) ?? slug;
}

export type ActingOrganisation = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  place: string | null;
  lat: number | null;
  lon: number | null;
  educationLevels: string[];
  role: "member" | "admin";
};

/** The organisations of the given kinds in which the user is a member, by name. */
export async function actingOrganisations(db: Db, user: SessionUser | null, kinds: readonly ("school" | "company" | "provider")[]): Promise<ActingOrganisation[]> {
  if (!user) return [];
  return db
    .select({
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
      place: organisation.place,
      lat: organisation.lat,
      lon: organisation.lon,
      educationLevels: organisation.educationLevels,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(organisation, eq(membership.organisationId, organisation.id))
    .where(and(eq(membership.userId, user.id), inArray(organisation.kind, [...kinds])))
    .orderBy(asc(organisation.name));
}

const lonFactor = sql.raw(String(KM_PER_DEGREE_LON));
const latFactor = sql.raw(String(KM_PER_DEGREE_LAT));

/** offer_reach_gist: the offer's reach as a circle on the plane, radius widened. */
export const offerReach = sql`circle(point((${offer.lon} * ${lonFactor}), (${offer.lat} * ${latFactor})), ${offer.travelRadiusKm} * ${sql.raw(
  String(RADIUS_SLACK.factor),
)} + ${sql.raw(String(RADIUS_SLACK.km))})`;

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

/** The indexed text expressions of offer (offer_fts, offer_trgm) and lesson_request (lesson_request_fts). */
export const offerVector = sql`to_tsvector('dutch', th_unaccent(${offer.searchText}))`;
export const offerTrigrams = sql`th_unaccent(lower(${offer.searchText}))`;
export const requestVector = sql`to_tsvector('dutch', th_unaccent(${lessonRequest.searchText}))`;
export const tsQuery = (text: string) => sql`websearch_to_tsquery('dutch', th_unaccent(${text}::text))`;
export const folded = (text: string) => sql`th_unaccent(lower(${text}::text))`;

/** pg_trgm threshold for word_similarity (`<%`), as in the network directory search. */
export const WORD_SIMILARITY_THRESHOLD = 0.7;

/** Ids in URLs are uuids; anything else is simply not found (and never reaches PostgreSQL's uuid parser). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

const levelIndex = (level: string) => (LESSON_LEVELS as readonly string[]).indexOf(level);

/** The offer columns its matching keys are made of (the write path and the demo seed read them). */
export const matchKeyColumns = {
  id: offer.id,
  status: offer.status,
  organisationId: offer.organisationId,
  kind: offer.kind,
  levels: offer.levels,
  topics: offer.topics,
  locations: offer.locations,
  travelRadiusKm: offer.travelRadiusKm,
  lat: offer.lat,
  lon: offer.lon,
  groupSizeMax: offer.groupSizeMax,
  weekdays: offer.weekdays,
  matchWords: offer.matchWords,
};

/** Rewrites an offer's matching keys from its row: keys for a published offer, none otherwise. Call inside the writing transaction. */
export async function writeMatchKeys(db: Db, offerId: string): Promise<void> {
  await db.delete(offerMatchKey).where(eq(offerMatchKey.offerId, offerId));
  const [row] = await db.select(matchKeyColumns).from(offer).where(eq(offer.id, offerId));
  if (!row || row.status !== "published") return;
  const keys = matchKeyRows(row);
  if (keys.length > 0) await db.insert(offerMatchKey).values(keys);
}

/** The same for every offer of an organisation (its address moved). */
export async function writeOrganisationMatchKeys(db: Db, organisationId: string): Promise<void> {
  // Through offer_org_idx and offer_match_key_offer_idx: the keys have no index on the organisation.
  await db.delete(offerMatchKey).where(inArray(offerMatchKey.offerId, db.select({ id: offer.id }).from(offer).where(eq(offer.organisationId, organisationId))));
  const rows = await db
    .select(matchKeyColumns)
    .from(offer)
    .where(and(eq(offer.organisationId, organisationId), eq(offer.status, "published")));
  const keys = rows.flatMap(matchKeyRows);
  if (keys.length > 0) await db.insert(offerMatchKey).values(keys);
}

export { levelIndex };
