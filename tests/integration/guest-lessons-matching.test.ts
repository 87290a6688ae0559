import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, arrayContains, eq, isNotNull, notInArray, sql } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertMembership, insertOrganisation, insertUser } from "../support/factories.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { appointment, offer, providerReliability } from "~/db/schema/index.ts";
import type { OfferInput } from "~/domain/guest-lessons/forms.ts";
import { rankOffers, type Match } from "~/domain/guest-lessons/matching.ts";
import { LESSON_LEVELS, OFFER_KINDS, RELEASED_APPOINTMENT_STATES, APPOINTMENT_STATES, type OfferLocation, type RequestPlace } from "~/domain/guest-lessons/vocabulary.ts";
import { addDays } from "~/domain/common/time.ts";
import { distanceKm } from "~/domain/common/distance.ts";
import { GAZETTEER } from "~/lib/geo/gazetteer-data.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";
import { updateOffer } from "~/services/guest-lessons/update-offer.server.ts";
import { updateOfferStatus } from "~/services/guest-lessons/update-offer-status.server.ts";
import { wordsQuery } from "~/services/guest-lessons/helpers/ceiling-sql.server.ts";
import { offerVector } from "~/services/guest-lessons/helpers/search-sql.server.ts";
import { rankable, readSuggestionQuery } from "~/services/guest-lessons/helpers/suggestion-reading.server.ts";
import { loadTopics } from "~/services/guest-lessons/helpers/topics.server.ts";
import { searchMatchingOffers, SHORT_LIST, type SuggestionQuery } from "~/services/guest-lessons/search-matching-offers.server.ts";

/**
 * suggestOffers reads only the best SHORT_LIST offers by a score ceiling computed in SQL (ADR 010).
 * That is exact only if the SQL ceiling is an upper bound of the domain's score. This test builds
 * a few hundred offers through the real write path (so offer_match_key and match_words are
 * maintained), and for ~40 varied requests compares suggestOffers with ranking EVERY eligible
 * offer by the domain: ids in order, scores, meetings, distances and reasons.
 */

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}

const SEED = 20261204;
const rnd = prng(SEED);

const OFFERS = 500;
const REQUESTS = 40;

// A few popular topics (so that requests have far more candidates than SHORT_LIST) and a long tail.
const HOT_TOPICS = ["lassen", "metaalbewerking", "elektrotechniek", "installatietechniek", "robotica", "programmeren"] as const;
const COMMON_LEVELS = ["vmbo-kader", "havo", "mbo-2"] as const;
// Most providers and schools in the middle of the country (real places), the rest anywhere.
const CENTRE = GAZETTEER.find((p) => p.name === "Utrecht")!;
const REGION = GAZETTEER.filter((p) => distanceKm(p, CENTRE) <= 70);
const somewhere = () => (rnd.chance(0.8) ? rnd.pick(REGION) : rnd.pick(GAZETTEER));
const TITLE_HEADS = ["Praktijkles", "Kijkje in de", "Workshop", "Excursie naar de", "Gastles", "Leren over"] as const;
const TITLE_WORDS = ["werkplaats", "leidingen", "lasrobot", "zonnepanelen", "printplaat", "drones", "warmtepomp", "houtwerk", "metaal", "robots", "sensoren", "fabriek"] as const;
const TAGS = ["mig/mag", "plc", "arduino", "leidingwerk", "veiligheid", "cad", "circulair", "drone", "hout", "lasersnijden", "3d", "sensor"] as const;
const DESCRIPTION_WORDS = ["leidingen", "drones", "fabriekshal", "sensoren", "excursie", "vakmanschap", "techniek", "zonnepanelen"] as const;
// Request words: some name a topic ("robots" → robotica, "lassen"), some name none.
const TOPIC_WORDS = ["iets met robots", "lassen", "programmeren met arduino", "elektro", "metaal bewerken", "warmtepompen en zonne-energie"] as const;
const PLAIN_WORDS = ["leidingen", "drones", "werkplaats bezoeken", "fabriekshal sensoren", "vakmanschap", "zonnepanelen", "printplaat solderen"] as const;
const MONTH_DAYS = Array.from({ length: 92 }, (_, i) => addDays("2026-03-02", i)); // March–May 2026

let database: Database;
let services: AppServices;
let author: SessionUser;
const companies: { id: string; located: boolean }[] = [];
const schools: string[] = [];
let published: string[] = [];

