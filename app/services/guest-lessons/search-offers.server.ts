import { and, arrayContains, asc, count, desc, eq, isNotNull, or, sql, type SQL, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer, organisation, providerReliability } from "~/db/schema/index.ts";
import type { OfferFilters } from "~/domain/guest-lessons/catalogue-query.ts";
import { reach, type MatchReason } from "~/domain/guest-lessons/matching.ts";
import { typicalResponseDays } from "~/domain/guest-lessons/reliability.ts";
import type { OfferKind, OfferLocation } from "~/domain/guest-lessons/vocabulary.ts";
import { schoolLevelsAsLessonLevels } from "~/domain/guest-lessons/levels.ts";
import { paging, type Paging } from "~/domain/common/paging.ts";
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON } from "~/domain/guest-lessons/plane.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { loadTopics } from "./helpers/topics.server.ts";
import { folded, offerPoint, offerReach, offerTitleVector, offerVector, offerWithin, planeDot, planePoint, WORD_SIMILARITY_THRESHOLD } from "./helpers/search-sql.server.ts";
import { textQuery, tsQueryOf } from "~/services/common/text-query.server.ts";
import { queryRows, type Db } from "~/db/client.server.ts";

/** Offers per page of the catalogue (ADR 019). */
export const OFFERS_PAGE_SIZE = 20;

export type Centre = { label: string; place: string | null; lat: number; lon: number; source: "school" | "place" };

export type OfferCard = {
  id: string;
  title: string;
  kind: OfferKind;
  organisationName: string;
  place: string | null;
  lat: number | null;
  lon: number | null;
  topics: string[];
  levels: string[];
  locations: OfferLocation[];
  distanceKm: number | null;
  reasons: MatchReason[];
};

/**
 * A search by words reads at most this many matches (ADR 023): "techniek" matches 46,000 offers,
 * and counting and ranking them all took seconds. The page says "meer dan 1.000".
 */
export const OFFER_MATCH_CAP = 1000;

export type OfferSearchResult = Paging & {
  /** There are more matches than `total` (OFFER_MATCH_CAP); the pages go that far. */
  more: boolean;
  offers: OfferCard[];
  centre: Centre | null;
  /** The typed place could not be found. */
  unknownPlace: string | null;
};

/**
 * The offers that match a text query and the other filters, at most OFFER_MATCH_CAP + 1: those
 * whose title matches, then those whose text does, each through its full-text index. The scans
 * sit behind `offset 0`, and the caller's transaction keeps the planner from reading the table
 * from the start (`enable_seqscan` off: it prices a GIN recheck as rebuilding each text vector,
 * and would rather build one per row it reads), so the other filters are checked on the rows the
 * index gives.
 */
async function matchingOfferIds(db: Db, tsq: SQL, where: SQL | undefined): Promise<{ id: string; byTitle: boolean }[]> {
  const by = (vector: SQL, byTitle: boolean) =>
    sql`(select offer.id, ${sql.raw(String(byTitle))} as by_title from (select * from ${offer} where ${vector} @@ ${tsq} offset 0) as offer where ${where ?? sql`true`} limit ${OFFER_MATCH_CAP + 1})`;
  return queryRows<{ id: string; byTitle: boolean }>(
    db,
    sql`select id, bool_or(by_title) as "byTitle" from (${by(offerTitleVector, true)} union all ${by(offerVector, false)}) m
        group by id order by bool_or(by_title) desc limit ${OFFER_MATCH_CAP + 1}`,
  );
}

/** Ids as one array parameter, not one parameter each. */
const uuids = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

async function findCentre(services: AppServices, user: Actor, near: string): Promise<{ centre: Centre | null; unknownPlace: string | null }> {
  if (near) {
    const found = await services.geocoder.geocode({ place: near });
    if (!found) return { centre: null, unknownPlace: near };
    return { centre: { label: found.place ?? near, place: found.place ?? near, lat: found.lat, lon: found.lon, source: "place" }, unknownPlace: null };
  }
  const school = (await actingOrganisations(services.db, user, ["school"])).find((s) => s.lat !== null && s.lon !== null);
  if (!school) return { centre: null, unknownPlace: null };
  return { centre: { label: school.name, place: school.place, lat: school.lat!, lon: school.lon!, source: "school" }, unknownPlace: null };
}

