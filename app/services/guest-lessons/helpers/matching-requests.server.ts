import { and, arrayOverlaps, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { lessonRequest, organisation } from "~/db/schema/index.ts";
import { rankRequests, type Match, type OfferForMatching } from "~/domain/guest-lessons/matching.ts";
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON, widenedRadius } from "~/domain/guest-lessons/plane.ts";
import type { DateOption } from "~/domain/guest-lessons/availability.ts";
import type { LessonLevel, OfferKind, RequestPlace } from "~/domain/guest-lessons/vocabulary.ts";
import { requestPoint, requestVector, tsQuery } from "./search-sql.server.ts";

export type RequestSuggestion = {
  id: string;
  title: string;
  kind: OfferKind;
  level: string;
  pupils: number;
  groups: number;
  schoolName: string;
  placeName: string | null;
  dateOptions: DateOption[];
  periodFrom: string | null;
  periodUntil: string | null;
  match: Match;
};

/** Requests fetched at most per offer before ranking. */
const CANDIDATE_LIMIT = 2000;

/**
 * The open requests an offer can serve, best first: open requests to everyone plus direct
 * requests to this very offer. Candidates in SQL (level, place within reach via
 * lesson_request_point_gist, topic or words), ranking in the domain.
 */
export async function matchingRequests(
  db: Db,
  target: OfferForMatching & { title: string; description: string },
  options: { limit?: number } = {},
): Promise<RequestSuggestion[]> {
  const reach: SQL[] = [];
  if (target.locations.includes("online")) reach.push(inArray(lessonRequest.place, ["online", "any"]));
  const inPerson = target.locations.filter((l) => l !== "online") as RequestPlace[];
  if (inPerson.length > 0 && target.lat !== null && target.lon !== null) {
    const circle = sql`circle(point(${target.lon * KM_PER_DEGREE_LON}::float8, ${target.lat * KM_PER_DEGREE_LAT}::float8), ${widenedRadius(target.travelRadiusKm)}::float8)`;
    reach.push(
      and(inArray(lessonRequest.place, [...inPerson, "any"]), isNotNull(lessonRequest.lat), isNotNull(lessonRequest.lon), sql`${requestPoint} <@ ${circle}`)!,
    );
  }
  if (reach.length === 0) return [];
  // Any of the offer's words may appear in the teacher's text ("or"), not all of them.
  const words = [...new Set([...target.title.split(/\s+/).filter((w) => w.length > 3), ...target.topics])].join(" or ");
  const textMatch = sql<boolean>`(${requestVector} @@ ${tsQuery(words)})`;
  const rows = await db
    .select({
      id: lessonRequest.id,
      title: lessonRequest.title,
      kind: lessonRequest.kind,
      topics: lessonRequest.topics,
      freeText: lessonRequest.freeText,
      level: lessonRequest.level,
      pupils: lessonRequest.pupils,
      groups: lessonRequest.groups,
      place: lessonRequest.place,
      placeName: lessonRequest.placeName,
      lat: lessonRequest.lat,
      lon: lessonRequest.lon,
      maxTravelKm: lessonRequest.maxTravelKm,
      dateOptions: lessonRequest.dateOptions,
      periodFrom: lessonRequest.periodFrom,
      periodUntil: lessonRequest.periodUntil,
      schoolOrganisationId: lessonRequest.schoolOrganisationId,
      textMatch,
    })
    .from(lessonRequest)
    .where(
      and(
        eq(lessonRequest.status, "open"),
        or(eq(lessonRequest.mode, "open"), eq(lessonRequest.directOfferId, target.id)),
        inArray(lessonRequest.level, [...target.levels]),
        or(...reach),
        target.topics.length > 0 ? or(arrayOverlaps(lessonRequest.topics, [...target.topics]), textMatch) : textMatch,
      ),
    )
    .limit(CANDIDATE_LIMIT);

  const ranked = rankRequests(
    target,
    rows.map((r) => ({ ...r, level: r.level as LessonLevel, hasText: r.freeText !== "", textScore: r.textMatch ? 0.6 : 0 })),
    options.limit ?? 20,
  );
  const schoolIds = [...new Set(ranked.map((r) => r.item.schoolOrganisationId))];
  const names = new Map(
    schoolIds.length === 0
      ? []
      : (await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, schoolIds))).map((o) => [o.id, o.name] as const),
  );
  return ranked.map(({ item, match }) => ({
    id: item.id,
    title: item.title,
    kind: item.kind,
    level: item.level,
    pupils: item.pupils,
    groups: item.groups,
    schoolName: names.get(item.schoolOrganisationId) ?? "",
    placeName: item.placeName,
    dateOptions: item.dateOptions,
    periodFrom: item.periodFrom,
    periodUntil: item.periodUntil,
    match,
  }));
}
