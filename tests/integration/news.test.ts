import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, signUpUser } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { articleViewDaily, network, viewSalt } from "~/db/schema/index.ts";
import { createArticle } from "~/services/news/create-article.server.ts";
import { updateArticle } from "~/services/news/update-article.server.ts";
import { getArticle } from "~/services/news/get-article.server.ts";
import { listNews } from "~/services/news/list-news.server.ts";
import { popularArticles } from "~/services/news/helpers/articles.server.ts";
import { exportNewsFeed } from "~/services/news/export-news-feed.server.ts";
import { getHome } from "~/services/home/get-home.server.ts";
import { searchEverything } from "~/services/search/search-everything.server.ts";
import { expireViewSalts } from "~/services/news/expire-view-salts.server.ts";
import { newsJobs } from "~/services/news/jobs.server.ts";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

const body = (title: string, status: "draft" | "published" = "published") => ({
  network: "technet-utrecht",
  title,
  summary: `Samenvatting van ${title}`,
  body: `## Kop\n\nTekst over **${title}**.\n\n<script>alert(1)</script>`,
  status,
});

describe(`news (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let outsider: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@technet.test" });
    outsider = await signUpUser(services, { name: "Olga Buiten", email: "olga@elders.test" });
    const utrecht = await insertNetwork(services.db, { slug: "technet-utrecht", name: "TechNet Utrecht", province: "Utrecht" });
    await insertNetwork(services.db, { slug: "technohub-nop", name: "Technohub NOP", kind: "technohub" });
    await insertCoordinator(services.db, utrecht, coordinator);
  });
  afterAll(async () => {
    await database?.close();
  });

  const read = (slug: string, address: string, userAgent: string | null, who: SessionUser | null = null) => getArticle(services, who, { slug, reader: { address, userAgent } });

  it("only coordinators of the network write; drafts stay hidden from readers and the feed", async () => {
    expect((await rejection(createArticle(services, outsider, body("Niet van mij")))).kind).toBe("forbidden");
    const draft = await createArticle(services, coordinator, body("Open dag concept", "draft"));
    expect((await rejection(read(draft.slug, "198.51.100.1", CHROME))).kind).toBe("not_found");
    const asAuthor = await read(draft.slug, "198.51.100.1", CHROME, coordinator);
    expect(asAuthor.article.status).toBe("draft");
    expect(asAuthor.article.views).toBe(0);
    expect((await exportNewsFeed(services, null)).xml).not.toContain("Open dag concept");
    expect((await listNews(services, null)).articles).toHaveLength(0);
    expect((await listNews(services, coordinator)).drafts.map((d) => d.slug)).toEqual([draft.slug]);
  });

  it("counts a reader once per day, ignores bots, and stores no address or agent", async () => {
    const { slug } = await createArticle(services, coordinator, body("Aanmelding Girlsday geopend"));
    expect((await read(slug, "203.0.113.7", CHROME)).article.views).toBe(1);
    expect((await read(slug, "203.0.113.7", CHROME)).article.views).toBe(1);
    expect((await read(slug, "203.0.113.7", FIREFOX)).article.views).toBe(2);
    expect((await read(slug, "203.0.113.8", CHROME)).article.views).toBe(3);
    expect((await read(slug, "203.0.113.9", "Googlebot/2.1 (+http://www.google.com/bot.html)")).article.views).toBe(3);
    expect((await read(slug, "203.0.113.9", null)).article.views).toBe(3);
    services.clock.advance(24 * 3600_000);
    expect((await read(slug, "203.0.113.7", CHROME)).article.views).toBe(4);
    const rows = await services.db.select().from(articleViewDaily);
    for (const r of rows) {
      expect(r.visitorHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(r)).not.toContain("203.0.113");
    }
    // One salt per day; the daily job deletes yesterday's.
    expect((await services.db.select({ n: count() }).from(viewSalt))[0]!.n).toBe(2);
    expect(await expireViewSalts(services, null)).toBe(1);
    expect((await services.db.select().from(viewSalt)).map((s) => s.day)).toEqual(["2026-03-03"]);
    expect(newsJobs[0]!.cron).toBe("5 0 * * *");
    // After rotation the count stays: rows remain, only the means to recompute them is gone.
    expect((await read(slug, "203.0.113.7", CHROME)).article.views).toBe(4);
  });

  it("orders popular articles by views in the last 90 days", async () => {
    const a = await createArticle(services, coordinator, body("Communicatiecheck open dagen"));
    const b = await createArticle(services, coordinator, body("Feest van de Techniek"));
    for (const ip of ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5"]) await read(b.slug, ip, CHROME);
    await read(a.slug, "192.0.2.1", CHROME);
    const popular = await popularArticles(services);
    expect(popular.map((p) => p.slug).slice(0, 3)).toEqual([b.slug, "aanmelding-girlsday-geopend", a.slug]);
    expect(popular[0]!.views).toBe(5);
    // 91 days later nothing of this is recent any more.
    services.clock.advance(91 * 24 * 3600_000);
    expect(await popularArticles(services)).toEqual([]);
    await read(a.slug, "192.0.2.1", CHROME);
    expect((await popularArticles(services)).map((p) => p.slug)).toEqual([a.slug]);
    expect(await popularArticles(services, { networkId: (await services.db.select().from(network).where(eq(network.slug, "technohub-nop")))[0]!.id })).toEqual([]);
  });

  it("publishes into the Atom feeds with absolute links, sanitised content and a kept publication date", async () => {
    const { slug } = await createArticle(services, coordinator, body("Techniekdag in de regio", "draft"));
    await updateArticle(services, coordinator, { slug, values: body("Techniekdag in de regio") });
    const site = (await exportNewsFeed(services, null)).xml;
    expect(site).toContain(`<link rel="alternate" type="text/html" href="http://localhost:3000/nieuws/${slug}"/>`);
    expect(site).toContain("<title>Techniekdag in de regio</title>");
    expect(site).not.toContain("&lt;script");
    const perNetwork = (await exportNewsFeed(services, null, { networkSlug: "technet-utrecht" })).xml;
    expect(perNetwork).toContain('href="http://localhost:3000/netwerken/technet-utrecht/nieuws.xml"');
    expect(perNetwork).toContain("Techniekdag in de regio");
    expect((await exportNewsFeed(services, null, { networkSlug: "technohub-nop" })).xml).not.toContain("<entry>");
    expect((await rejection(exportNewsFeed(services, null, { networkSlug: "bestaat-niet" }))).kind).toBe("not_found");
    const first = (await read(slug, "192.0.2.9", CHROME)).article.publishedAt!;
    services.clock.advance(3600_000);
    await updateArticle(services, coordinator, { slug, values: { ...body("Techniekdag in de regio"), summary: "Nieuw" } });
    expect((await read(slug, "192.0.2.9", CHROME)).article.publishedAt!.toISOString()).toBe(first.toISOString());
  });

  it("lists the news of the networks in one province, its popular articles too", async () => {
    const everywhere = (await listNews(services, null)).articles.map((a) => a.slug);
    expect(everywhere.length).toBeGreaterThan(0);
    const utrecht = await listNews(services, null, { province: "Utrecht" });
    expect(utrecht.articles.map((a) => a.slug)).toEqual(everywhere);
    expect(utrecht.total).toBe(everywhere.length);
    const zeeland = await listNews(services, null, { province: "Zeeland" });
    expect([zeeland.articles, zeeland.total, zeeland.popular]).toEqual([[], 0, []]);
    expect((await popularArticles(services, { province: "Zeeland" })).length).toBe(0);
    // One network's news is that network's, whatever the province.
    expect((await listNews(services, null, { networkSlug: "technohub-nop", province: "Utrecht" })).articles).toEqual([]);
  });

  it("sends a merged network's news and feed on to the network it was merged into, as the network's page does", async () => {
    const [utrecht] = await services.db.select({ id: network.id }).from(network).where(eq(network.slug, "technet-utrecht"));
    await insertNetwork(services.db, { slug: "technet-utrecht-oud", name: "TechNet Utrecht (oud)", archivedAt: new Date(), mergedIntoId: utrecht!.id });
    const merged = await listNews(services, coordinator, { networkSlug: "technet-utrecht-oud" });
    expect([merged.movedTo, merged.network, merged.articles, merged.drafts, merged.total]).toEqual(["technet-utrecht", null, [], [], 0]);
    expect(await exportNewsFeed(services, null, { networkSlug: "technet-utrecht-oud" })).toEqual({ xml: "", movedTo: "technet-utrecht" });
    const kept = await listNews(services, null, { networkSlug: "technet-utrecht" });
    expect([kept.movedTo, kept.network?.slug]).toEqual([null, "technet-utrecht"]);
    expect(kept.articles.length).toBeGreaterThan(0);
  });
  it("leaves an archived network's news out of every list and feed, and opens its own news to administrators only, as its page does", async () => {
    const admin = await signUpUser(services, { name: "Anna Beheer", email: "anna@beheer.test", role: "admin" });
    const stopped = await insertNetwork(services.db, { slug: "technet-gestopt", name: "TechNet Gestopt", province: "Utrecht" });
    await insertCoordinator(services.db, stopped, coordinator);
    const old = await createArticle(services, coordinator, { ...body("Laatste nieuws van een gestopt netwerk"), network: "technet-gestopt" });
    await read(old.slug, "192.0.2.77", CHROME);
    const seen = async (who: SessionUser | null) => ({
      all: (await listNews(services, who)).articles.some((a) => a.slug === old.slug),
      province: (await listNews(services, who, { province: "Utrecht" })).articles.some((a) => a.slug === old.slug),
      popular: (await popularArticles(services)).some((a) => a.slug === old.slug),
      feed: (await exportNewsFeed(services, who)).xml.includes("Laatste nieuws van een gestopt netwerk"),
    });
    expect(await seen(null)).toEqual({ all: true, province: true, popular: true, feed: true });

    await services.db.update(network).set({ archivedAt: services.clock.now() }).where(eq(network.id, stopped.id));
    expect(await seen(null)).toEqual({ all: false, province: false, popular: false, feed: false });
    expect(await seen(admin)).toEqual({ all: false, province: false, popular: false, feed: false });
    for (const who of [null, outsider, coordinator]) {
      expect((await rejection(listNews(services, who, { networkSlug: "technet-gestopt" }))).kind).toBe("not_found");
      expect((await rejection(exportNewsFeed(services, who, { networkSlug: "technet-gestopt" }))).kind).toBe("not_found");
    }
    // At its own address an administrator still reads it, as the archived network's page.
    expect((await listNews(services, admin, { networkSlug: "technet-gestopt" })).articles.map((a) => a.slug)).toEqual([old.slug]);
    expect((await exportNewsFeed(services, admin, { networkSlug: "technet-gestopt" })).xml).toContain("Laatste nieuws van een gestopt netwerk");
  });
  it("finds an archived network's article in no search and not on the home page, and opens it at its own address as the network's page", async () => {
    const admin = await signUpUser(services, { name: "Bram Beheer", email: "bram@beheer.test", role: "admin" });
    const stopped = await insertNetwork(services.db, { slug: "technet-opgeheven", name: "TechNet Opgeheven", province: "Utrecht" });
    await insertCoordinator(services.db, stopped, coordinator);
    services.clock.advance(3600_000);
    const old = await createArticle(services, coordinator, { ...body("Kwikzilverwerkplaats sluit de deuren"), network: "technet-opgeheven" });
    const seen = async (who: SessionUser | null) => ({
      search: (await searchEverything(services, who, { q: "kwikzilverwerkplaats", kind: null })).groups.flatMap((g) => g.hits.map((h) => h.key)).includes(old.slug),
      searchNews: (await searchEverything(services, who, { q: "kwikzilverwerkplaats", kind: "article" })).counts.find((c) => c.kind === "article")!.total,
      home: (await getHome(services, who, { near: "" })).news.some((n) => n.slug === old.slug),
    });
    // Found while the network is in use: the test would otherwise pass on a search or home page that never shows it.
    expect(await seen(null)).toEqual({ search: true, searchNews: 1, home: true });

    await services.db.update(network).set({ archivedAt: services.clock.now() }).where(eq(network.id, stopped.id));
    // Lists and searches of every network leave it out for everyone, as the news list does.
    for (const who of [null, outsider, coordinator, admin]) expect(await seen(who)).toEqual({ search: false, searchNews: 0, home: false });
    // Its own address answers as the network's page: "not found" but to an administrator, its coordinator included.
    for (const who of [null, outsider, coordinator]) expect((await rejection(read(old.slug, "192.0.2.88", CHROME, who))).kind).toBe("not_found");
    const asAdmin = await read(old.slug, "192.0.2.88", CHROME, admin);
    expect([asAdmin.article.slug, asAdmin.article.network.slug]).toEqual([old.slug, "technet-opgeheven"]);
  });
});
