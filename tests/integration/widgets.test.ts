/**
 * Widgets for other sites (ADR 030) against the production build: what a widget shows (only what
 * the owner's public pages show, bounded, in the asked language), that it neither reads nor sets
 * a cookie, and that widget pages alone may be framed while every other page refuses.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, TEST_DB, type Harness, type Role } from "../support/app-harness.ts";

let h: Harness;
let network: { id: string; slug: string };

beforeAll(async () => {
  h = await startApp({ env: { PAGE_CACHE: "1", PAGE_CACHE_SECONDS: "1" } });
  network = (await h.query<{ id: string; slug: string }>(sql`select id, slug from network where slug = 'technet-utrecht'`))[0]!;
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const unique = () => crypto.randomUUID().slice(0, 8);

async function get(path: string, role: Role = "visitor") {
  const response = await h.request(role, path);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The titles the widget lists, in order. */
const titles = (html: string) => [...html.matchAll(/<li class="th-widget__item"><a [^>]*>([^<]*)</g)].map((m) => m[1]!);

describe(`widgets (${TEST_DB})`, () => {
  test("a network's events: upcoming ones, no drafts, no past ones, at most `aantal`", async () => {
    const tag = unique();
    await h.query(sql`insert into event (slug, network_id, name, kind, starts_on, status) values
      (${`w-open-${tag}`}, ${network.id}, ${`Techniekdag ${tag}`}, 'techniekdag', current_date + 400, 'open'),
      (${`w-draft-${tag}`}, ${network.id}, ${`Concept ${tag}`}, 'techniekdag', current_date + 401, 'draft'),
      (${`w-past-${tag}`}, ${network.id}, ${`Voorbij ${tag}`}, 'techniekdag', current_date - 3, 'published')`);
    const all = await get(`/widget/netwerken/${network.slug}/evenementen?aantal=20`);
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toMatch(/^text\/html/);
    expect(all.html).toContain(`Techniekdag ${tag}`);
    expect(all.html).not.toContain(`Concept ${tag}`);
    expect(all.html).not.toContain(`Voorbij ${tag}`);
    expect(all.html).toContain(`href="/evenementen/w-open-${tag}"`);
    expect(all.html).toContain('target="_blank"');
    expect(all.html).toContain("Links openen in een nieuw tabblad.");
    const listed = titles(all.html).length;
    expect(listed).toBeGreaterThan(1);
    const one = await get(`/widget/netwerken/${network.slug}/evenementen?aantal=1`);
    expect(titles(one.html)).toHaveLength(1);
    // Beyond the maximum is not "as many as asked": the default, and never more than the maximum.
    const tooMany = await get(`/widget/netwerken/${network.slug}/evenementen?aantal=100000`);
    expect(tooMany.status).toBe(200);
    expect(titles(tooMany.html).length).toBeLessThanOrEqual(5);
  });

  test("an organisation's offers: published ones only, not hidden or draft", async () => {
    const offers = await h.query<{ id: string; title: string }>(sql`select o.id, o.title from offer o join organisation g on g.id = o.organisation_id
      where g.slug = 'kiremko' and o.status = 'published' and o.hidden_at is null order by o.published_at desc`);
    expect(offers.length).toBeGreaterThanOrEqual(2);
    const before = await get(`/widget/organisaties/kiremko/aanbod?aantal=20&t=${unique()}`);
    expect(titles(before.html).sort()).toEqual(offers.map((o) => o.title.replaceAll("&", "&amp;")).sort());
    const [hidden, draft] = offers;
    await h.query(sql`update offer set hidden_at = now() where id = ${hidden!.id}`);
    await h.query(sql`update offer set status = 'draft' where id = ${draft!.id}`);
    try {
      const after = await get(`/widget/organisaties/kiremko/aanbod?aantal=20&t=${unique()}`);
      expect(after.html).not.toContain(`/aanbod/${hidden!.id}`);
      expect(after.html).not.toContain(`/aanbod/${draft!.id}`);
      expect(titles(after.html)).toHaveLength(offers.length - 2);
    } finally {
      await h.query(sql`update offer set hidden_at = null where id = ${hidden!.id}`);
      await h.query(sql`update offer set status = 'published' where id = ${draft!.id}`);
    }
  });

  test("a network's news: published articles only, and in English when asked", async () => {
    const tag = unique();
    await h.query(sql`insert into article (network_id, slug, title, status, published_at, hidden_at) values
      (${network.id}, ${`w-pub-${tag}`}, ${`Gepubliceerd ${tag}`}, 'published', now() - interval '1 minute', null),
      (${network.id}, ${`w-draft-${tag}`}, ${`Concept ${tag}`}, 'draft', null, null),
      (${network.id}, ${`w-hidden-${tag}`}, ${`Verborgen ${tag}`}, 'published', now() - interval '1 minute', now()),
      (${network.id}, ${`w-later-${tag}`}, ${`Later ${tag}`}, 'published', now() + interval '1 day', null)`);
    const nl = await get(`/widget/netwerken/${network.slug}/nieuws?aantal=20&t=${tag}`);
    expect(nl.html).toContain(`Gepubliceerd ${tag}`);
    for (const absent of ["Concept", "Verborgen", "Later"]) expect(nl.html).not.toContain(`${absent} ${tag}`);
    expect(nl.html).toContain('<html lang="nl">');
    const en = await get(`/widget/netwerken/${network.slug}/nieuws?taal=en&t=${tag}`);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain("News from ");
    expect(en.html).toContain("(opens in a new tab)");
    expect(en.html).not.toContain("nieuw tabblad");
  });

  test("the guest-lesson button opens Technohub's request page in a new tab", async () => {
    const page = await get(`/widget/organisaties/kiremko/gastles`);
    expect(page.status).toBe(200);
    // The organisation's own button asks it (tests/integration/request-to-organisation.test.ts follows it).
    expect(page.html).toMatch(/<a href="\/vragen\/nieuw\?organisatie=kiremko" target="_blank" rel="noopener" class="th-widget__button">Vraag een gastles aan/);
    expect(page.html).not.toContain("<form");
  });

  test("an unknown owner, an archived network or a kind the owner lacks is not found, in the widget's language", async () => {
    expect((await get(`/widget/netwerken/bestaat-niet/nieuws`)).status).toBe(404);
    expect((await get(`/widget/organisaties/kiremko/nieuws`)).status).toBe(404);
    expect((await get(`/widget/netwerken/${network.slug}/iets`)).status).toBe(404);
    const english = await get(`/widget/netwerken/bestaat-niet/nieuws?taal=en`);
    expect(english.html).toContain("This widget no longer exists");
    const tag = unique();
    await h.query(sql`insert into network (slug, name, kind, archived_at) select ${`w-archived-${tag}`}, ${`Gearchiveerd ${tag}`}, kind, now() from network where id = ${network.id}`);
    expect((await get(`/widget/netwerken/w-archived-${tag}/evenementen`)).status).toBe(404);
  });

  test("no cookie is read or set: a signed-in person gets the visitor's widget and no Set-Cookie", async () => {
    const path = `/widget/netwerken/${network.slug}/nieuws?t=${unique()}`;
    for (const role of ["visitor", "coordinator", "admin"] as const) {
      const page = await get(path, role);
      expect(page.status, role).toBe(200);
      expect(page.headers.get("set-cookie"), role).toBeNull();
      expect(page.html, role).not.toContain("Uitloggen");
    }
    const visitor = await get(path);
    const coordinator = await get(path, "coordinator");
    expect(coordinator.html.replace(/ nonce="[^"]*"/, "")).toBe(visitor.html.replace(/ nonce="[^"]*"/, ""));
    const css = await h.request("teacher", "/widget/stijl.css");
    expect(css.headers.get("set-cookie")).toBeNull();
  });

  test("a widget is minimal: no app chrome, no script but its height sender, which the CSP lets run", async () => {
    const first = await get(`/widget/netwerken/${network.slug}/cursussen?t=${unique()}`);
    expect(first.html).not.toContain("th-nav");
    expect(first.html).not.toContain("modulepreload");
    const scripts = [...first.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const nonce = / nonce="([^"]+)"/.exec(scripts[0]![1]!)![1]!;
    expect(first.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(scripts[0]![2]).toContain("technohub-widget-height");
  });

  test("the page cache shares a widget, with the hash of its script instead of the nonce", async () => {
    const path = `/widget/netwerken/${network.slug}/evenementen?t=${unique()}`;
    const first = await get(path);
    const second = await get(path);
    expect([first.headers.get("x-page-cache"), second.headers.get("x-page-cache")]).toEqual(["miss", "hit"]);
    const script = /<script>([\s\S]*?)<\/script>/.exec(second.html)![1]!;
    const hash = crypto.createHash("sha256").update(script, "utf8").digest("base64");
    expect(second.headers.get("content-security-policy")).toContain(`'sha256-${hash}'`);
    expect(second.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(second.headers.get("x-frame-options")).toBeNull();
  });

  test("only widget pages may be framed; every other page, the builder included, refuses", async () => {
    for (const path of [`/widget/netwerken/${network.slug}/nieuws`, "/widget/stijl.css"]) {
      const response = await h.request("visitor", path);
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors *");
      expect(response.headers.get("x-frame-options"), path).toBeNull();
    }
    for (const [path, role] of [["/", "visitor"], ["/netwerken", "visitor"], ["/widget.js", "visitor"], [`/netwerken/${network.slug}/widget`, "coordinator"], ["/widget/netwerken/technet-utrecht/nieuws/extra", "visitor"]] as const) {
      const response = await h.request(role, path);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
  });

  test("the stylesheet carries the host's valid tokens and nothing of a hostile value", async () => {
    const hostile = encodeURIComponent("red;}body{display:none}/*");
    const response = await h.request("visitor", `/widget/stijl.css?link=%23aa0000&tekst=${hostile}&lettertype=${encodeURIComponent("x</style><script>alert(1)</script>")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/css/);
    const css = await response.text();
    expect(css).toContain("--utrecht-link-color: #aa0000;");
    expect(css).not.toContain("display:none");
    expect(css).not.toContain("--utrecht-document-color:");
    expect(css).not.toContain("script");
  });

  test("the builder makes the snippet of the choice, keeps a refused colour beside its field and leaves it out", async () => {
    const page = await get(`/netwerken/${network.slug}/widget?soort=nieuws&aantal=3&taal=en&link=rood&knop=%23003366`, "coordinator");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Vul een kleur in als #1a2b3c");
    expect(page.html).toContain('value="rood"');
    expect(page.html).toContain(`/widget/netwerken/${network.slug}/nieuws?aantal=3&amp;amp;taal=en&amp;amp;knop=%23003366`);
    const snippet = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(page.html)![1]!;
    expect(snippet).not.toContain("link=");
    expect(snippet).toContain("knop=%23003366");
    expect(page.html).toContain(`${h.baseUrl}/widget.js`);
    expect(page.html).toMatch(/<iframe [^>]*src="\/widget\/netwerken\/technet-utrecht\/nieuws\?aantal=3&amp;taal=en&amp;knop=%23003366"/);
    expect((await get(`/netwerken/${network.slug}/widget`, "teacher")).status).toBe(403);
    expect((await get(`/organisaties/kiremko/widget`, "company")).status).toBe(200);
  });
});