/** How many offers match, counting no further than OFFER_MATCH_CAP + 1. */
async function cappedCount(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from (select 1 from ${offer} where ${where ?? sql`true`} limit ${OFFER_MATCH_CAP + 1}) matches`,
  );
  return Number(row?.n ?? 0);
}

/**
 * The ids of one page of offers near a centre, in the catalogue's order: offers with a location by
 * distance (then newest, then id), then those without one, newest first. The distance of the page's
 * last located offer comes from offer_point_gist (nearest first, reading only as far as the page);
 * every located offer within that distance is then read and put in the full order, so offers at
 * the same spot (one company's offers) page the same way each time.
 */
async function nearestOfferIds(db: Db, where: SQL | undefined, centre: Centre, offset: number, located: number): Promise<string[]> {
  const here = planePoint(centre.lat, centre.lon);
  const distance = sql`${offerPoint} <-> ${here}`;
  const locatedWhere = and(where, isNotNull(offer.lat), isNotNull(offer.lon));
  const ids: string[] = [];
  if (offset < located) {
    const last = Math.min(located, offset + OFFERS_PAGE_SIZE) - 1;
    const [edge] = await queryRows<{ d: number | string }>(db, sql`select ${distance} as d from ${offer} where ${locatedWhere} order by ${distance} limit 1 offset ${last}`);
    if (edge) {
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select ${offer.id} as id from ${offer} where ${locatedWhere} and ${offerPoint} <@ circle(${here}, ${Number(edge.d)}::float8)
            order by ${distance}, ${offer.publishedAt} desc, ${offer.id} limit ${OFFERS_PAGE_SIZE} offset ${offset}`,
      );
      ids.push(...rows.map((r) => r.id));
    }
  }
  if (ids.length < OFFERS_PAGE_SIZE) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select ${offer.id} as id from ${offer} where ${and(where, or(isNull(offer.lat), isNull(offer.lon)))}
          order by ${offer.publishedAt} desc, ${offer.id} limit ${OFFERS_PAGE_SIZE - ids.length} offset ${Math.max(0, offset - located)}`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/**
 * The catalogue /aanbod: published offers by words, kind, topic, level and place, and — from the
 * teacher's school or a typed place — only those that reach it (with a radius: located within it,
 * meeting in person), nearest first, each saying why;
 * with the topic list and whether the actor may add offers, for the page around them.
 */
export async function searchOffers(services: AppServices, actor: Actor, filters: OfferFilters) {
  const { centre, unknownPlace } = await findCentre(services, actor, filters.near);
  const school = centre?.source === "school" ? (await actingOrganisations(services.db, actor, ["school"]))[0] : undefined;
  const schoolLevels = school ? schoolLevelsAsLessonLevels(school.educationLevels) : [];

  const result: OfferSearchResult = await services.db.transaction(async (tx) => {
    let text: string | null = null;
    if (filters.q) {
      // With words, every statement below reads through an index (see matchingOfferIds).
      await tx.execute(
        sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`,
      );
      text = await textQuery(tx, filters.q);
    }
    const conditions: (SQL | undefined)[] = [
      eq(offer.status, "published"),
      isNull(offer.hiddenAt),
      filters.kind ? eq(offer.kind, filters.kind) : undefined,
      filters.topic ? arrayContains(offer.topics, [filters.topic]) : undefined,
      filters.level ? arrayContains(offer.levels, [filters.level]) : undefined,
      filters.location ? arrayContains(offer.locations, [filters.location]) : undefined,
    ];
    if (centre) {
      // Within a radius means somewhere within it: an online offer is nowhere, so it is left out.
      const online = filters.radiusKm === null && (filters.location === null || filters.location === "online");
      const inPerson = filters.location !== "online";
      conditions.push(
        or(
          online ? sql`'online' = any(${offer.locations})` : undefined,
          inPerson
            ? and(
                isNotNull(offer.lat),
                isNotNull(offer.lon),
                sql`${offerReach} @> ${planeDot(centre.lat, centre.lon)}`,
                filters.radiusKm === null ? undefined : offerWithin(centre.lat, centre.lon, filters.radiusKm),
              )
            : undefined,
        ) ?? sql`false`,
      );
    }
    let where = and(...conditions);
    let total: number;
    let more = false;
    let titleMatches: string[] = [];
    if (filters.q) {
      const ids = text ? await matchingOfferIds(tx, tsQueryOf(text), where) : [];
      more = ids.length > OFFER_MATCH_CAP;
      total = Math.min(ids.length, OFFER_MATCH_CAP);
      where = ids.length > 0 ? sql`${offer.id} = any(${uuids(ids.map((r) => r.id))})` : sql`false`;
      titleMatches = ids.filter((r) => r.byTitle).map((r) => r.id);
    } else if (centre) {
      // Near a place most of the country matches (online offers included): count up to the cap,
      // as the text search does, and read only the page's offers, nearest first, by index.
      const located = await cappedCount(tx, and(where, isNotNull(offer.lat), isNotNull(offer.lon)));
      const unlocated = await cappedCount(tx, and(where, or(isNull(offer.lat), isNull(offer.lon))));
      more = located + unlocated > OFFER_MATCH_CAP;
      total = Math.min(located + unlocated, OFFER_MATCH_CAP);
      const near = paging(filters.page, total, OFFERS_PAGE_SIZE);
      const ids = await nearestOfferIds(tx, where, centre, near.offset, located);
      where = ids.length > 0 ? sql`${offer.id} = any(${uuids(ids)})` : sql`false`;
    } else {
      [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(offer).where(where);
      // The page's offers are chosen on the offer alone, along the public list's index, and only
      // those twenty are joined: past an offset of 90,000 the join before the offset took 0.5–0.8 s.
      const listed = paging(filters.page, total, OFFERS_PAGE_SIZE);
      const ids = await tx.select({ id: offer.id }).from(offer).where(where).orderBy(desc(offer.publishedAt), asc(offer.id)).limit(OFFERS_PAGE_SIZE).offset(listed.offset);
      where = ids.length > 0 ? sql`${offer.id} = any(${uuids(ids.map((r) => r.id))})` : sql`false`;
    }
    const page = paging(filters.page, total, OFFERS_PAGE_SIZE);

    const order: SQL[] = [];
    // The title ranks a match: whether it matches, then how close it is to the query. A text vector
    // per match (of the whole text, or even of the title) is what made this slow.
    if (filters.q) order.push(desc(sql`${offer.id} = any(${uuids(titleMatches)})`), desc(sql`similarity("offer"."title_folded", ${folded(filters.q)})`));
    if (centre) order.push(asc(sql`coalesce(${offerPoint} <-> ${planePoint(centre.lat, centre.lon)}, 1e9)`));
    order.push(desc(offer.publishedAt), asc(offer.id));
    // Without words, `where` holds the page's ids already (nearestOfferIds, or the list above).
    const offset = filters.q ? page.offset : 0;

    const rows = await tx
      .select({
        id: offer.id,
        title: offer.title,
        kind: offer.kind,
        organisationId: offer.organisationId,
        organisationName: organisation.name,
        place: offer.place,
        lat: offer.lat,
        lon: offer.lon,
        topics: offer.topics,
        levels: offer.levels,
        locations: offer.locations,
        travelRadiusKm: offer.travelRadiusKm,
        requestsReceived: providerReliability.requestsReceived,
        requestsAnswered: providerReliability.requestsAnswered,
        medianResponseHours: providerReliability.medianResponseHours,
      })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      .leftJoin(providerReliability, eq(providerReliability.organisationId, offer.organisationId))
      .where(where)
      .orderBy(...order)
      .limit(OFFERS_PAGE_SIZE)
      .offset(offset);

    const offers: OfferCard[] = [];
    for (const r of rows) {
      const locations = r.locations as OfferLocation[];
      const reasons: MatchReason[] = [];
      let distanceKm: number | null = null;
      if (centre) {
        // The index's circle is a little wide; the domain's haversine has the final word.
        const where = reach(
          { ...r, locations, groupSizeMax: 0, weekdays: [], availablePeriods: [], blackoutDates: [], maxPerMonth: null },
          {
            kind: null, topics: [], hasText: false, level: "", pupils: null, groups: null, place: filters.location ?? "any",
            lat: centre.lat, lon: centre.lon, maxTravelKm: null, dateOptions: [], periodFrom: null, periodUntil: null,
          },
        );
        // Past the reach's slack an offer may only meet online, which a radius leaves out.
        if (!where || (filters.radiusKm !== null && where.meeting === "online")) continue;
        distanceKm = where.distanceKm;
        reasons.push(where.meeting === "online" ? { kind: "online" } : { kind: "distance", km: where.distanceKm ?? 0, meeting: where.meeting });
      }
      const levels = filters.level ? [filters.level] : schoolLevels.filter((l) => r.levels.includes(l));
      for (const level of levels) reasons.push({ kind: "level", level });
      if (filters.topic) reasons.push({ kind: "topics", topics: [filters.topic] });
      const days = typicalResponseDays(
        r.requestsReceived === null ? null : { requestsReceived: r.requestsReceived, requestsAnswered: r.requestsAnswered ?? 0, medianResponseHours: r.medianResponseHours },
      );
      if (days !== null) reasons.push({ kind: "responds", days });
      offers.push({
        id: r.id,
        title: r.title,
        kind: r.kind,
        organisationName: r.organisationName,
        place: r.place,
        lat: r.lat,
        lon: r.lon,
        topics: r.topics,
        levels: r.levels,
        locations,
        distanceKm,
        reasons,
      });
    }
    return { ...page, more, offers, centre, unknownPlace };
  });
  // The page's filters name the topics; "Aanbod toevoegen" shows for those who act for a company or provider.
  const [topics, offering] = await Promise.all([loadTopics(services.db), actingOrganisations(services.db, actor, OFFERING_KINDS)]);
  return { ...result, topics, canOffer: offering.length > 0 };
}
