// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import { and, arrayContains, arrayOverlaps, eq, isNotNull, or, sql, type SQL, isNull } from "drizzle-orm";
import { offer, offerMatchKey } from "../../../db/schema/index.ts";
import { EARTH_RADIUS_KM } from "../../../domain/common/distance.ts";
import { LOCATION_BITS, type CeilingTerms, type WordTerm } from "../../../domain/guest-lessons/match-ceiling.ts";
import { SCORE, WEIGHTS } from "../../../domain/guest-lessons/matching.ts";
import { MIN_REQUESTS_FOR_RELIABILITY, NEUTRAL_RELIABILITY } from "../../../domain/guest-lessons/reliability.ts";
import { RELEASED_APPOINTMENT_STATES, type OfferLocation } from "../../../domain/guest-lessons/vocabulary.ts";
import { words } from "../../../domain/guest-lessons/words.ts";
import { offerReach, offerVector, planeDot } from "./search-sql.server.ts";
import type { SuggestionQuery, SuggestionReading } from "./suggestion-reading.server.ts";
import { textArray } from "../../common/sql-array.server.ts";

/**
 * The score ceiling of ADR 010 in SQL: domain/guest-lessons/match-ceiling.ts scoreCeiling over
 * an offer's matching keys or columns, the candidates of a request, and the one statement that
 * cuts them to the best ceilings and reads those offers in full. Builders only: nothing here
 * touches the database.
 */

function wantedPlaces(query: SuggestionQuery): OfferLocation[] {
  return query.place === "any" ? ["school", "company", "online"] : [query.place];
}

