/**
 * An archived network's content (its events, tips and programmes) leaves every list, whoever asks,
 * as its news already did (ADR 019): /evenementen (and /api/v1/events), the home page's events for
 * a visitor, a school and a host, the search over everything, /tips and /programmas. At its own
 * address (an event, a tip, a programme, the network's agenda) it is "not found" but to an
 * administrator, its coordinators included, and its articles no longer open in their editor.
 * Each list is read before and after archiving, so a list that never showed the content cannot
 * pass by accident; the platform's own event and tip (no network) stay throughout.
 */
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertNetworkMember, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { article, event, eventGroup, eventSlot, network, networkLocation, programme, tipPage } from "~/db/schema/index.ts";
import type { ArticleInput } from "~/domain/news/article-form.ts";
import { getEvent } from "~/services/events/get-event.server.ts";
import { listEvents } from "~/services/events/list-events.server.ts";
import { getEditableTip } from "~/services/guest-lessons/get-editable-tip.server.ts";
import { getTip } from "~/services/guest-lessons/get-tip.server.ts";
import { listTips } from "~/services/guest-lessons/list-tips.server.ts";
import { updateTip } from "~/services/guest-lessons/update-tip.server.ts";
import { getHome } from "~/services/home/get-home.server.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";
import { createArticle } from "~/services/news/create-article.server.ts";
import { getArticleEditor } from "~/services/news/get-article-editor.server.ts";
import { updateArticle } from "~/services/news/update-article.server.ts";
import { getProgramme } from "~/services/programmes/get-programme.server.ts";
import { listProgrammes } from "~/services/programmes/list-programmes.server.ts";
import { searchEverything } from "~/services/search/search-everything.server.ts";

