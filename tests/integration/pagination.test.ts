/**
 * Lists that grow with the country are read a page at a time (ADR 019): page 2 holds the next
 * rows, a page past the end shows the last page and says so, and "near a place" reads only what
 * lies near it, however much lies elsewhere.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertCourse, insertCourseWithSessions, insertMembership, insertNetwork, insertOrganisation, insertPerson, insertUser } from "../support/factories.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { article, event, joinRequest, project, registration, lessonRequest, networkChangeProposal, offer, programme, tipPage, trainingNeed } from "~/db/schema/index.ts";
import { INBOX_ITEMS_SHOWN, INBOX_NETWORKS_PAGE_SIZE, listCoordinatorInbox } from "~/services/networks/list-coordinator-inbox.server.ts";
import { listCompanyNeeds, NEEDS_PAGE_SIZE } from "~/services/courses/list-company-needs.server.ts";
import { DEMAND_NEEDS_SHOWN, getDemandOverview } from "~/services/courses/get-demand-overview.server.ts";
import { getNeed } from "~/services/courses/get-need.server.ts";
import { getNewNeedForm } from "~/services/courses/get-new-need-form.server.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";
import { CHOICES_FOUND } from "~/services/courses/helpers/organisation-scope.server.ts";
import { BEYOND_PLACES_SHOWN, listSessionRegistrations } from "~/services/courses/list-session-registrations.server.ts";
import { COVERING_SHOWN } from "~/domain/courses/matching.ts";
import { listProviderCourses, PROVIDER_COURSES_PAGE_SIZE, PROVIDERS_NAMED } from "~/services/courses/list-provider-courses.server.ts";
import { listTips, TIPS_PAGE_SIZE } from "~/services/guest-lessons/list-tips.server.ts";
import { listProgrammes, PROGRAMMES_PAGE_SIZE } from "~/services/programmes/list-programmes.server.ts";
import { getProjectTeam, OTHER_ORGANISATIONS_SHOWN } from "~/services/programmes/get-project-team.server.ts";
import { searchCourses } from "~/services/courses/search-courses.server.ts";
import { EVENTS_PAGE_SIZE, listEvents } from "~/services/events/list-events.server.ts";
import { getAssignmentReview, MOVE_OPTIONS, REVIEW_PAGE_SIZE } from "~/services/events/get-assignment-review.server.ts";
import { generateEventInstance, insertGeneratedEvent } from "~/db/seed/generated-event.ts";
import { DEADLINES_PAGE_SIZE, listNetworkRequests, REQUESTS_PAGE_SIZE } from "~/services/guest-lessons/list-network-requests.server.ts";
import { OFFERS_PAGE_SIZE, searchOffers } from "~/services/guest-lessons/search-offers.server.ts";
import { upcoming } from "~/services/home/helpers/public.server.ts";
import { listNews, NEWS_PAGE_SIZE } from "~/services/news/list-news.server.ts";
import { parseCourseFilters } from "~/domain/courses/search-query.ts";
import { parseOfferSearchParams } from "~/domain/guest-lessons/catalogue-query.ts";

const NOW = new Date("2026-03-02T09:00:00+01:00");
const DAY = 86_400_000;
const dateIn = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString().slice(0, 10);
const GRONINGEN = { lat: 53.2194, lon: 6.5665 };
const UTRECHT = { lat: 52.0907, lon: 5.1214 };
const MAASTRICHT = { lat: 50.8514, lon: 5.691 };

describe(`pages of long lists (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let networkId: string;
  let otherNetworkId: string;
  let schoolId: string;
  let providerId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(NOW);
    coordinator = await insertPerson(services.db, "coordinator");
    const network = await insertNetwork(services.db, { slug: "technet-paginas", name: "TechNet Pagina's" });
    const other = await insertNetwork(services.db, { slug: "technet-elders", name: "TechNet Elders" });
    networkId = network.id;
    otherNetworkId = other.id;
    await insertCoordinator(services.db, networkId, coordinator.id);
    schoolId = (await insertOrganisation(services.db, { name: "Vakcollege Paginas", kind: "school", lat: UTRECHT.lat, lon: UTRECHT.lon })).id;
    providerId = (await insertOrganisation(services.db, { name: "Opleider Paginas", kind: "provider", lat: UTRECHT.lat, lon: UTRECHT.lon })).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("events: page 2 holds the next events, past the end shows the last page, drafts of other networks never fill a page", async () => {
    const published = EVENTS_PAGE_SIZE + 3;
    await services.db.insert(event).values(
      Array.from({ length: published }, (_, i) => ({
        slug: `dag-${i}-${crypto.randomUUID()}`,
        name: `Techniekdag ${String(i).padStart(2, "0")}`,
        kind: "techniekdag" as const,
        networkId,
        status: "open" as const,
        startsOn: dateIn(100 - i),
      })),
    );
    await services.db.insert(event).values({ slug: `concept-${crypto.randomUUID()}`, name: "Concept elders", kind: "open_dag", networkId: otherNetworkId, status: "draft", startsOn: dateIn(200) });

    const first = await listEvents(services, null, { page: 1 });
    const second = await listEvents(services, null, { page: 2 });
    expect(first).toMatchObject({ total: published, page: 1, pageCount: 2, beyond: null });
    expect(first.events).toHaveLength(EVENTS_PAGE_SIZE);
    expect(first.events[0]!.name).toBe("Techniekdag 00"); // newest first
    expect(second.events.map((e) => e.name)).toEqual(["Techniekdag 25", "Techniekdag 26", "Techniekdag 27"]);
    expect(new Set([...first.events, ...second.events].map((e) => e.slug)).size).toBe(published);

    const beyond = await listEvents(services, null, { page: 40 });
    expect(beyond).toMatchObject({ page: 2, pageCount: 2, beyond: 40 });
    expect(beyond.events).toEqual(second.events);
    // The coordinator of the other network's draft is not this one: a visitor and this coordinator see the same total.
    expect((await listEvents(services, coordinator, { page: 1 })).total).toBe(published);
  });

  it("an event's assignment: groups a page at a time, a school's classes together, a bounded list of slots to move to, the totals of all", async () => {
    const instance = generateEventInstance({ groups: REVIEW_PAGE_SIZE * 2 + 7, slots: 60, seed: 5 });
    await insertGeneratedEvent(services.db, instance, { slug: "indeling-paginas", name: "Indeling pagina's", networkId, date: dateIn(30), now: NOW });
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await getAssignmentReview(services, coordinator, { slug: "indeling-paginas", page }));
    expect(pages.map((p) => [p.page, p.pageCount, p.rows.length, p.beyond])).toEqual([
      [1, 3, REVIEW_PAGE_SIZE, null],
      [2, 3, REVIEW_PAGE_SIZE, null],
      [3, 3, 7, null],
    ]);
    for (const p of pages) expect(p.totals).toMatchObject({ groups: instance.groups.length, slots: instance.slots.length, assigned: 0, unassigned: instance.groups.length });
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(instance.groups.length);
    // In school order across the pages, so a school's classes are not spread over the list.
    const schools = pages.flatMap((p) => p.rows.map((r) => r.schoolName));
    expect(schools).toEqual([...schools].sort((a, b) => a.localeCompare(b, "nl")));
    expect(pages.flatMap((p) => p.rows).every((r) => r.options.length <= MOVE_OPTIONS)).toBe(true);
    expect(pages.flatMap((p) => p.rows).some((r) => r.options.length === MOVE_OPTIONS)).toBe(true);

    const past = await getAssignmentReview(services, coordinator, { slug: "indeling-paginas", page: 9 });
    expect([past.page, past.beyond, past.rows.map((r) => r.id)]).toEqual([3, 9, pages[2]!.rows.map((r) => r.id)]);
    const unassigned = await getAssignmentReview(services, coordinator, { slug: "indeling-paginas", onlyUnassigned: true, page: 2 });
    expect(unassigned.rows.map((r) => r.id)).toEqual(pages[1]!.rows.map((r) => r.id));
  });

  it("news: published articles a page at a time; drafts and scheduled articles only in the coordinator's own list", async () => {
    const count = NEWS_PAGE_SIZE + 2;
    await services.db.insert(article).values(
      Array.from({ length: count }, (_, i) => ({
        networkId,
        slug: `bericht-${i}-${crypto.randomUUID()}`,
        title: `Bericht ${String(i).padStart(2, "0")}`,
        status: "published" as const,
        publishedAt: new Date(NOW.getTime() - (i + 1) * DAY),
      })),
    );
    await services.db.insert(article).values([
      { networkId, slug: `concept-${crypto.randomUUID()}`, title: "Nog een concept", status: "draft" },
      { networkId, slug: `later-${crypto.randomUUID()}`, title: "Volgende week", status: "published", publishedAt: new Date(NOW.getTime() + 7 * DAY) },
    ]);

    const first = await listNews(services, null, { page: 1 });
    const second = await listNews(services, null, { page: 2 });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.articles).toHaveLength(NEWS_PAGE_SIZE);
    expect(first.articles[0]!.title).toBe("Bericht 00");
    expect(second.articles.map((a) => a.title)).toEqual(["Bericht 20", "Bericht 21"]);
    expect(await listNews(services, null, { page: 9 })).toMatchObject({ page: 2, beyond: 9 });

    const own = await listNews(services, coordinator, { page: 2 });
    expect(own.drafts.map((d) => d.title).sort()).toEqual(["Nog een concept", "Volgende week"]);
  });

  it("the coordinator's open requests: a page of requests, each with its own matches, and the next page after it", async () => {
    const count = REQUESTS_PAGE_SIZE + 2;
    await services.db.insert(lessonRequest).values(
      Array.from({ length: count }, (_, i) => ({
        schoolOrganisationId: schoolId,
        networkId,
        kind: "gastles" as const,
        title: `Vraag ${String(i).padStart(2, "0")}`,
        level: "vmbo-kader",
        pupils: 20,
        createdAt: new Date(NOW.getTime() - (count - i) * DAY),
      })),
    );
    const first = await listNetworkRequests(services, coordinator, { page: 1 });
    const second = await listNetworkRequests(services, coordinator, { page: 2 });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.requests).toHaveLength(REQUESTS_PAGE_SIZE);
    expect(first.requests[0]!.title).toBe("Vraag 00"); // the longest waiting first
    expect(second.requests.map((r) => r.title)).toEqual(["Vraag 10", "Vraag 11"]);
    expect(await listNetworkRequests(services, coordinator, { page: 5 })).toMatchObject({ page: 2, beyond: 5 });
  });

  it("programmes: the coordinator's own first, then by name, a page at a time", async () => {
    const count = PROGRAMMES_PAGE_SIZE + 1;
    await services.db.insert(programme).values(
      Array.from({ length: count }, (_, i) => ({
        networkId: i === count - 1 ? networkId : otherNetworkId,
        slug: `programma-${i}-${crypto.randomUUID()}`,
        name: i === count - 1 ? "Zuid eigen programma" : `Programma ${String(i).padStart(2, "0")}`,
        startsOn: "2026-01-01",
        endsOn: "2027-12-31",
      })),
    );
    const first = await listProgrammes(services, coordinator, { page: 1 });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.programmes[0]).toMatchObject({ name: "Zuid eigen programma", coordinated: true });
    expect(first.programmes[1]!.name).toBe("Programma 00");
    const second = await listProgrammes(services, coordinator, { page: 2 });
    expect(second.programmes.map((p) => p.name)).toEqual(["Programma 19"]);
    expect(await listProgrammes(services, coordinator, { page: 3 })).toMatchObject({ page: 2, beyond: 3 });

    // Someone who coordinates nothing gets them by name (no constant in ORDER BY, which PostgreSQL refuses).
    const teacher = await insertUser(services.db);
    const theirs = await listProgrammes(services, teacher, { page: 1 });
    expect(theirs.programmes.map((p) => p.name).slice(0, 2)).toEqual(["Programma 00", "Programma 01"]);
    expect(theirs.programmes.every((p) => !p.coordinated)).toBe(true);
  });

  it("courses: page 2 holds the next courses, a page past the end the last one instead of 'nothing found'", async () => {
    for (let i = 0; i < 23; i++) {
      await insertCourseWithSessions(services.db, { providerId, title: `Cursus ${String(i).padStart(2, "0")}` }, [{ startsAt: new Date(NOW.getTime() + (10 + i) * DAY) }]);
    }
    const search = (page: number) => searchCourses(services, null, parseCourseFilters(new URLSearchParams(page > 1 ? { pagina: String(page) } : {})));
    const first = await search(1);
    const second = await search(2);
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(second.items.map((c) => c.title)).toEqual(["Cursus 20", "Cursus 21", "Cursus 22"]);
    const beyond = await search(7);
    expect(beyond).toMatchObject({ total: 23, page: 2, pageCount: 2, beyond: 7 });
    expect(beyond.items.map((c) => c.title)).toEqual(["Cursus 20", "Cursus 21", "Cursus 22"]);
  });

  it("near a place: what is near is found behind hundreds of newer offers elsewhere, and nothing far comes along", async () => {
    const company = await insertOrganisation(services.db, { name: "Bedrijf Utrecht", kind: "company", lat: UTRECHT.lat, lon: UTRECHT.lon });
    const groningen = await insertOrganisation(services.db, { name: "Bedrijf Groningen", kind: "company", lat: GRONINGEN.lat, lon: GRONINGEN.lon });
    await services.db.insert(offer).values(
      Array.from({ length: 250 }, (_, i) => ({
        organisationId: company.id,
        kind: "gastles" as const,
        title: `Gastles Utrecht ${i}`,
        status: "published" as const,
        publishedAt: new Date(NOW.getTime() - i * 60_000),
        lat: UTRECHT.lat,
        lon: UTRECHT.lon,
        place: "Utrecht",
      })),
    );
    await services.db.insert(offer).values({
      organisationId: groningen.id,
      kind: "bedrijfsbezoek",
      title: "Bezoek in Groningen",
      status: "published",
      publishedAt: new Date(NOW.getTime() - 30 * DAY),
      lat: GRONINGEN.lat + 0.05,
      lon: GRONINGEN.lon,
      place: "Groningen",
    });
    const near = await upcoming(services, GRONINGEN);
    expect(near.offers.map((o) => o.title)).toEqual(["Bezoek in Groningen"]);
    const anywhere = await upcoming(services, null);
    expect(anywhere.offers).toHaveLength(5);
    expect(anywhere.offers.every((o) => o.title.startsWith("Gastles Utrecht"))).toBe(true);

    // The catalogue: 251 offers in pages of 20, newest first; a page number that is no number gives page 1.
    const catalogue = (query: string) => searchOffers(services, null, parseOfferSearchParams(new URLSearchParams(query)));
    const second = await catalogue("pagina=2");
    expect(second).toMatchObject({ total: 251, page: 2, pageCount: Math.ceil(251 / OFFERS_PAGE_SIZE) });
    expect(second.offers.map((o) => o.title)).toEqual(Array.from({ length: OFFERS_PAGE_SIZE }, (_, i) => `Gastles Utrecht ${OFFERS_PAGE_SIZE + i}`));
    const garbled = parseOfferSearchParams(new URLSearchParams("pagina=twee"));
    expect(garbled).toMatchObject({ page: 1, pageIgnored: true });
    expect((await searchOffers(services, null, garbled)).offers[0]!.title).toBe("Gastles Utrecht 0");
    const last = await catalogue("pagina=999");
    expect(last).toMatchObject({ page: 13, beyond: 999 });
    expect(last.offers).toHaveLength(251 - 12 * OFFERS_PAGE_SIZE);
    expect(last.offers.at(-1)!.title).toBe("Bezoek in Groningen"); // the oldest
  });

  it("near a place: every page in the catalogue's order (nearest, newest, id; then online-only offers), none twice, none left out, also where one spot holds more than a page", async () => {
    const here = await insertOrganisation(services.db, { name: "Bedrijf Maastricht", kind: "company", lat: MAASTRICHT.lat, lon: MAASTRICHT.lon });
    const at = (i: number) => new Date(NOW.getTime() - i * 3_600_000);
    // 25 offers at one spot (more than a page, equal distance), 5 a kilometre further each, 3 online only.
    await services.db.insert(offer).values([
      ...Array.from({ length: 25 }, (_, i) => ({ title: `Op de plek ${i}`, lat: MAASTRICHT.lat, lon: MAASTRICHT.lon, publishedAt: at(i % 7) })),
      ...Array.from({ length: 5 }, (_, i) => ({ title: `Verder ${i + 1} km`, lat: MAASTRICHT.lat + (i + 1) / 111.2, lon: MAASTRICHT.lon, publishedAt: at(i) })),
    ].map((o) => ({ ...o, organisationId: here.id, kind: "gastles" as const, status: "published" as const, locations: ["school"], travelRadiusKm: 30, place: "Maastricht" })));
    await services.db.insert(offer).values(
      Array.from({ length: 3 }, (_, i) => ({ organisationId: here.id, kind: "workshop" as const, title: `Online ${i}`, status: "published" as const, locations: ["online"], publishedAt: at(i) })),
    );
    const catalogue = (page: number) => searchOffers(services, null, parseOfferSearchParams(new URLSearchParams({ bij: "Maastricht", pagina: String(page) })));
    const first = await catalogue(1);
    const pages = [first.offers];
    for (let page = 2; page <= first.pageCount; page++) pages.push((await catalogue(page)).offers);
    const all = pages.flat();
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(all.length).toBe(first.total);
    const ours = all.filter((o) => o.organisationName === "Bedrijf Maastricht").map((o) => o.title);
    expect(ours).toHaveLength(33);
    // Nearest first; at one spot the newest first (several share an hour: then by id, stable); online-only last.
    expect(ours.slice(0, 25).every((t) => t.startsWith("Op de plek"))).toBe(true);
    expect(ours.slice(25, 30)).toEqual(["Verder 1 km", "Verder 2 km", "Verder 3 km", "Verder 4 km", "Verder 5 km"]);
    expect(ours.slice(30)).toEqual(["Online 0", "Online 1", "Online 2"]);
    const spot = all.filter((o) => o.title.startsWith("Op de plek"));
    const hours = spot.map((o) => Number(o.title.split(" ").at(-1)) % 7);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    // The same question twice gives the same pages.
    expect((await catalogue(2)).offers.map((o) => o.id)).toEqual(pages[1]!.map((o) => o.id));
  });

  it("tips: in their order a page at a time; a hidden tip fills no page", async () => {
    const count = TIPS_PAGE_SIZE + 1;
    await services.db.insert(tipPage).values(
      Array.from({ length: count }, (_, i) => ({ slug: `tip-${i}-${crypto.randomUUID()}`, title: `Tip ${String(i).padStart(2, "0")}`, body: "Zo doet u dat.", sortOrder: i })),
    );
    await services.db.insert(tipPage).values({ slug: `verborgen-${crypto.randomUUID()}`, title: "Verborgen tip", body: "Niet tonen.", sortOrder: -1, hiddenAt: NOW });
    const first = await listTips(services, null, { page: 1 });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.tips).toHaveLength(TIPS_PAGE_SIZE);
    expect(first.tips[0]!.title).toBe("Tip 00");
    expect((await listTips(services, null, { page: 2 })).tips.map((t) => t.title)).toEqual([`Tip ${TIPS_PAGE_SIZE}`]);
    expect(await listTips(services, null, { page: 8 })).toMatchObject({ page: 2, beyond: 8 });
  });

  it("a provider's courses: a page of courses with their sessions, the next page after it; an administrator's intro names a few providers", async () => {
    const teacher = await insertUser(services.db);
    const provider = await insertOrganisation(services.db, { name: "Opleider Veel Cursussen", kind: "provider" });
    await insertMembership(services.db, teacher.id, provider.id);
    const count = PROVIDER_COURSES_PAGE_SIZE + 1;
    for (let i = 0; i < count; i++) await insertCourse(services.db, { providerId: provider.id, title: `Lascursus ${String(i).padStart(2, "0")}` });
    await insertCourseWithSessions(services.db, { providerId: provider.id, title: "Aaa eerste cursus" }, [{ startsAt: new Date(NOW.getTime() + 5 * DAY) }]);

    const first = await listProviderCourses(services, teacher, { page: 1 });
    expect(first).toMatchObject({ total: count + 1, page: 1, pageCount: 2, providerCount: 1 });
    expect(first.courses).toHaveLength(PROVIDER_COURSES_PAGE_SIZE);
    expect(first.courses[0]).toMatchObject({ title: "Aaa eerste cursus" });
    expect(first.courses[0]!.sessions).toHaveLength(1);
    const second = await listProviderCourses(services, teacher, { page: 2 });
    expect(second.courses.map((c) => c.title)).toEqual([`Lascursus ${count - 2}`, `Lascursus ${count - 1}`]);
    expect(await listProviderCourses(services, teacher, { page: 3 })).toMatchObject({ page: 2, beyond: 3 });

    // An administrator acts for every provider: the page holds 20 courses and names a few providers, whatever the count.
    for (let i = 0; i < PROVIDERS_NAMED; i++) await insertOrganisation(services.db, { name: `Opleider ${i}`, kind: "provider" });
    const admin = await insertPerson(services.db, "beheerder", "admin");
    const all = await listProviderCourses(services, admin, { page: 1 });
    expect(all.providers).toHaveLength(PROVIDERS_NAMED);
    expect(all.providerCount).toBeGreaterThan(PROVIDERS_NAMED);
    expect(all.courses).toHaveLength(PROVIDER_COURSES_PAGE_SIZE);
    expect(all.total).toBeGreaterThan(count);
  });

  it("a company's training needs: open ones first, newest first, a page at a time", async () => {
    const contact = await insertUser(services.db);
    const company = await insertOrganisation(services.db, { name: "Bedrijf Veel Behoeften", kind: "company" });
    await insertMembership(services.db, contact.id, company.id);
    const count = NEEDS_PAGE_SIZE + 1;
    await services.db.insert(trainingNeed).values(
      Array.from({ length: count }, (_, i) => ({
        organisationId: company.id,
        topic: "lassen",
        description: `Behoefte ${String(i).padStart(2, "0")}`,
        employeeCount: 2,
        periodStart: dateIn(30),
        periodEnd: dateIn(90),
        createdAt: new Date(NOW.getTime() - i * DAY),
      })),
    );
    const first = await listCompanyNeeds(services, contact, { page: 1 });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2, hasCompany: true });
    expect(first.needs).toHaveLength(NEEDS_PAGE_SIZE);
    expect(first.needs[0]!.need.description).toBe("Behoefte 00");
    expect((await listCompanyNeeds(services, contact, { page: 2 })).needs.map((n) => n.need.description)).toEqual([`Behoefte ${NEEDS_PAGE_SIZE}`]);
    expect(await listCompanyNeeds(services, contact, { page: 4 })).toMatchObject({ page: 2, beyond: 4 });
    // An administrator acts for every company: every need, a page at a time.
    const admin = await insertPerson(services.db, "behoeften-beheer", "admin");
    expect(await listCompanyNeeds(services, admin, { page: 2 })).toMatchObject({ total: count, page: 2, hasCompany: true });
    // Someone without a company has no needs and no pages.
    expect(await listCompanyNeeds(services, await insertUser(services.db), { page: 1 })).toMatchObject({ total: 0, pageCount: 1, hasCompany: false, needs: [] });
  });

  it("a need's courses: the best few and how many more, on its page and in the demand overview; the overview lists a bounded number of needs", async () => {
    const contact = await insertUser(services.db);
    const company = await insertOrganisation(services.db, { name: "Bedrijf Dunne Plaat", kind: "company" });
    await insertMembership(services.db, contact.id, company.id);
    const provider = await insertOrganisation(services.db, { name: "Lasopleider", kind: "provider" });
    for (let i = 0; i <= COVERING_SHOWN; i++) await insertCourse(services.db, { providerId: provider.id, title: `Lassen ${i}`, topics: ["lassen"] });
    const [need] = await services.db
      .insert(trainingNeed)
      .values({ organisationId: company.id, topic: "lassen", description: "Lassen van dunne plaat", employeeCount: 500, periodStart: dateIn(10), periodEnd: dateIn(40) })
      .returning();
    const page = await getNeed(services, contact, { id: need!.id });
    expect(page.courses).toHaveLength(COVERING_SHOWN);
    expect(page.coursesTotal).toBe(COVERING_SHOWN + 1);

    // More open needs than the overview lists: the counts still say how many there are.
    await services.db.insert(trainingNeed).values(
      Array.from({ length: DEMAND_NEEDS_SHOWN }, (_, i) => ({ organisationId: company.id, topic: "hydrauliek", description: `Vraag ${i}`, employeeCount: 1, periodStart: dateIn(10), periodEnd: dateIn(40) })),
    );
    const overview = await getDemandOverview(services, coordinator);
    expect(overview.needs).toHaveLength(DEMAND_NEEDS_SHOWN);
    expect(overview.uncoveredCount + overview.coveredCount).toBeGreaterThan(DEMAND_NEEDS_SHOWN);
    expect(overview.uncoveredCount).toBeGreaterThanOrEqual(DEMAND_NEEDS_SHOWN);
    // Uncovered first: the hydraulics needs fill the list before the covered welding need.
    expect(overview.needs.every((n) => n.courses.length === 0)).toBe(true);
    const filtered = await getDemandOverview(services, coordinator, { topic: "lassen" });
    const row = filtered.needs.find((n) => n.id === need!.id)!;
    expect(row.courses).toHaveLength(COVERING_SHOWN);
    expect(row.coursesTotal).toBe(COVERING_SHOWN + 1);
  });

  it("the coordinator's inbox: the oldest items per network and how many wait; an administrator's networks a page at a time, and the answer deadlines too", async () => {
    const count = INBOX_ITEMS_SHOWN + 1;
    await services.db.insert(networkChangeProposal).values(
      Array.from({ length: count }, (_, i) => ({ networkId, changes: { summary: `Voorstel ${i}` }, baseline: {}, createdAt: new Date(NOW.getTime() - (count - i) * DAY) })),
    );
    for (let i = 0; i < count; i++) {
      const org = await insertOrganisation(services.db, { name: `Aanmelder ${String(i).padStart(2, "0")}`, kind: "company" });
      await services.db.insert(joinRequest).values({ networkId, organisationId: org.id, createdAt: new Date(NOW.getTime() - (count - i) * DAY) });
    }
    const inbox = await listCoordinatorInbox(services, coordinator, { page: 1 });
    const own = inbox.networks.find((n) => n.id === networkId)!;
    expect(own).toMatchObject({ proposalCount: count, joinRequestCount: count });
    expect(own.proposals).toHaveLength(INBOX_ITEMS_SHOWN);
    expect(own.joinRequests.map((r) => r.organisationName)).toEqual(Array.from({ length: INBOX_ITEMS_SHOWN }, (_, i) => `Aanmelder ${String(i).padStart(2, "0")}`));

    // An administrator sees every network with something waiting: more than a page of them.
    const admin = await insertPerson(services.db, "inbox-beheer", "admin");
    const company = await insertOrganisation(services.db, { name: "Aanmelder overal", kind: "company" });
    for (let i = 0; i < INBOX_NETWORKS_PAGE_SIZE; i++) {
      const other = await insertNetwork(services.db, { slug: `wachtend-${i}-${crypto.randomUUID().slice(0, 8)}`, name: `Wachtend ${String(i).padStart(2, "0")}` });
      await services.db.insert(joinRequest).values({ networkId: other.id, organisationId: company.id });
    }
    const first = await listCoordinatorInbox(services, admin, { page: 1 });
    expect(first).toMatchObject({ total: INBOX_NETWORKS_PAGE_SIZE + 1, page: 1, pageCount: 2, allNetworks: true });
    expect(first.networks).toHaveLength(INBOX_NETWORKS_PAGE_SIZE);
    const second = await listCoordinatorInbox(services, admin, { page: 2 });
    expect(second.networks.map((n) => n.name)).toEqual(["Wachtend 19"]);
    expect(new Set([...first.networks, ...second.networks].map((n) => n.id)).size).toBe(INBOX_NETWORKS_PAGE_SIZE + 1);

    // The answer deadlines on /coordinatie/vragen: every network for an administrator, a page at a time.
    for (let i = 0; i < DEADLINES_PAGE_SIZE - INBOX_NETWORKS_PAGE_SIZE; i++) await insertNetwork(services.db, { slug: `stil-${i}-${crypto.randomUUID().slice(0, 8)}`, name: `Stil ${i}` });
    const deadlines = await listNetworkRequests(services, admin, { page: 1, deadlinesPage: 2 });
    expect(deadlines.deadlines).toMatchObject({ page: 2, pageSize: DEADLINES_PAGE_SIZE });
    expect(deadlines.networks).toHaveLength(deadlines.deadlines.total - DEADLINES_PAGE_SIZE);
    expect(deadlines.deadlines.total).toBeGreaterThan(DEADLINES_PAGE_SIZE);
  });

  it("a session's participants: everyone with a place, then the first of the waiting list; the count and the export have everyone", async () => {
    const staff = await insertUser(services.db);
    const provider = await insertOrganisation(services.db, { name: "Opleider Wachtlijst", kind: "provider" });
    await insertMembership(services.db, staff.id, provider.id, "admin");
    const { course: row, sessions } = await insertCourseWithSessions(services.db, { providerId: provider.id, title: "Volle cursus" }, [{ startsAt: new Date(NOW.getTime() + 20 * DAY), capacity: 2 }]);
    const sessionId = sessions[0]!.id;
    const person = (i: number) => ({ sessionId, participantName: `Deelnemer ${String(i).padStart(2, "0")}`, participantEmail: `deelnemer${i}@example.nl`, token: crypto.randomUUID() });
    const waiting = BEYOND_PLACES_SHOWN + 1;
    await services.db.insert(registration).values([
      ...[0, 1].map((i) => ({ ...person(i), status: "confirmed" as const })),
      ...Array.from({ length: waiting }, (_, i) => ({ ...person(i + 2), status: "waitlisted" as const, waitlistPosition: i + 1 })),
    ]);
    const page = await listSessionRegistrations(services, staff, { slug: row.slug, sessionId, bounded: true });
    expect(page.total).toBe(2 + waiting);
    expect(page.registrations).toHaveLength(2 + BEYOND_PLACES_SHOWN);
    expect(page.registrations.slice(0, 2).map((r) => r.status)).toEqual(["confirmed", "confirmed"]);
    expect(page.registrations.at(-1)).toMatchObject({ status: "waitlisted", position: BEYOND_PLACES_SHOWN });
    const everyone = await listSessionRegistrations(services, staff, { slug: row.slug, sessionId });
    expect(everyone.registrations).toHaveLength(2 + waiting);
  });

  it("a development team's organisations: the network's own, and others only as found by name, at most a bounded number", async () => {
    const [own] = await services.db
      .insert(programme)
      .values({ networkId, slug: `teamprogramma-${crypto.randomUUID()}`, name: "Teamprogramma", startsOn: "2026-01-01", endsOn: "2027-12-31" })
      .returning();
    await services.db.insert(project).values({ programmeId: own!.id, position: 1, title: "Project met team" });
    for (let i = 0; i <= OTHER_ORGANISATIONS_SHOWN; i++) await insertOrganisation(services.db, { name: `Teamkandidaat ${String(i).padStart(2, "0")}`, kind: "company" });
    const team = (organisationQuery?: string) => getProjectTeam(services, coordinator, { programmeSlug: own!.slug, projectPosition: 1, organisationQuery });
    expect((await team()).organisations.other).toEqual([]);
    const found = await team("teamkandidaat");
    expect(found.organisations.other).toHaveLength(OTHER_ORGANISATIONS_SHOWN);
    expect(found.organisations.other[0]!.name).toBe("Teamkandidaat 00");
    expect((await team("Teamkandidaat 50")).organisations.other.map((o) => o.name)).toEqual([`Teamkandidaat ${OTHER_ORGANISATIONS_SHOWN}`]);
    // A percent sign is a character to find, not a wildcard.
    expect((await team("%")).organisations.other).toEqual([]);
  });

  it("an administrator acts for every company: forms offer those found by name, never all of them", async () => {
    for (let i = 0; i <= CHOICES_FOUND; i++) await insertOrganisation(services.db, { name: `Keuzebedrijf ${String(i).padStart(2, "0")}`, kind: "company" });
    const admin = await insertPerson(services.db, "keuze-beheer", "admin");
    expect(await getNewNeedForm(services, admin)).toMatchObject({ companies: [], searchable: true, query: "" });
    const found = await getNewNeedForm(services, admin, { query: "keuzebedrijf" });
    expect(found.companies).toHaveLength(CHOICES_FOUND);
    expect(found.companies[0]!.name).toBe("Keuzebedrijf 00");
    // A company's own contact picks among their own companies, without a search.
    const contact = await insertUser(services.db);
    const own = await insertOrganisation(services.db, { name: "Eigen bedrijf", kind: "company" });
    await insertMembership(services.db, contact.id, own.id);
    expect(await getNewNeedForm(services, contact, { query: "keuzebedrijf" })).toMatchObject({ companies: [{ name: "Eigen bedrijf" }], searchable: false });

    const provider = await insertOrganisation(services.db, { name: "Opleider Keuze", kind: "provider" });
    const { course: row } = await insertCourseWithSessions(services.db, { providerId: provider.id, title: "Keuzecursus" }, [{ startsAt: new Date(NOW.getTime() + 30 * DAY) }]);
    const page = await getCourse(services, admin, { slug: row.slug });
    expect(page).toMatchObject({ mayRegisterEmployees: true, companySearchable: true, companies: [] });
    expect((await getCourse(services, admin, { slug: row.slug, companyQuery: "Keuzebedrijf 0" })).companies).toHaveLength(10);
    expect(await getCourse(services, null, { slug: row.slug })).toMatchObject({ mayRegisterEmployees: false, companies: [] });
  });
});