/** The offers that could reach the request's place: online anywhere, in person within the radius (index: offer_reach_gist). */
export function reachCondition(query: SuggestionQuery): SQL | undefined {
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
export function wordsQuery(text: string): SQL {
  const query = words(text)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .map((w) => `${w}:*`)
    .join(" | ");
  return sql`to_tsquery('dutch', ${query || "''"})`;
}

/** The months a request's dates fall in, for the monthly caps. */
export function dateWindow(query: SuggestionQuery): { from: string; until: string } | null {
  const dates = query.dateOptions.map((o) => o.date).sort();
  const from = dates[0] ?? query.periodFrom;
  const until = dates.at(-1) ?? query.periodUntil;
  if (!from || !until) return null;
  const end = new Date(`${until.slice(0, 7)}-01T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(0);
  return { from: `${from.slice(0, 7)}-01`, until: end.toISOString().slice(0, 10) };
}

export const num = (n: number) => sql.raw(String(n));

/** Kilometres per degree of latitude on the sphere distance.ts uses: no two points are nearer than this times their latitude difference. */
const KM_PER_DEGREE_ON_SPHERE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * Great-circle distance in SQL, as domain/common/distance.ts computes it; null without coordinates
 * and, skipping the trigonometry, for a point whose latitude alone puts it beyond `radius` (+1 km).
 */
export function distanceSql(lat: SQL, lon: SQL, radius: SQL, at: { lat: number | null; lon: number | null }): SQL {
  if (at.lat === null || at.lon === null) return sql`null::float8`;
  const toLat = sql`${at.lat}::float8`;
  const toLon = sql`${at.lon}::float8`;
  return sql`case when abs(${lat} - ${toLat}) * ${num(KM_PER_DEGREE_ON_SPHERE)} > ${radius} + 1 then null
    else 2 * ${num(EARTH_RADIUS_KM)} * asin(least(1, sqrt(power(sin(radians(${toLat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${toLat})) * power(sin(radians(${toLon} - ${lon}) / 2), 2)))) end`;
}

/** Room for SQL's and JavaScript's rounding of the same distance to differ. */
const REACH_ROUNDING_KM = 1e-6;

/**
 * domain/guest-lessons/match-ceiling.ts scoreCeiling in SQL over the columns kind, level_count,
 * group_size_max, travel_radius_km, km (distance to the request), location_mask and
 * weekday_mask, in two parts: the group factor, and the weighted distance, dates, level and kind
 * — null when no allowed meeting is possible (in person beyond the radius, or no place wanted);
 * reachSql filters those rows out first.
 * The topic and reliability terms are added per offer once its keys are counted.
 */
export function ceilingParts(t: CeilingTerms): { group: SQL; part: SQL } | null {
  const distances: SQL[] = [];
  if (t.online) distances.push(sql`case when (location_mask & ${num(LOCATION_BITS.online)}) <> 0 then ${num(SCORE.onlineDistance)}::float8 end`);
  if (t.inPersonMask !== 0) {
    distances.push(
      sql`case when (location_mask & ${num(t.inPersonMask)}) <> 0 and km <= travel_radius_km + ${num(REACH_ROUNDING_KM)}
        then 1 - ${num(SCORE.distanceDecay)} * (case when travel_radius_km > 0 then least(1, km / travel_radius_km) else 0 end) end`,
    );
  }
  if (distances.length === 0) return null;
  const dates = t.dateBits
    ? sql`(${sql.join(
        t.dateBits.map((bit) => sql`((weekday_mask & ${num(bit)}) <> 0)::int`),
        sql` + `,
      )})::float8 / ${num(t.dateBits.length)}`
    : num(t.period ? 1 : SCORE.noDates);
  const level = sql`1.0 / (1 + ${num(SCORE.levelDecay)} * greatest(0, level_count - 1))`;
  const kind = t.kind === null ? num(1) : sql`case when kind = ${t.kind} then 1 else ${num(SCORE.kindMismatch)} end`;
  const group = t.perGroup === null ? sql`1::float8` : sql`(case when group_size_max >= ${t.perGroup}::int then 1 else ${num(SCORE.groupTooLarge)} end)::float8`;
  const part = sql`(${num(WEIGHTS.distance)} * greatest(${sql.join(distances, sql`, `)}) + ${num(WEIGHTS.dates)} * ${dates} + ${num(WEIGHTS.level)} * ${level} + ${num(WEIGHTS.kind)} * ${kind})::float8`;
  return { group, part };
}

/** Whether some meeting the request allows is possible: exactly when ceilingParts' part is not null. */
export function reachSql(t: CeilingTerms): SQL {
  const ways: SQL[] = [];
  if (t.online) ways.push(sql`(location_mask & ${num(LOCATION_BITS.online)}) <> 0`);
  if (t.inPersonMask !== 0) ways.push(sql`((location_mask & ${num(t.inPersonMask)}) <> 0 and km <= travel_radius_km + ${num(REACH_ROUNDING_KM)})`);
  return ways.length === 0 ? sql`false` : sql`(${sql.join(ways, sql` or `)})`;
}

/** The topic term of the ceiling from the number of request topics an offer shares and its text ceiling. */
export function topicCeiling(hits: SQL, text: SQL, t: CeilingTerms): SQL {
  if (t.asked === 0) return t.hasText ? sql`${num(WEIGHTS.topic)} * ${text}` : num(WEIGHTS.topic * SCORE.noTopicAsked);
  const share = sql`least(${hits}, ${num(t.asked)})::float8 / ${num(t.asked)}`;
  return t.hasText
    ? sql`${num(WEIGHTS.topic)} * (${num(1 - SCORE.textShareOfTopic)} * ${share} + ${num(SCORE.textShareOfTopic)} * ${text})`
    : sql`${num(WEIGHTS.topic)} * ${share}`;
}

/** Bits in an int mask of this many words (PostgreSQL 15 has no bit_count for integers). */
const MAX_WORDS = 30;

/**
 * match-ceiling.ts textCeiling in SQL: bit i set when typed word i may relate to the offer's
 * words (`words`, null = unknown) or, by `hasTopic`, to one of its topics.
 */
export function wordMask(terms: readonly WordTerm[], words: SQL, hasTopic: (topics: string[]) => SQL): SQL {
  if (terms.length === 0 || terms.length > MAX_WORDS) return sql`0`;
  return sql.join(
    terms.map((term, i) => {
      const startsWith = sql`(' ' || ${words}) like ${`% ${term.word}%`}`;
      const prefixes = term.prefixes.map((p) => sql` or (' ' || ${words} || ' ') like ${`% ${p} %`}`);
      const topics = term.topics.length > 0 ? sql` or ${hasTopic(term.topics)}` : sql``;
      return sql`(case when ${words} is null or ${startsWith}${sql.join(prefixes, sql``)}${topics} then ${num(1 << i)} else 0 end)`;
    }),
    sql` | `,
  );
}

/** The text ceiling from a word mask: the share of typed words that may match, at least the floor. */
export function textFromMask(mask: SQL, terms: readonly WordTerm[], floor: number): SQL {
  if (terms.length === 0) return num(floor);
  if (terms.length > MAX_WORDS) return num(1);
  const bits = sql.join(
    terms.map((_, i) => sql`((${mask} >> ${num(i)}) & 1)`),
    sql` + `,
  );
  return sql`greatest(${num(floor)}, (${bits})::float8 / ${num(terms.length)})`;
}

/** reliabilityCeiling: the answer rate of a provider with enough history, else neutral. */
const reliabilityCeiling = sql`case when pr.requests_received >= ${num(MIN_REQUESTS_FOR_RELIABILITY)} and pr.median_response_hours is not null
  then least(1, pr.requests_answered::float8 / pr.requests_received) else ${num(NEUTRAL_RELIABILITY)} end`;

const released = sql.raw(RELEASED_APPOINTMENT_STATES.map((s) => `'${s}'`).join(", "));

/**
 * The statement that reads candidates: `candidate` (offer_id, organisation_id, hits, grp, part) is bounded, cut to the
 * `limit` best ceilings (those at least `above`), and only those offers are read in full, with their provider's name and
 * figures and the dates their appointments hold in the request's months.
 */
export function boundedCandidatesSql(candidate: SQL, t: CeilingTerms, query: SuggestionQuery, text: SQL, cut: { limit: number; above: number | null }): SQL {
  const window = dateWindow(query);
  // The literal states let the planner use the partial index appointment_offer_date_taken.
  const taken = window
    ? sql`array(select a.date::text from appointment a where a.offer_id = o.id and a.date between ${window.from}::date and ${window.until}::date and a.state not in (${released}))`
    : sql`'{}'::text[]`;
  return sql`
    with candidate as (${candidate}),
    bounded as (
      select * from (
        select c.offer_id, c.grp * (${topicCeiling(sql`c.hits`, text, t)} + c.part + ${num(WEIGHTS.reliability)} * ${reliabilityCeiling}) as ceiling,
          count(*) over () as total
        from candidate c left join provider_reliability pr on pr.organisation_id = c.organisation_id
      ) c${cut.above === null ? sql`` : sql` where ceiling >= ${cut.above}::float8`}
      order by ceiling desc
      limit ${cut.limit}
    )
    select b.ceiling, b.total::int as total, o.id, o.organisation_id as "organisationId", o.kind, o.title, o.tags, o.topics, o.levels, o.locations,
      o.travel_radius_km as "travelRadiusKm", o.lat, o.lon, o.place, o.group_size_max as "groupSizeMax", o.weekdays,
      o.available_periods as "availablePeriods", o.blackout_dates::text[] as "blackoutDates", o.max_per_month as "maxPerMonth",
      o.vog_valid_until::text as "vogValidUntil",
      org.name as "organisationName", pr.requests_received as "requestsReceived", pr.requests_answered as "requestsAnswered",
      pr.median_response_hours as "medianResponseHours", ${taken} as "takenDates"
    from bounded b
    join offer o on o.id = b.offer_id
    join organisation org on org.id = o.organisation_id
    left join provider_reliability pr on pr.organisation_id = o.organisation_id
    where o.status = 'published' and o.hidden_at is null and o.levels @> array[${String(query.level)}]::text[]
  `;
}

/**
 * The candidates of a request as SQL (offer_id, organisation_id, hits, grp, part, word_mask):
 * from the matching keys of its level and topics when it has a place (offer_match_key_probe), else
 * from the general indexes (no place, or words that name no topic); null when nothing can match.
 * `matchedText`: the rows were found by Dutch full text, so they matched the words somewhere.
 */
export function candidateSql(
  query: SuggestionQuery,
  reading: Pick<SuggestionReading, "wordList" | "topics">,
  parts: { group: SQL; part: SQL },
  terms: CeilingTerms,
  excluded: string | null,
): { candidate: SQL; matchedText: boolean } | null {
  const { wordList, topics } = reading;
  let candidate: SQL | null = null;
  // Rows found by Dutch full text matched the words somewhere (maybe only in the description).
  let matchedText = false;
  if (topics.length > 0 && query.lat !== null && query.lon !== null) {
    // The keys of the request's level and topics, from offer_match_key_probe only; reach and the ceiling are computed on them.
    const k = offerMatchKey;
    candidate = sql`
      select offer_id, organisation_id, count(*)::int as hits, max(grp) as grp, max(part) as part, bit_or(word_mask) as word_mask
      from (
        select offer_id, organisation_id, ${parts.group} as grp, ${parts.part} as part,
          ${wordMask(wordList, sql`match_words`, (named) => sql`topic = any(${textArray(named)}::text[])`)} as word_mask
        from (
          select ${k.offerId} as offer_id, ${k.organisationId} as organisation_id, ${k.kind} as kind, ${k.levelCount} as level_count,
            ${k.groupSizeMax} as group_size_max, ${k.travelRadiusKm} as travel_radius_km, ${k.locationMask} as location_mask,
            ${k.weekdayMask} as weekday_mask, ${k.topic} as topic, ${k.matchWords} as match_words,
            ${distanceSql(sql`${k.lat}`, sql`${k.lon}`, sql`${k.travelRadiusKm}`, query)} as km
          from ${k}
          where ${k.level} = ${String(query.level)} and ${k.topic} = any(${textArray(topics)}::text[])${excluded ? sql` and ${k.offerId} <> all(${excluded}::uuid[])` : sql``}
          -- A fence: the distance is computed once per key, not again in every expression that uses it.
          offset 0
        ) key
        where ${reachSql(terms)}
      ) scored
      group by offer_id, organisation_id`;
  } else if (topics.length > 0 || query.freeText) {
    matchedText = !!query.freeText && topics.length === 0;
    // No place (online only) or words that name no topic: the general indexes.
    const where = and(
      eq(offer.status, "published"),
      isNull(offer.hiddenAt),
      arrayContains(offer.levels, [String(query.level)]),
      excluded ? sql`${offer.id} <> all(${excluded}::uuid[])` : undefined,
      reachCondition(query),
      or(
        topics.length > 0 ? arrayOverlaps(offer.topics, topics) : undefined,
        query.freeText ? sql`${offerVector} @@ ${wordsQuery(query.freeText)}` : undefined,
      ),
    );
    const locationMask = sql.join(
      Object.entries(LOCATION_BITS).map(([location, bit]) => sql`(case when ${location} = any(${offer.locations}) then ${num(bit)} else 0 end)`),
      sql` | `,
    );
    // Plain expressions, no subqueries: this path may see thousands of rows.
    const weekdayMask = sql.join(
      [1, 2, 3, 4, 5, 6, 7].map((d) => sql`(case when ${num(d)} = any(${offer.weekdays}) then ${num(1 << d)} else 0 end)`),
      sql` | `,
    );
    const hits = topics.length === 0 ? sql`0` : sql.join(topics.map((t) => sql`(case when ${t}::text = any(${offer.topics}) then 1 else 0 end)`), sql` + `);
    candidate = sql`
      select offer_id, organisation_id, hits, ${parts.group} as grp, ${parts.part} as part,
        ${wordMask(wordList, sql`match_words`, (named) => sql`topics && ${textArray(named)}::text[]`)} as word_mask
      from (
        select ${offer.id} as offer_id, ${offer.organisationId} as organisation_id, ${offer.kind} as kind, cardinality(${offer.levels}) as level_count,
          ${offer.groupSizeMax} as group_size_max, ${offer.travelRadiusKm} as travel_radius_km, ${locationMask} as location_mask,
          ${weekdayMask} as weekday_mask, ${offer.topics} as topics, ${offer.matchWords} as match_words,
          ${distanceSql(sql`${offer.lat}`, sql`${offer.lon}`, sql`${offer.travelRadiusKm}`, query)} as km,
          ${hits} as hits
        from ${offer}
        where ${where}
        offset 0
      ) o
      where ${reachSql(terms)}`;
  }
  return candidate ? { candidate, matchedText } : null;
}
