import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import { queryRows } from "~/db/client.server.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { NATIONAL_SIZES } from "~/db/seed/national/seed-national.server.ts";
import { NATIONAL_MARK, seedNationalOnce } from "~/db/seed/national/seed-national-once.server.ts";
import { DEMO_ORGANISATIONS } from "~/db/seed/demo-organisations.ts";
import { emptyFilters } from "~/domain/networks/search-query.ts";
import { parseCourseFilters } from "~/domain/courses/search-query.ts";
import { searchNetworks } from "~/services/networks/search-networks.server.ts";
import { searchOffers } from "~/services/guest-lessons/search-offers.server.ts";
import { searchCourses } from "~/services/courses/search-courses.server.ts";
import { findEvent } from "~/services/events/helpers/event-access.server.ts";
import { loadEventInstance } from "~/services/events/helpers/event-instance.server.ts";
import { solveAssignment } from "~/domain/events/assignment/solve.ts";
import { course } from "~/db/schema/index.ts";
import { fillCourseWords } from "~/db/fill-derived.server.ts";
import { coveringCoursesOfNeeds, keywords } from "~/domain/courses/matching.ts";
import { coveringCoursesOf } from "~/services/courses/helpers/covering-courses.server.ts";
import { aggregateImpact } from "~/domain/impact/impact.ts";
import { appointmentRows, eventVisitRows, impactFigures, registrationRows } from "~/services/impact/helpers/impact-rows.server.ts";

// Small enough for PGlite in a test, large enough that every table gets rows.
const SCALE = 0.005;
const SEED = 7;
const NOW = new Date("2027-01-11T09:00:00+01:00");

let first: Database;
let second: Database;
let services: ReturnType<typeof createTestServices>;
let counts: Record<string, number>;

async function seeded(database: Database) {
  const s = createTestServices(database);
  s.clock.set(NOW);
  await seedIfEmpty(s);
  const result = await seedNationalOnce(s, { seed: SEED, scale: SCALE });
  return { services: s, counts: result! };
}

/** A digest of what the pages show of a table, independent of the demo's random ids. */
async function digest(database: Database, query: ReturnType<typeof sql>): Promise<string> {
  const [row] = await queryRows<{ digest: string }>(database.db, sql`select md5(coalesce(string_agg(r, '|' order by r), '')) as digest from (${query}) t(r)`);
  return row!.digest;
}

// The demo's own rows have random ids (and preferences naming them): the digests leave them out where ids show.
const DEMO_SLUGS = DEMO_ORGANISATIONS.map((o) => o.slug);
const DIGESTS = {
  organisations: sql`select concat_ws(',', id, slug, name, kind, place, lat, lon, sector, education_levels) from organisation where slug not in ${DEMO_SLUGS}`,
  networks: sql`select concat_ws(',', slug, name, kind, province, search_text) from network`,
  offers: sql`select concat_ws(',', o.title, org.slug, o.status, o.topics, o.levels, o.lat, o.lon, o.match_words, o.search_text) from offer o join organisation org on org.id = o.organisation_id`,
  matchKeys: sql`select concat_ws(',', o.title, org.slug, k.level, k.topic, k.location_mask, k.weekday_mask) from offer_match_key k join offer o on o.id = k.offer_id join organisation org on org.id = o.organisation_id`,
  appointments: sql`select concat_ws(',', o.title, s.slug, a.state, a.date, a.pupils_reached, a.requested_at) from appointment a join offer o on o.id = a.offer_id join organisation s on s.id = a.school_organisation_id`,
  eventGroups: sql`select concat_ws(',', e.slug, s.slug, g.label, g.size, g.level, g.preferences) from event_group g join event e on e.id = g.event_id join organisation s on s.id = g.school_organisation_id where s.slug not in ${DEMO_SLUGS}`,
  articles: sql`select concat_ws(',', slug, title, published_at) from article`,
};