describe(`an archived network's content (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let admin: SessionUser;
  let coordinator: SessionUser;
  let teacher: SessionUser;
  let host: SessionUser;
  let archivedId: string;
  const slug = {
    network: "technet-glasblazerij",
    event: "glasblazerijdag-2026",
    hostOpen: "glasblazerij-open-huis",
    platformEvent: "landelijke-koperslagerijdag",
    tip: "tip-glasblazerij",
    platformTip: "tip-koperslagerij",
    programme: "programma-glasblazerij",
    article: "nieuws-glasblazerij",
  };
  let hostOpenId: string;
  let platformEventId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    admin = await insertPerson(services.db, "beheerder", "admin");
    coordinator = await insertPerson(services.db, "coordinator");
    teacher = await insertPerson(services.db, "docent");
    host = await insertPerson(services.db, "bedrijfscontact");
    const school = await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school" });
    const company = await insertOrganisation(services.db, { name: "Fabriek Noord", kind: "company" });
    await insertMembership(services.db, teacher, school.id, "admin");
    await insertMembership(services.db, host, company.id, "admin");
    // The coordinator also runs a network in use, so a refusal is about the archived one, not about writing at all.
    const live = await insertNetwork(services.db, { name: "Levend netwerk" });
    await insertCoordinator(services.db, live.id, coordinator);
    const stopped = await insertNetwork(services.db, { slug: slug.network, name: "TechNet Glasblazerij" });
    archivedId = stopped.id;
    await insertCoordinator(services.db, stopped.id, coordinator);
    await insertNetworkMember(services.db, stopped.id, school.id);
    await services.db.insert(networkLocation).values({ networkId: stopped.id, organisationId: company.id, name: "Hub Glas", kind: "physical", lat: 52.09, lon: 5.12, place: "Utrecht" });

    // The clock stands at 2 March 2026: host registration is open, the events are still to come.
    const open = { kind: "techniekdag" as const, status: "open" as const, startsOn: "2026-04-15", hostRegistrationOpensOn: "2026-02-01", hostRegistrationClosesOn: "2026-03-31" };
    const [ev] = await services.db.insert(event).values({ ...open, slug: slug.event, networkId: stopped.id, name: "Glasblazerijdag", description: "Glasblazerij voor vmbo" }).returning();
    await services.db.insert(eventSlot).values({ eventId: ev!.id, hostOrganisationId: company.id, window: "ochtend", capacityPupils: 30, levels: ["vmbo-kader"], activity: "Rondleiding", lat: 52.09, lon: 5.12 });
    await services.db.insert(eventGroup).values({ eventId: ev!.id, schoolOrganisationId: school.id, label: "3B", size: 20, level: "vmbo-kader" });
    const [hostOpen] = await services.db.insert(event).values({ ...open, slug: slug.hostOpen, networkId: stopped.id, name: "Glasblazerij open huis" }).returning();
    hostOpenId = hostOpen!.id;
    const [platform] = await services.db.insert(event).values({ ...open, slug: slug.platformEvent, networkId: null, name: "Landelijke koperslagerijdag", description: "Koperslagerij voor iedereen" }).returning();
    platformEventId = platform!.id;

    await services.db.insert(tipPage).values([
      { slug: slug.tip, title: "Glasblazerij in de klas", summary: "Glasblazerij", body: "Glasblazerij voor beginners", networkId: stopped.id },
      { slug: slug.platformTip, title: "Koperslagerij in de klas", summary: "Koperslagerij", body: "Koperslagerij voor beginners", networkId: null },
    ]);
    await services.db.insert(programme).values({ networkId: stopped.id, slug: slug.programme, name: "Glasblazerij programma", startsOn: "2025-01-01", endsOn: "2027-12-31" });
    await services.db.insert(article).values({ networkId: stopped.id, slug: slug.article, title: "Glasblazerij nieuws", summary: "x", body: "x", status: "published", publishedAt: new Date("2026-02-01") });
  });

  afterAll(() => database.close());
  // Each test reads its addresses and lists first with the network in use.
  beforeEach(() => services.db.update(network).set({ archivedAt: null }).where(eq(network.id, archivedId)));

  const archive = () => services.db.update(network).set({ archivedAt: services.clock.now() }).where(eq(network.id, archivedId));

  /** What each list shows of this test's events, tips and programmes (slugs, or the home page's event items). */
  async function lists(who: SessionUser | null) {
    const home = await getHome(services, null, { near: "" });
    const keysOf = async (person: SessionUser, role: string) => {
      const personal = await getHome(services, person, { near: "" });
      const keys = personal.signedIn ? personal.sections.filter((s) => s.role === role).flatMap((s) => s.items.map((i) => i.key)) : [];
      return keys.filter((k) => /^(groups|slots|host)-/.test(k));
    };
    const ours: string[] = Object.values(slug);
    const found = async (q: string) => (await searchEverything(services, who, { q, kind: null })).groups.flatMap((g) => g.hits.map((h) => h.key)).filter((k) => ours.includes(k));
    return {
      events: (await listEvents(services, who, { page: 1 })).events.map((e) => e.slug),
      homeUpcoming: home.signedIn ? [] : home.upcoming.events.map((e) => e.slug),
      homeSchool: await keysOf(teacher, "teacher"),
      homeHost: await keysOf(host, "company"),
      searchGlas: await found("glasblazerij"),
      searchKoper: await found("koperslagerij"),
      tips: (await listTips(services, who)).tips.map((t) => t.slug),
      programmes: (await listProgrammes(services, who ?? admin)).programmes.map((p) => p.slug),
    };
  }

  it("leaves its events, tips and programmes out of every list, whoever asks; the platform's own stay", async () => {
    const platformOnly = {
      events: [slug.platformEvent],
      homeUpcoming: [slug.platformEvent],
      homeSchool: [],
      homeHost: [`host-${platformEventId}`],
      searchGlas: [],
      searchKoper: expect.arrayContaining([slug.platformEvent, slug.platformTip]),
      tips: [slug.platformTip],
      programmes: [],
    };
    for (const who of [null, admin]) {
      const before = await lists(who);
      expect(before.events.sort()).toEqual([slug.event, slug.hostOpen, slug.platformEvent].sort());
      expect(before.homeUpcoming.sort()).toEqual([slug.event, slug.hostOpen, slug.platformEvent].sort());
      expect(before.homeSchool).toEqual([`groups-${slug.event}`]);
      expect(before.homeHost.sort()).toEqual([`slots-${slug.event}`, `host-${hostOpenId}`, `host-${platformEventId}`].sort());
      expect(before.searchGlas).toEqual(expect.arrayContaining([slug.event, slug.tip]));
      expect(before.tips.sort()).toEqual([slug.tip, slug.platformTip].sort());
      expect(before.programmes).toEqual([slug.programme]);
    }

    await archive();
    for (const who of [null, coordinator, admin]) {
      const after = await lists(who);
      expect(after).toEqual(platformOnly);
    }
  });

  it("opens its event, tip, programme and agenda at their own address to administrators only", async () => {
    // Each address as a function, so none is left refused and unawaited while another is read.
    const open = (who: SessionUser | null) => ({
      event: () => getEvent(services, who, { slug: slug.event }),
      tip: () => getTip(services, who, { slug: slug.tip }),
      programme: () => getProgramme(services, who, { slug: slug.programme }),
      agenda: () => getNetworkCalendar(services, who, { slug: slug.network, pastDays: 0 }),
    });
    const readable = async (who: SessionUser) => {
      const addresses = open(who);
      expect((await addresses.event()).event.slug).toBe(slug.event);
      expect((await addresses.tip()).tip.slug).toBe(slug.tip);
      expect((await addresses.programme()).slug).toBe(slug.programme);
      expect((await addresses.agenda()).entries.map((e) => e.title)).toContain("Glasblazerijdag");
    };
    await readable(coordinator);

    await archive();
    for (const who of [null, teacher, coordinator]) {
      for (const [address, read] of Object.entries(open(who))) {
        // A visitor may not open a programme at all (signed-in users only): refused either way.
        const refusal = await rejection(read());
        const expected = address === "programme" && !who ? "forbidden" : "not_found";
        expect({ who: who?.name ?? null, address, kind: refusal.kind }).toEqual({ who: who?.name ?? null, address, kind: expected });
      }
    }
    await readable(admin);
  });

  it("no longer opens its article or tip in their editor but to an administrator", async () => {
    const values: ArticleInput = { network: slug.network, title: "Glasblazerij nieuws, bijgewerkt", summary: "x", body: "x", status: "published" };
    expect((await getArticleEditor(services, coordinator, { slug: slug.article })).article?.slug).toBe(slug.article);
    expect((await getEditableTip(services, coordinator, { slug: slug.tip })).title).toBe("Glasblazerij in de klas");

    await archive();
    expect((await rejection(getArticleEditor(services, coordinator, { slug: slug.article }))).kind).toBe("not_found");
    expect((await rejection(updateArticle(services, coordinator, { slug: slug.article, values }))).kind).toBe("not_found");
    // Nor can a new article be written for it, though its coordinator still runs another network.
    const created = await rejection(createArticle(services, coordinator, { ...values, title: "Nieuw glasblazerij nieuws" }));
    expect([created.kind, created.field]).toEqual(["invalid", "network"]);
    expect((await rejection(getEditableTip(services, coordinator, { slug: slug.tip }))).kind).toBe("forbidden");
    expect((await rejection(updateTip(services, coordinator, { slug: slug.tip, title: "Anders", summary: "", body: "Anders" }))).kind).toBe("forbidden");
    const [kept] = await services.db.select({ title: article.title }).from(article).where(eq(article.slug, slug.article));
    expect(kept!.title).toBe("Glasblazerij nieuws");

    // An administrator still edits it, in its own network, which the editor offers for that article.
    const editor = await getArticleEditor(services, admin, { slug: slug.article });
    expect(editor.networks.map((n) => n.slug)).toContain(slug.network);
    await updateArticle(services, admin, { slug: slug.article, values });
    const [saved] = await services.db.select({ title: article.title, networkId: article.networkId }).from(article).where(eq(article.slug, slug.article));
    expect(saved).toEqual({ title: "Glasblazerij nieuws, bijgewerkt", networkId: archivedId });
    expect((await getEditableTip(services, admin, { slug: slug.tip })).title).toBe("Glasblazerij in de klas");
  });
});
