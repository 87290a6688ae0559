// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import { and, arrayContains, arrayOverlaps, eq, gte, inArray, isNotNull, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { appointment, offer, offerMatchKey, organisation, providerReliability } from "../../db/schema/index.ts";
import { rankOffers, type Match, type OfferForMatching, type RequestForMatching } from "../../domain/guest-lessons/matching.ts";
import { RELEASED_APPOINTMENT_STATES, type OfferKind, type OfferLocation } from "../../domain/guest-lessons/vocabulary.ts";
import { probePoints } from "../../domain/guest-lessons/plane.ts";
import { textScore, topicsInText, words } from "../../domain/guest-lessons/words.ts";
import { levelIndex, loadTopics, offerReach, offerVector, planeDot } from "./support.server.ts";

/** A request as matching sees it, plus the teacher's own words for full-text search. */
export type SuggestionQuery = RequestForMatching & { freeText: string };

export type OfferSuggestion = {
  id: string;
  title: string;
  kind: OfferKind;
  organisationId: string;
  organisationName: string;
  place: string | null;
  topics: string[];
  levels: string[];
  locations: OfferLocation[];
  match: Match;
};

/**
 * Candidates fetched at most per request. The SQL filters (level, reach, topic or words) leave a
 * few hundred offers even among 100,000; the cap only guards against a pathological query.
 */
export const CANDIDATE_LIMIT = 3000;

type CandidateRow = Omit<OfferForMatching, "reliability" | "takenDates" | "locations" | "kind"> & {
  kind: OfferKind;
  locations: string[];
  place: string | null;
  title: string;
  tags: string[];
  requestsReceived: number | null;
  requestsAnswered: number | null;
  medianResponseHours: number | null;
};

function wantedPlaces(query: SuggestionQuery): OfferLocation[] {
  return query.place === "any" ? ["school", "company", "online"] : [query.place];
}

/** The offers that could reach the request's place: online anywhere, in person within the radius (index: offer_reach_gist). */
function reachCondition(query: SuggestionQuery): SQL | undefined {
  const wanted = wantedPlaces(query);
  const parts: SQL[] = [];
  if (wanted.includes("online")) parts.push(sql`'online' = any(${offer.locations})`);
  const inPerson = wanted.filter((p) => p !== "online");
  if (inPerson.length > 0 && query.lat !== null && query.lon !== null) {
    parts.push(
      and(
        arrayOverlaps(offer.locations, inPerson),
        isNotNull(offer.lat),
        isNotNull(offer.lon),
        sql`${offerReach} @> ${planeDot(query.lat, query.lon)}`,
      )!,
    );
  }
  return parts.length === 0 ? sql`false` : or(...parts);
}

/**
 * The teacher's words as a prefix query: any word may match ("robot" finds "robotica"). Used only
 * when neither the chosen topics nor the words name a topic, a rare and slower path.
 */
function wordsQuery(text: string): SQL {
  const query = words(text)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .map((w) => `${w}:*`)
    .join(" | ");
  return sql`to_tsquery('dutch', ${query || "''"})`;
}