function offerInput(organisationId: string, located: boolean, topicSlugs: readonly string[]): OfferInput {
  const topics = rnd.chance(0.8) ? rnd.some(HOT_TOPICS, 1, 3) : rnd.some(topicSlugs, 1, 3);
  const levels = rnd.chance(0.85) ? rnd.some(COMMON_LEVELS, 1, 3) : rnd.some(LESSON_LEVELS, 1, 8);
  const allLocations: OfferLocation[] = ["school", "company", "online"];
  const locations: OfferLocation[] = located ? rnd.some(allLocations, 1, 3) : ["online"];
  if (located && rnd.chance(0.25) && !locations.includes("online")) locations.push("online");
  const groupSizeMax = rnd.pick([12, 20, 25, 30, 60]);
  const periods = rnd.chance(0.25)
    ? rnd.some(
        [
          { from: "2026-03-01", until: "2026-03-31" },
          { from: "2026-04-06", until: "2026-04-24" },
          { from: "2026-05-11", until: "2026-06-30" },
        ],
        1,
        2,
      )
    : [];
  return {
    organisationId,
    kind: rnd.chance(0.5) ? "gastles" : rnd.pick(OFFER_KINDS),
    title: `${rnd.pick(TITLE_HEADS)} ${rnd.pick(TITLE_WORDS)}${rnd.chance(0.3) ? ` en ${rnd.pick(TITLE_WORDS)}` : ""}`,
    description: `Een dagdeel ${rnd.pick(DESCRIPTION_WORDS)} en ${rnd.pick(DESCRIPTION_WORDS)}.`,
    topics,
    tags: rnd.some(TAGS, 0, 3),
    levels,
    groupSizeMin: Math.min(groupSizeMax, rnd.pick([1, 8, 15])),
    groupSizeMax,
    durationMinutes: 90,
    locations,
    travelRadiusKm: rnd.pick([0, 5, 15, 25, 40, 60, 60, 100, 100, 200]),
    weekdays: rnd.chance(0.1) ? rnd.some([1, 2, 3, 4, 5, 6, 7], 1, 7).sort() : rnd.some([1, 2, 3, 4, 5], 1, 5).sort(),
    availablePeriods: periods,
    blackoutDates: rnd.chance(0.3) ? rnd.some(MONTH_DAYS, 1, 8).sort() : [],
    maxPerMonth: rnd.chance(0.25) ? rnd.int(1, 3) : null,
    language: "nl",
    contactName: "Contact",
    contactEmail: "contact@example.nl",
    preparationTips: "",
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  const db = services.db;
  const topicSlugs = (await loadTopics(db)).map((t) => t.slug);

  // Companies and providers spread over real places; a few providers without an address (online only).
  for (let i = 0; i < 45; i++) {
    const place = rnd.chance(0.9) ? somewhere() : null;
    const row = await insertOrganisation(db, {
      slug: `aanbieder-${i}`,
      name: `Aanbieder ${i}${place ? ` ${place.name}` : ""}`,
      kind: place && rnd.chance(0.7) ? "company" : "provider",
      place: place?.name ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
    });
    companies.push({ id: row.id, located: place !== null });
    // Reliability history for some: too little to count, none answered, slow, quick.
    if (rnd.chance(0.5)) {
      const received = rnd.pick([1, 2, 5, 10, 20]);
      await db.insert(providerReliability).values({
        organisationId: row.id,
        requestsReceived: received,
        requestsAnswered: rnd.int(0, received),
        medianResponseHours: rnd.chance(0.15) ? null : rnd.pick([2, 20, 30, 70, 200, 400]),
      });
    }
  }
  for (let i = 0; i < 3; i++) {
    const place = somewhere();
    schools.push((await insertOrganisation(db, { slug: `school-${i}`, name: `School ${i}`, kind: "school", place: place.name, lat: place.lat, lon: place.lon })).id);
  }
  author = await insertUser(db, { id: "mx-author", name: "Aanbieder", email: "mx-author@example.nl" });
  for (const company of companies) await insertMembership(db, author, company.id, "member");

  // Offers through the use-cases: most published, some drafts, some archived, some edited or taken back after publishing.
  for (let i = 0; i < OFFERS; i++) {
    const company = rnd.pick(companies);
    const roll = rnd.next();
    const created = await createOffer(services, author, { ...offerInput(company.id, company.located, topicSlugs), publish: roll >= 0.08 });
    if (roll >= 0.08 && roll < 0.15) await updateOfferStatus(services, author, { offerId: created.id, status: "archived" });
    else if (roll >= 0.15 && roll < 0.17) await updateOfferStatus(services, author, { offerId: created.id, status: "draft" });
    else if (roll >= 0.17 && roll < 0.25) await updateOffer(services, author, { ...offerInput(company.id, company.located, topicSlugs), offerId: created.id, publish: true });
  }
  published = (await db.select({ id: offer.id }).from(offer).where(eq(offer.status, "published"))).map((r) => r.id);

  // Taken dates: appointments on some offers, some of them released (they hold no date).
  const providerOf = new Map((await db.select({ id: offer.id, org: offer.organisationId }).from(offer)).map((r) => [r.id, r.org]));
  const held = new Set<string>();
  const appointments: (typeof appointment.$inferInsert)[] = [];
  for (const offerId of published) {
    if (!rnd.chance(0.35)) continue;
    for (let n = rnd.int(1, 5); n > 0; n--) {
      const date = rnd.pick(MONTH_DAYS);
      const state = rnd.chance(0.25) ? rnd.pick(RELEASED_APPOINTMENT_STATES) : rnd.pick(APPOINTMENT_STATES.filter((s) => !(RELEASED_APPOINTMENT_STATES as readonly string[]).includes(s)));
      const released = (RELEASED_APPOINTMENT_STATES as readonly string[]).includes(state);
      if (!released && held.has(`${offerId} ${date}`)) continue;
      if (!released) held.add(`${offerId} ${date}`);
      appointments.push({ offerId, schoolOrganisationId: rnd.pick(schools), providerOrganisationId: providerOf.get(offerId)!, state, date });
    }
  }
  await db.insert(appointment).values(appointments);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

function makeRequest(i: number): { query: SuggestionQuery; limit: number; exclude: boolean } {
  const placeKind: RequestPlace = (["any", "school", "company", "online"] as const)[i % 4]!;
  // Online requests and every seventh other one come from a school without coordinates.
  const at = placeKind === "online" || (placeKind === "any" && i % 8 === 4) ? (rnd.chance(0.5) ? null : somewhere()) : somewhere();
  const textKind = i % 5; // 0, 1: topics only; 2: topics and words; 3: words naming a topic; 4: words naming none
  const topics = textKind <= 2 ? rnd.some(rnd.chance(0.8) ? HOT_TOPICS : ["lassen", "robotica", "bouwtechniek", "logistiek", "sanitair"], 1, 3) : rnd.chance(0.3) ? [rnd.pick(HOT_TOPICS)] : [];
  const freeText = textKind === 2 ? rnd.pick([...TOPIC_WORDS, ...PLAIN_WORDS]) : textKind === 3 ? rnd.pick(TOPIC_WORDS) : textKind === 4 ? rnd.pick(PLAIN_WORDS) : "";
  const dateKind = rnd.int(0, 2);
  const dateOptions = dateKind === 1 ? rnd.some(MONTH_DAYS, 1, 3).map((date) => ({ date })) : [];
  const period = dateKind === 2 ? (() => { const from = rnd.pick(MONTH_DAYS.slice(0, 60)); return { from, until: addDays(from, rnd.pick([0, 3, 10, 30])) }; })() : null;
  const pupils = rnd.chance(0.2) ? null : rnd.pick([10, 24, 30, 45, 60, 90]);
  return {
    query: {
      kind: rnd.chance(0.4) ? null : rnd.chance(0.6) ? "gastles" : rnd.pick(OFFER_KINDS),
      topics,
      freeText,
      hasText: freeText !== "",
      level: rnd.chance(0.9) ? rnd.pick(COMMON_LEVELS) : rnd.pick(LESSON_LEVELS),
      pupils,
      groups: pupils === null ? null : rnd.pick([1, 1, 2, 3]),
      place: placeKind,
      lat: at?.lat ?? null,
      lon: at?.lon ?? null,
      maxTravelKm: rnd.chance(0.3) ? rnd.pick([5, 20, 50]) : null,
      dateOptions,
      periodFrom: period?.from ?? null,
      periodUntil: period?.until ?? null,
    },
    limit: i % 6 === 5 ? 50 : i % 6 === 4 ? 5 : 20,
    exclude: i % 9 === 8,
  };
}

type Row = { id: string; match: Match };

/** What differs between suggestOffers' answer and the reference: ids in order, then each score (to 1e-9), meeting, distance and reasons. */
function differences(label: string, actual: Row[], expected: Row[]): string[] {
  const ids = (rows: Row[]) => rows.map((r) => r.id).join(",");
  const at = (r: Row) => `${r.id.slice(0, 8)}@${r.match.score.toFixed(6)}`;
  if (ids(actual) !== ids(expected)) {
    const missing = expected.filter((e) => !actual.some((a) => a.id === e.id)).map(at);
    const extra = actual.filter((a) => !expected.some((e) => e.id === a.id)).map(at);
    return [`${label}: ids differ (${actual.length} vs ${expected.length} expected; missing ${missing.join(" ")}; extra ${extra.join(" ")})`];
  }
  return actual.flatMap((a, k) => {
    const e = expected[k]!;
    const { score: scoreA, ...restA } = a.match;
    const { score: scoreE, ...restE } = e.match;
    const out: string[] = [];
    if (Math.abs(scoreA - scoreE) > 1e-9) out.push(`${label}: #${k} score ${scoreA} ≠ ${scoreE}`);
    if (JSON.stringify(restA) !== JSON.stringify(restE)) out.push(`${label}: #${k} ${JSON.stringify(restA)} ≠ ${JSON.stringify(restE)}`);
    return out;
  });
}

/**
 * The reference: every published offer of the level, read whole, ranked by the domain. Eligible
 * as suggestOffers defines its candidates: with topics and a place, the offers sharing one of
 * them (the keys); with topics and no place, sharing one or found by Dutch full text; words
 * alone, found by Dutch full text (then the text counts at least 0.5). Reach is the domain's.
 * (With topics and a place, an offer that shares no topic but whose title or tags hold the
 * teacher's words would score in the domain, yet is no candidate: that is how the keys define
 * candidates, not a failure of the ceiling, so the reference does the same.)
 */
async function reference(query: SuggestionQuery, limit: number, excluded: readonly string[]): Promise<{ top: Row[]; matches: number }> {
  const db = services.db;
  const reading = readSuggestionQuery(query, await loadTopics(db));
  const topics = reading.topics;
  const rows = await db
    .select({
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
      groupSizeMax: offer.groupSizeMax,
      weekdays: offer.weekdays,
      availablePeriods: offer.availablePeriods,
      blackoutDates: offer.blackoutDates,
      maxPerMonth: offer.maxPerMonth,
      requestsReceived: providerReliability.requestsReceived,
      requestsAnswered: providerReliability.requestsAnswered,
      medianResponseHours: providerReliability.medianResponseHours,
      fullText: query.freeText ? sql<boolean>`${offerVector} @@ ${wordsQuery(query.freeText)}` : sql<boolean>`false`,
    })
    .from(offer)
    .leftJoin(providerReliability, eq(providerReliability.organisationId, offer.organisationId))
    .where(and(eq(offer.status, "published"), arrayContains(offer.levels, [String(query.level)])));
  // Every date an appointment holds, whatever the month.
  const taken = new Map<string, string[]>();
  for (const a of await db
    .select({ offerId: appointment.offerId, date: appointment.date })
    .from(appointment)
    .where(and(isNotNull(appointment.date), notInArray(appointment.state, [...RELEASED_APPOINTMENT_STATES])))) {
    taken.set(a.offerId, [...(taken.get(a.offerId) ?? []), a.date!]);
  }
  const located = query.lat !== null && query.lon !== null;
  const wordsOnly = topics.length === 0 && query.freeText !== "";
  const eligible = rows.filter((r) => {
    if (excluded.includes(r.id)) return false;
    const shares = r.topics.some((t) => topics.includes(t));
    if (topics.length > 0 && located) return shares;
    if (topics.length > 0) return shares || r.fullText;
    return wordsOnly && r.fullText;
  });
  const offers = eligible.map((r) => rankable(reading, { ...r, takenDates: taken.get(r.id) ?? [] }, wordsOnly && r.fullText));
  const all = rankOffers(reading.request, offers, Number.POSITIVE_INFINITY);
  return { top: all.slice(0, limit).map(({ item, match }) => ({ id: item.id, match })), matches: all.length };
}

describe("suggestOffers is exact (ADR 010)", () => {
  it("returns for every request what ranking every eligible offer returns", { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    let beyondShortList = 0;
    let beyondShortLimit = 0;
    let withResults = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const { query, limit, exclude } = makeRequest(i);
      const excluded = exclude ? rnd.some(published, 5, 30) : [];
      const expected = await reference(query, limit, excluded);
      if (expected.matches > SHORT_LIST) beyondShortList++;
      if (expected.matches > limit + 3) beyondShortLimit++;
      if (expected.top.length > 0) withResults++;
      // As the request page asks, and with a short list barely longer than the limit, so that the bound decides for most offers.
      for (const shortList of [undefined, limit + 3]) {
        const actual = (await searchMatchingOffers(services, null, { request: query, limit, excludeOfferIds: excluded, shortList })).map((s) => ({ id: s.id, match: s.match }));
        const label = `request ${i}${shortList ? ` (short list ${shortList})` : ""} ${JSON.stringify({ ...query, limit, excluded: excluded.length })}`;
        problems.push(...differences(label, actual, expected.top));
      }
    }
    expect(problems).toEqual([]);
    // The comparison means something: most requests find offers, and many have more than the short list reads.
    expect(withResults).toBeGreaterThanOrEqual(REQUESTS * 0.75);
    expect(beyondShortList).toBeGreaterThanOrEqual(12);
    expect(beyondShortLimit).toBeGreaterThanOrEqual(25);
  });
});