beforeAll(async () => {
  first = await createTestDatabase();
  second = await createTestDatabase();
  ({ services, counts } = await seeded(first));
  await seeded(second);
}, 600_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe("the national data set at a tiny scale", () => {
  it("has counts in proportion to the scale", () => {
    const expected = (base: number) => Math.max(1, Math.round(base * SCALE));
    expect(counts.organisation).toBe(
      expected(NATIONAL_SIZES.primarySchools) +
        expected(NATIONAL_SIZES.secondarySchools) +
        expected(NATIONAL_SIZES.mboInstitutions) +
        expected(NATIONAL_SIZES.trainingProviders) +
        expected(NATIONAL_SIZES.companies),
    );
    expect(counts.network).toBe(expected(NATIONAL_SIZES.pps) + expected(NATIONAL_SIZES.stoRegions) + expected(NATIONAL_SIZES.technetCircles));
    expect(counts.offer).toBe(expected(NATIONAL_SIZES.offers));
    expect(counts.appointment).toBe(expected(NATIONAL_SIZES.pastAppointments));
    expect(counts.course).toBe(expected(NATIONAL_SIZES.courses));
    expect(counts.courseSession).toBe(expected(NATIONAL_SIZES.courses) * NATIONAL_SIZES.sessionsPerCourse);
    expect(counts.event).toBe(expected(NATIONAL_SIZES.events));
    expect(counts.article).toBe(expected(NATIONAL_SIZES.articles));
    expect(counts.programme).toBe(expected(NATIONAL_SIZES.programmes));
    // Evaluations: most past appointments have one or two.
    expect(counts.appointmentEvaluation).toBeGreaterThan(counts.appointment! * 0.8);
  });

  it("gives the same rows, ids included, for the same seed and clock", async () => {
    for (const [name, query] of Object.entries(DIGESTS)) {
      expect(await digest(second, query), name).toBe(await digest(first, query));
    }
  });

  it("is added once: a second run changes nothing", async () => {
    expect(await seedNationalOnce(services, { seed: SEED, scale: SCALE })).toBeNull();
  });

  it("keeps the derived data the pages read in step with the rows", async () => {
    const [check] = await queryRows<{ keys: number; expected: number; stale: number; reliability: number; providers: number }>(
      services.db,
      sql`select
        (select count(*)::int from offer_match_key) as keys,
        (select coalesce(sum(cardinality(levels) * cardinality(topics)), 0)::int from offer where status = 'published') as expected,
        (select count(*)::int from offer where match_words is null or search_text = '') as stale,
        (select count(*)::int from provider_reliability) as reliability,
        (select count(distinct provider_organisation_id)::int from appointment) as providers`,
    );
    expect(check!.keys).toBe(check!.expected);
    expect(check!.stale).toBe(0);
    expect(check!.reliability).toBeGreaterThanOrEqual(check!.providers);
  });

  it("fills every course's words as the forms do, and the database picks a need's courses as the domain does from all of them", async () => {
    const courses = await services.db
      .select({ id: course.id, topics: course.topics, searchText: course.searchText, status: course.status, words: course.words })
      .from(course);
    expect(courses.length).toBeGreaterThan(20);
    for (const c of courses) expect(c.words).toEqual([...keywords(c.searchText)]);

    // Needs in the words of the seeded courses: a topic with courses, words of another course's text
    // (covered by text, and by word starts: "lassen" finds "lasser"), and a topic nobody teaches.
    const published = courses.filter((c) => c.status === "published");
    const needs = published.slice(0, 12).map((c, i) => ({
      topic: i % 3 === 0 ? c.topics[0]! : "onbekend-onderwerp",
      description: [...keywords(published[(i * 7) % published.length]!.searchText)].slice(0, 3 + (i % 4)).map((w) => (i % 2 ? w.slice(0, -1) : w)).join(" "),
    }));
    needs.push({ topic: "onbekend-onderwerp", description: "niets gemeenschappelijks hier" });
    const fromDb = await coveringCoursesOf(services.db, needs, 4);
    const fromDomain = coveringCoursesOfNeeds(needs, courses, (c) => keywords(c.searchText), 4);
    expect(fromDb.map((r) => ({ total: r.total, ids: r.courses.map((c) => [c.id, c.byTopic]) }))).toEqual(
      fromDomain.map((r) => ({ total: r.total, ids: r.courses.map((c) => [c.id, c.byTopic]) })),
    );
    expect(fromDb.some((r) => r.total > 4)).toBe(true);
    expect(fromDb.some((r, i) => r.total > 0 && needs[i]!.topic === "onbekend-onderwerp")).toBe(true);
    expect(fromDb.at(-1)).toEqual({ courses: [], total: 0 });

    // A database older than the column: the start-up fill writes the same words.
    await services.db.update(course).set({ words: null });
    expect(await fillCourseWords(services.db)).toBe(courses.length);
    const refilled = await services.db.select({ id: course.id, words: course.words }).from(course);
    expect(new Map(refilled.map((c) => [c.id, c.words]))).toEqual(new Map(courses.map((c) => [c.id, c.words])));
  });

  it("counts a network's impact in the database as the domain does from its rows", async () => {
    const networks = await queryRows<{ id: string }>(
      services.db,
      sql`select coalesce(a.network_id, r.network_id) as id from appointment a left join lesson_request r on r.id = a.request_id
          where coalesce(a.network_id, r.network_id) is not null group by 1 having count(*) filter (where a.state in ('took_place', 'evaluated')) > 0 order by count(*) desc, 1 limit 5`,
    );
    expect(networks.length).toBeGreaterThan(0);
    for (const { id } of networks) {
      const [appointments, registrations, eventVisits] = await Promise.all([appointmentRows(services.db, id), registrationRows(services.db, id), eventVisitRows(services.db, id)]);
      const figures = await impactFigures(services.db, id, NOW);
      expect(figures).toEqual(aggregateImpact({ appointments, registrations, eventVisits, now: NOW }));
      expect(figures.reduce((n, f) => n + f.guestLessons + f.companyVisits, 0)).toBeGreaterThan(0);
    }
  });

  it("finds networks in the directory, by words too", async () => {
    const all = await searchNetworks(services, null, emptyFilters());
    expect(all.total).toBe(counts.network! + 13);
    const sto = await searchNetworks(services, null, { ...emptyFilters(), q: "Sterk Techniekonderwijs" });
    expect(sto.networks.some((n) => n.name.startsWith("Sterk Techniekonderwijs"))).toBe(true);
  });

  it("finds offers near a place, nearest first, and courses within a distance", async () => {
    const [busiest] = await queryRows<{ place: string }>(services.db, sql`select place from offer where status = 'published' and place is not null group by place order by count(*) desc, place limit 1`);
    const near = await searchOffers(services, null, { q: "", kind: null, topic: null, level: null, location: null, near: busiest!.place, radiusKm: null, page: 1, pageIgnored: false });
    expect(near.unknownPlace).toBeNull();
    expect(near.offers.length).toBeGreaterThan(0);
    const [withSessions] = await queryRows<{ place: string }>(
      services.db,
      sql`select s.place from course_session s join course c on c.id = s.course_id where c.status = 'published' and s.starts_at > ${NOW} group by s.place order by count(*) desc, s.place limit 1`,
    );
    const courses = await searchCourses(services, null, parseCourseFilters(new URLSearchParams({ plaats: withSessions!.place, afstand: "25" })));
    expect(courses.placeUnknown).toBe(false);
    expect(courses.items.length).toBeGreaterThan(0);
  });

  it("loads the national day's assignment instance with every group, and the engine places them", async () => {
    const row = await findEvent(services.db, null, NATIONAL_MARK);
    const { instance } = await loadEventInstance(services.db, row);
    const groups = Math.max(4, Math.round(NATIONAL_SIZES.bigEventGroups * SCALE));
    expect(instance.groups).toHaveLength(groups);
    expect(instance.groups.reduce((sum, g) => sum + g.size, 0)).toBe(Math.max(100, Math.round(NATIONAL_SIZES.bigEventPupils * SCALE)));
    const result = solveAssignment(instance, { timeLimitMs: 500 });
    expect(result.assignments.length).toBeGreaterThan(groups / 2);
  });
});