/** The months a request's dates fall in, for the monthly caps. */
function dateWindow(query: SuggestionQuery): { from: string; until: string } | null {
  const dates = query.dateOptions.map((o) => o.date).sort();
  const from = dates[0] ?? query.periodFrom;
  const until = dates.at(-1) ?? query.periodUntil;
  if (!from || !until) return null;
  const end = new Date(`${until.slice(0, 7)}-01T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(0);
  return { from: `${from.slice(0, 7)}-01`, until: end.toISOString().slice(0, 10) };
}

async function takenDates(db: Db, offerIds: string[], window: { from: string; until: string }): Promise<Map<string, string[]>> {
  const taken = new Map<string, string[]>();
  if (offerIds.length === 0) return taken;
  const rows = await db
    .select({ offerId: appointment.offerId, date: appointment.date })
    .from(appointment)
    .where(
      and(
        // One array parameter: a list of hundreds of parameters costs more to plan than to run.
        sql`${appointment.offerId} = any(${`{${offerIds.join(",")}}`}::uuid[])`,
        notInArray(appointment.state, [...RELEASED_APPOINTMENT_STATES]),
        gte(appointment.date, window.from),
        lte(appointment.date, window.until),
      ),
    );
  for (const row of rows) if (row.date) taken.set(row.offerId, [...(taken.get(row.offerId) ?? []), row.date]);
  return taken;
}

/**
 * The best offers for a request, each with its reasons: candidates come from SQL (published,
 * for the level, within reach, sharing a topic or words), the ranking from the domain. Used by
 * the request page, the offers page's "for my school" view and the matching benchmark.
 */
export async function suggestOffers(
  db: Db,
  query: SuggestionQuery,
  options: { limit?: number; excludeOfferIds?: string[] } = {},
): Promise<OfferSuggestion[]> {
  // No transaction: three read-only queries that need no common snapshot, and BEGIN/COMMIT would
  // be two more round trips on every suggestion.
  const tx = db;
  {
    const topicList = query.freeText ? await loadTopics(tx) : [];
    const topicNames = new Map(topicList.map((t) => [t.slug, t.nameNl]));
    const typedWords = words(query.freeText);
    // Topics chosen, plus those the teacher's words name ("robot" → robotica).
    const topics = [...new Set([...query.topics, ...(query.freeText ? topicsInText(query.freeText, topicList.map((t) => ({ slug: t.slug, name: t.nameNl }))) : [])])];
    const columns = {
      id: offer.id,
      organisationId: offer.organisationId,
      kind: offer.kind,
      title: offer.title,
      tags: offer.tags,
      topics: offer.topics,
      levels: offer.levels,
      locations: offer.locations,
      travelRadiusKm: offer.travelRadiusKm,
      lat: offer.lat,
      lon: offer.lon,
      place: offer.place,
      groupSizeMax: offer.groupSizeMax,
      weekdays: offer.weekdays,
      availablePeriods: offer.availablePeriods,
      blackoutDates: offer.blackoutDates,
      maxPerMonth: offer.maxPerMonth,
      requestsReceived: providerReliability.requestsReceived,
      requestsAnswered: providerReliability.requestsAnswered,
      medianResponseHours: providerReliability.medianResponseHours,
    };
    const published = and(
      eq(offer.status, "published"),
      arrayContains(offer.levels, [String(query.level)]),
      options.excludeOfferIds?.length ? notInArray(offer.id, options.excludeOfferIds) : undefined,
    );

    let rows: CandidateRow[] = [];
    // Rows found by Dutch full text matched the words somewhere (maybe only in the description).
    let matchedText = false;
    const level = levelIndex(String(query.level));
    if (topics.length > 0 && level >= 0 && query.lat !== null && query.lon !== null) {
      // One GiST probe per topic on the level's patch: the offers for that level and topic that reach the school (or are online).
      const probes = probePoints(query.lat, query.lon, level, topics).map(
        (p) => sql`circle(point(${offerMatchKey.x}, ${offerMatchKey.y}), ${offerMatchKey.r}) @> circle(point(${p.x}::float8, ${p.y}::float8), 0)`,
      );
      const reached = tx.selectDistinct({ offerId: offerMatchKey.offerId }).from(offerMatchKey).where(or(...probes));
      rows = await tx
        .select(columns)
        .from(offer)
        .leftJoin(providerReliability, eq(providerReliability.organisationId, offer.organisationId))
        .where(and(inArray(offer.id, reached), published))
        .limit(CANDIDATE_LIMIT);
    } else if (topics.length > 0 || query.freeText) {
      matchedText = !!query.freeText && topics.length === 0;
      // No place (online only) or words that name no topic: the general indexes.
      rows = await tx
        .select(columns)
        .from(offer)
        .leftJoin(providerReliability, eq(providerReliability.organisationId, offer.organisationId))
        .where(
          and(
            published,
            reachCondition(query),
            or(
              topics.length > 0 ? arrayOverlaps(offer.topics, topics) : undefined,
              query.freeText ? sql`${offerVector} @@ ${wordsQuery(query.freeText)}` : undefined,
            ),
          ),
        )
        .limit(CANDIDATE_LIMIT);
    }

    const window = dateWindow(query);
    const taken = window ? await takenDates(tx, rows.map((r) => r.id), window) : new Map<string, string[]>();
    const candidates = rows.map((r) => ({
      ...r,
      locations: r.locations as OfferLocation[],
      textScore: query.freeText ? Math.max(matchedText ? 0.5 : 0, textScore(typedWords, [r.title, ...r.tags, ...r.topics.map((t) => topicNames.get(t) ?? t)].join(" "))) : 0,
      takenDates: taken.get(r.id) ?? [],
      reliability:
        r.requestsReceived === null
          ? null
          : { requestsReceived: r.requestsReceived, requestsAnswered: r.requestsAnswered ?? 0, medianResponseHours: r.medianResponseHours },
    }));
    // Topics the words named count as asked for, so an offer on "robotica" matches "iets met robots".
    const ranked = rankOffers({ ...query, topics }, candidates, options.limit ?? 20);

    const organisationIds = [...new Set(ranked.map((r) => r.item.organisationId))];
    const names = new Map(
      organisationIds.length === 0
        ? []
        : (await tx.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, organisationIds))).map(
            (o) => [o.id, o.name] as const,
          ),
    );
    return ranked.map(({ item, match }) => ({
      id: item.id,
      title: item.title,
      kind: item.kind,
      organisationId: item.organisationId,
      organisationName: names.get(item.organisationId) ?? "",
      place: item.place,
      topics: [...item.topics],
      levels: [...item.levels],
      locations: [...item.locations],
      match,
    }));
  }
}
