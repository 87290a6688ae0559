/**
 * A guest-lesson request addressed to one organisation (ADR 030, amendment), against the
 * production build: the organisation's widget button and its page lead to the request form with
 * that organisation named, the way there survives signing in without JavaScript, the request goes
 * to the offer chosen among its own, and an address naming nobody who can be asked gives the open
 * form with a notice, never an error.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD } from "~/db/seed/demo-users.ts";
import { startApp, ROLE_EMAILS, TEST_DB, type Harness, type Role } from "../support/app-harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startApp();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

async function get(path: string, role: Role = "teacher") {
  const response = await h.request(role, path);
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

function post(role: Role, path: string, form: URLSearchParams) {
  return h.request(role, path, { method: "POST", headers: { origin: h.baseUrl, "content-type": "application/x-www-form-urlencoded" }, body: form });
}

const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
/** The offers the form lets the teacher choose from (the select `directOfferId`), by id. */
const offerChoices = (html: string) => {
  const select = /<select[^>]*name="directOfferId"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
  return [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]!);
};
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe(`a request to one organisation (${TEST_DB})`, () => {
  test("an organisation's widget button asks that organisation; a network's opens the open request", async () => {
    const organisation = await get("/widget/organisaties/kiremko/gastles", "visitor");
    expect(organisation.html).toMatch(/<a href="\/vragen\/nieuw\?organisatie=kiremko" target="_blank" rel="noopener" class="th-widget__button">/);
    expect(organisation.html).toContain("rechtstreeks naar Kiremko");
    const network = await get("/widget/netwerken/technet-utrecht/gastles", "visitor");
    expect(network.html).toMatch(/<a href="\/vragen\/nieuw" target="_blank"/);
  });

  test("the organisation's page has the button when it has a published offer; a school's page has none", async () => {
    expect((await get("/organisaties/kiremko", "visitor")).html).toContain('href="/vragen/nieuw?organisatie=kiremko"');
    const [school] = await h.query<{ slug: string }>(sql`select slug from organisation where kind = 'school' order by slug limit 1`);
    expect((await get(`/organisaties/${school!.slug}`, "visitor")).html).not.toContain("/vragen/nieuw?organisatie=");
  });

  test("a visitor signs in on the way, without JavaScript, and lands on the same addressed form", async () => {
    const first = await get("/vragen/nieuw?organisatie=kiremko", "visitor");
    expect(first.status).toBe(302);
    expect(first.location).toBe(`/inloggen?redirectTo=${encodeURIComponent("/vragen/nieuw?organisatie=kiremko")}`);
    const signInPage = await get(first.location!, "visitor");
    // The plain HTML form carries the way back in a hidden field.
    expect(signInPage.html).toContain('name="redirectTo" value="/vragen/nieuw?organisatie=kiremko"');
    const signedIn = await post("visitor", first.location!, new URLSearchParams({ email: ROLE_EMAILS.teacher, password: DEMO_PASSWORD, redirectTo: "/vragen/nieuw?organisatie=kiremko" }));
    expect([302, 303]).toContain(signedIn.status);
    expect(signedIn.headers.get("location")).toBe("/vragen/nieuw?organisatie=kiremko");
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
    const form = await h.request("visitor", "/vragen/nieuw?organisatie=kiremko", { headers: { cookie } });
    expect(form.status).toBe(200);
    expect(heading(await form.text())).toBe("Aanvraag bij Kiremko");
  });

  test("the form names the organisation, offers its published offers only, and the request goes to the one chosen", async () => {
    const offers = await h.query<{ id: string; levels: string[] }>(sql`select o.id, o.levels from offer o join organisation g on g.id = o.organisation_id
      where g.slug = 'kiremko' and o.status = 'published' and o.hidden_at is null`);
    expect(offers.length).toBeGreaterThanOrEqual(2);
    const page = await get("/vragen/nieuw?organisatie=kiremko");
    expect(page.status).toBe(200);
    expect(heading(page.html)).toBe("Aanvraag bij Kiremko");
    expect(offerChoices(page.html).sort()).toEqual(offers.map((o) => o.id).sort());
    // Posted back to the same address, so a refusal shows the same addressed form again.
    expect(page.html).toMatch(/<form [^>]*action="\/vragen\/nieuw\?organisatie=kiremko" method="post"/);
    const school = /<select[^>]*name="schoolOrganisationId"[^>]*>\s*<option value="([^"]+)"/.exec(page.html)?.[1];
    expect(school).toBeTruthy();

    const chosen = offers.at(-1)!;
    const fields = {
      schoolOrganisationId: school!,
      mode: "direct",
      directOfferId: chosen.id,
      kind: "gastles",
      title: "Gastles voor onze derde klas",
      freeText: "Iets met machines",
      level: chosen.levels[0]!,
      pupils: "24",
      groups: "1",
      date1: inFuture(30),
      place: "any",
    };
    const refused = await post("teacher", "/vragen/nieuw?organisatie=kiremko", new URLSearchParams({ ...fields, title: "" }));
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(heading(again)).toBe("Aanvraag bij Kiremko");
    expect(again).toMatch(new RegExp(`<option value="${chosen.id}" selected=""`));

    const created = await post("teacher", "/vragen/nieuw?organisatie=kiremko", new URLSearchParams(fields));
    expect(created.status, created.status === 400 ? (await created.text()).match(/utrecht-form-field-error-message[^>]*>[^<]*/g)?.join(" | ") : "").toBeOneOf([302, 303]);
    const id = /^\/vragen\/([0-9a-f-]{36})\?opgeslagen$/.exec(created.headers.get("location") ?? "")?.[1];
    expect(id).toBeTruthy();
    const [request] = await h.query<{ mode: string; direct_offer_id: string }>(sql`select mode, direct_offer_id from lesson_request where id = ${id}`);
    expect(request).toEqual({ mode: "direct", direct_offer_id: chosen.id });
    // Kiremko is the one asked: the request is an appointment with it, and with nobody else.
    const asked = await h.query<{ slug: string }>(sql`select g.slug from appointment a join offer o on o.id = a.offer_id join organisation g on g.id = o.organisation_id where a.request_id = ${id}`);
    expect(asked.map((a) => a.slug)).toEqual(["kiremko"]);
  });

  test("an address naming nobody who can be asked gives the open form with a notice, never an error", async () => {
    const [school] = await h.query<{ slug: string; name: string }>(sql`select slug, name from organisation where kind = 'school' order by slug limit 1`);
    const [quiet] = await h.query<{ slug: string; name: string }>(sql`select g.slug, g.name from organisation g where g.kind = 'company'
      and not exists (select 1 from offer o where o.organisation_id = g.id and o.status = 'published' and o.hidden_at is null) order by g.slug limit 1`);
    const cases: [string, string][] = [
      ["bestaat-niet", "De organisatie uit de link kennen wij niet."],
      [encodeURIComponent("Kiremko'; drop table offer; --"), "De organisatie uit de link kennen wij niet."],
      ["x".repeat(5000), "De organisatie uit de link kennen wij niet."],
      [school!.slug, `${school!.name} biedt geen gastlessen of bezoeken aan.`],
      ...(quiet ? [[quiet.slug, `${quiet.name} heeft op dit moment geen aanbod open staan.`] as [string, string]] : []),
    ];
    for (const [slug, notice] of cases) {
      const page = await get(`/vragen/nieuw?organisatie=${slug}`);
      expect(page.status, slug).toBe(200);
      expect(heading(page.html), slug).toBe("Nieuwe vraag");
      expect(page.html.replaceAll("&#x27;", "'").replaceAll("&amp;", "&"), slug).toContain(notice);
      expect(page.html, slug).toContain('<input type="hidden" name="mode" value="open"/>');
      expect(offerChoices(page.html), slug).toEqual([]);
    }
    // Twice the parameter, or empty: the first one counts, an empty one is no organisation at all.
    expect(heading((await get("/vragen/nieuw?organisatie=kiremko&organisatie=bestaat-niet")).html)).toBe("Aanvraag bij Kiremko");
    expect((await get("/vragen/nieuw?organisatie=")).html).not.toContain("kennen wij niet");
  });
});
