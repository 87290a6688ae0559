/**
 * Contract tests of the public API (ADR 028): against the running production build, on both
 * databases, every operation of the served OpenAPI document is called with realistic parameters
 * (and with a wrong one), and every answer is validated against the document: a documented status,
 * the `API-Version` header the document states, the documented content type, and the body by the
 * response's JSON Schema (Ajv, draft 2020-12 as OpenAPI 3.1 uses). An operation without cases here
 * fails the test, so a new one cannot go unchecked. Keyed operations (ADR 029) are called as an
 * organisation's system would: with a key made on the organisation's page, without a cookie.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type Harness } from "../support/app-harness.ts";

type Json = Record<string, unknown>;
/** A call: path parameters, query, JSON body, and which key it carries (none: a visitor's call). */
type Case = { query?: string; status: number; params?: Record<string, string>; body?: unknown; key?: "courses" | "offers" };

const inDays = (days: number, hour = 18) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString().replace(/\.\d+Z$/, "+00:00");
const COURSE = { title: "Contract: PLC-programmeren", summary: "Drie avonden PLC in de praktijk.", topics: ["plc"], targetGroups: ["werknemers"], level: "mbo-3", format: "online", priceCents: 0, published: true };
const SESSION = { startsAt: inDays(40), endsAt: inDays(40, 21), registrationDeadline: inDays(38), capacity: 12 };
const OFFER = { kind: "gastles", title: "Contract: gastles lassen", levels: ["vmbo-kader"], locations: ["school"], published: true };
const PROVIDER = { slug: "obm-midden-nederland", externalId: "CONTRACT-1" };
const SESSION_PARAMS = { ...PROVIDER, sessionId: "CONTRACT-S1" };
const COMPANY = { slug: "kiremko", externalId: "CONTRACT-GL1" };

/** Per operationId: realistic calls and a wrong one. Slugs come from the demo seed. */
const CASES: Record<string, Case[]> = {
  getOpenApiDocument: [{ status: 200 }],
  listNetworks: [
    { status: 200 },
    { query: "q=techniek&pageSize=5", status: 200 },
    { query: "province=Utrecht&kind=technet&kind=pps&page=1", status: 200 },
    { query: "page=999", status: 200 },
    { query: "pageSize=101", status: 400 },
    { query: "province=Atlantis", status: 400 },
    { query: "fields=slug,name&pageSize=5", status: 200 },
    { query: "fields=slug,colour", status: 400 },
  ],
  listOrganisations: [
    { status: 200 },
    { query: "q=tech&kind=company", status: 200 },
    { query: "kind=club", status: 400 },
    { query: "province=Utrecht&kind=company&page=2", status: 200 },
    { query: "province=Atlantis", status: 400 },
    { query: "pagina=2", status: 400 },
    { query: "fields=name,url", status: 200 },
  ],
  listOffers: [
    { status: 200 },
    { query: "near=Utrecht", status: 200 },
    { query: "q=techniek&kind=gastles&location=school", status: 200 },
    { query: "near=Nergenshuizen-aan-Zee", status: 400 },
    { query: "level=groep-9", status: 400 },
    { query: "near=Utrecht&radiusKm=50", status: 200 },
    { query: "near=Utrecht&radiusKm=0", status: 400 },
    { query: "near=Utrecht&radiusKm=201", status: 400 },
    { query: "near=Utrecht&radiusKm=ver", status: 400 },
    { query: "radiusKm=10", status: 400 },
    { query: "near=Utrecht&radiusKm=100&fields=title,distanceKm", status: 200 },
    { query: "fields=title,organisation.name", status: 400 },
  ],
  listCourses: [
    { status: 200 },
    { query: "near=Utrecht&radiusKm=50", status: 200 },
    { query: "from=2026-01-01&until=2030-12-31&page=1", status: 200 },
    { query: "from=1-1-2026", status: 400 },
    { query: "radiusKm=-5", status: 400 },
    { query: "near=Utrecht&radiusKm=201", status: 400 },
    { query: "fields=slug,nextSession", status: 200 },
    { query: "fields=", status: 400 },
  ],
  listCourseSessions: [
    { params: { slug: "mig-mag-lassen-voor-beginners" }, status: 200 },
    { params: { slug: "mig-mag-lassen-voor-beginners" }, query: "page=2&pageSize=1", status: 200 },
    { params: { slug: "no-such-course" }, status: 404 },
    { params: { slug: "mig-mag-lassen-voor-beginners" }, query: "pageSize=0", status: 400 },
    { params: { slug: "mig-mag-lassen-voor-beginners" }, query: "fields=startsAt,freePlaces", status: 200 },
  ],
  listNetworkAgenda: [
    { params: { slug: "technet-utrecht" }, status: 200 },
    { params: { slug: "technet-utrecht" }, query: "pageSize=1&page=2", status: 200 },
    { params: { slug: "no-such-network" }, status: 404 },
    { params: { slug: "Not_A_Slug" }, status: 400 },
    { params: { slug: "technet-utrecht" }, query: "fields=kind,title,startsOn", status: 200 },
  ],
  listEvents: [{ status: 200 }, { query: "page=2", status: 200 }, { query: "page=zero", status: 400 }, { query: "fields=slug", status: 200 }, { query: "fields=slug&fields=name", status: 400 }],
  listArticles: [
    { status: 200 },
    { query: "network=technet-utrecht", status: 200 },
    { query: "network=no-such-network", status: 404 },
    { query: "page=0", status: 400 },
    { query: "network=technet-utrecht&fields=title,publishedAt", status: 200 },
    { query: "province=Utrecht", status: 200 },
    { query: "province=Atlantis", status: 400 },
    { query: "province=Utrecht&network=technet-utrecht", status: 400 },
  ],
  // In the document's order: the course, its session, the session cancelled, its registrations.
  putCourse: [
    { params: PROVIDER, body: COURSE, status: 401 },
    { params: PROVIDER, body: COURSE, key: "offers", status: 403 },
    { params: PROVIDER, body: { ...COURSE, level: "groep-9" }, key: "courses", status: 400 },
    { params: PROVIDER, body: COURSE, key: "courses", status: 201 },
    { params: PROVIDER, body: COURSE, key: "courses", status: 200 },
    { params: { ...PROVIDER, slug: "kiremko" }, body: COURSE, key: "courses", status: 403 },
    // A second course, for the DELETE below (the first keeps its session).
    { params: { ...PROVIDER, externalId: "CONTRACT-2" }, body: COURSE, key: "courses", status: 201 },
  ],
  deleteCourse: [
    { params: { ...PROVIDER, externalId: "CONTRACT-2" }, status: 401 },
    { params: { ...PROVIDER, externalId: "CONTRACT-2" }, key: "offers", status: 403 },
    { params: { ...PROVIDER, externalId: "CONTRACT-2" }, key: "courses", status: 204 },
    { params: { ...PROVIDER, externalId: "CONTRACT-2" }, key: "courses", status: 204 },
    { params: { ...PROVIDER, externalId: "NO-SUCH-COURSE" }, key: "courses", status: 404 },
  ],
  putCourseSession: [
    { params: SESSION_PARAMS, body: SESSION, key: "courses", status: 201 },
    { params: SESSION_PARAMS, body: SESSION, key: "courses", status: 200 },
    { params: SESSION_PARAMS, body: { ...SESSION, capacity: -1 }, key: "courses", status: 400 },
    { params: { ...SESSION_PARAMS, externalId: "NO-SUCH-COURSE" }, body: SESSION, key: "courses", status: 404 },
  ],
  cancelCourseSession: [
    { params: SESSION_PARAMS, key: "courses", status: 204 },
    { params: SESSION_PARAMS, key: "courses", status: 400 },
  ],
  listSessionRegistrations: [
    { params: SESSION_PARAMS, status: 401 },
    { params: SESSION_PARAMS, key: "courses", status: 200 },
    { params: SESSION_PARAMS, key: "offers", status: 403 },
  ],
  putOffer: [
    { params: COMPANY, body: OFFER, key: "offers", status: 201 },
    { params: COMPANY, body: OFFER, key: "offers", status: 200 },
    { params: COMPANY, body: { ...OFFER, kind: "excursie-naar-mars" }, key: "offers", status: 400 },
    { params: COMPANY, body: OFFER, key: "courses", status: 403 },
  ],
  deleteOffer: [
    { params: COMPANY, key: "courses", status: 403 },
    { params: COMPANY, key: "offers", status: 204 },
    { params: { ...COMPANY, externalId: "NO-SUCH-OFFER" }, key: "offers", status: 404 },
  ],
};

let h: Harness;
let doc: Json;
const keys: Record<"courses" | "offers", string> = { courses: "", offers: "" };

/** A key made on the organisation's page, as its administrator would; the secret is read from the answer. */
async function makeKey(role: "company" | "provider", slug: string, scopes: string[]) {
  const form = new URLSearchParams({ intent: "create", name: "Contract" });
  for (const scope of scopes) form.append("scopes[]", scope);
  const response = await h.request(role, `/organisaties/${slug}/api-sleutels`, {
    method: "POST",
    headers: { origin: h.baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  const token = /thk_[A-Za-z0-9_-]{43}/.exec(await response.text())?.[0];
  expect(token, `a key for ${slug}`).toBeTruthy();
  return token!;
}
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  h = await startApp();
  const response = await h.request("visitor", "/api/v1/openapi.json");
  expect(response.status).toBe(200);
  doc = (await response.json()) as Json;
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  keys.courses = await makeKey("provider", PROVIDER.slug, ["courses:write", "registrations:read"]);
  keys.offers = await makeKey("company", COMPANY.slug, ["offers:write"]);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Follows an OpenAPI `$ref` inside the document (responses, headers). */
function deref<T>(value: T): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value;
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Json)[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc) as T;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

type Operation = { operationId: string; responses: Record<string, Json>; parameters?: { name: string; in: string }[] };

function operations(): { path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
}

/**
 * A list that takes `fields` documents each item as the whole thing or its sparse variant (anyOf),
 * which a cut answer and a whole one both fit. So that the sparse variant does not loosen the
 * contract, an answer without `fields` must fit the whole item, and one with `fields` must hold
 * exactly the fields asked for.
 */
function checkFields(where: string, query: string | undefined, body: unknown, content: { schema: Json }): string[] {
  const schema = deref(content.schema) as { properties?: Record<string, { items?: { anyOf?: { $ref: string }[] } }> };
  const list = Object.entries(schema.properties ?? {}).find(([, p]) => p.items?.anyOf?.length === 2);
  if (!list) return [];
  const [key, property] = list;
  const items = (body as Record<string, Json[]>)[key] ?? [];
  const asked = new URLSearchParams(query ?? "").get("fields");
  if (asked !== null) {
    const wanted = [...new Set(asked.split(","))].sort().join(",");
    return items.flatMap((item, i) => (Object.keys(item).sort().join(",") === wanted ? [] : [`${where}: item ${i} holds ${Object.keys(item).join(",")}, asked ${asked}`]));
  }
  const whole = ajv.compile({ $ref: `openapi.json${property.items!.anyOf![0]!.$ref}` });
  return items.flatMap((item, i) => (whole(item) ? [] : [`${where}: item ${i} is not a whole item: ${ajv.errorsText(whole.errors)}`]));
}

describe("every documented operation, against the document", () => {
  test("has cases here (a new operation needs them)", () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(ids.filter((id) => !CASES[id])).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  test("answers as documented: status, API-Version, content type and body", async () => {
    const version = (doc.info as Json).version;
    const failures: string[] = [];
    let checked = 0;
    for (const { path, method, op } of operations()) {
      for (const c of CASES[op.operationId] ?? []) {
        const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(c.params?.[name] ?? `{${name}}`));
        const address = `/api/v1${filled}${c.query ? `?${c.query}` : ""}`;
        // As another site's system would call: no cookie, its own origin, JSON.
        const headers: Record<string, string> = c.key || c.body !== undefined ? { origin: "https://systeem.example" } : {};
        if (c.key) headers.authorization = `Bearer ${keys[c.key]}`;
        if (c.body !== undefined) headers["content-type"] = "application/json";
        const response = await h.request("visitor", address, { method: method.toUpperCase(), headers, body: c.body === undefined ? undefined : JSON.stringify(c.body) });
        const where = `${method.toUpperCase()} ${address}`;
        if (response.status !== c.status) failures.push(`${where}: ${response.status}, expected ${c.status}`);
        if (response.headers.get("api-version") !== version) failures.push(`${where}: API-Version ${response.headers.get("api-version")}`);
        if (response.headers.get("access-control-allow-origin") !== "*") failures.push(`${where}: no CORS`);
        const documented = op.responses[String(response.status)];
        if (!documented) {
          failures.push(`${where}: status ${response.status} is not documented`);
          continue;
        }
        const answer = deref(documented) as { content?: Record<string, unknown>; headers?: Record<string, unknown> };
        if (response.status === 204) {
          if ((await response.text()) !== "") failures.push(`${where}: a body on 204`);
          checked++;
          continue;
        }
        const type = (response.headers.get("content-type") ?? "").split(";")[0]!;
        if (!answer.content?.[type]) {
          failures.push(`${where}: content type ${type} is not documented for ${response.status}`);
          continue;
        }
        for (const header of Object.keys(answer.headers ?? {})) {
          if (!response.headers.has(header)) failures.push(`${where}: documented header ${header} missing`);
        }
        const body = await response.json();
        // The schema as the document holds it, by pointer, so its $refs resolve inside the document.
        const base =
          documented.$ref !== undefined
            ? `${String(documented.$ref).slice(1)}/content/${pointer(type)}/schema`
            : `/${pointer("paths", path, method, "responses", String(response.status), "content", type, "schema")}`;
        const validate = ajv.compile({ $ref: `openapi.json#${base}` });
        if (!validate(body)) failures.push(`${where}: body does not fit the schema: ${ajv.errorsText(validate.errors)}`);
        failures.push(...checkFields(where, c.query, body, answer.content[type] as { schema: Json }));
        checked++;
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(Object.values(CASES).flat().length);
  }, 240_000);

  test("fields: an unknown name is a problem naming the parameter and the field; a cut list keeps its page and links", async () => {
    const refused = await h.request("visitor", "/api/v1/offers?fields=title,colour", { headers: { "accept-language": "en" } });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { invalidParams: { name: string; reason: string }[] };
    expect(problem.invalidParams).toHaveLength(1);
    expect(problem.invalidParams[0]!.name).toBe("fields");
    expect(problem.invalidParams[0]!.reason).toContain("colour");
    expect(problem.invalidParams[0]!.reason).toContain("distanceKm");

    const whole = (await (await h.request("visitor", "/api/v1/networks?pageSize=2")).json()) as { networks: Json[]; page: Json; links: Record<string, { href: string }> };
    const cut = (await (await h.request("visitor", "/api/v1/networks?pageSize=2&fields=name")).json()) as typeof whole;
    expect(cut.networks).toEqual(whole.networks.map((n) => ({ name: n.name })));
    expect(cut.page).toEqual(whole.page);
    // The next page is cut the same way.
    expect(new URL(cut.links.next!.href).searchParams.get("fields")).toBe("name");
  });

  test("offers within a radius of a place: only offers meeting in person that near, nearest first", async () => {
    const read = async (query: string) => ((await (await h.request("visitor", `/api/v1/offers?${query}`)).json()) as { offers: { distanceKm: number | null; locations: string[] }[]; page: { totalElements: number } });
    const reaching = await read("near=Utrecht");
    const wide = await read("near=Utrecht&radiusKm=200");
    const narrow = await read("near=Utrecht&radiusKm=5");
    expect(wide.offers.length).toBeGreaterThan(0);
    for (const [radius, answer] of [[200, wide], [5, narrow]] as const) {
      for (const offer of answer.offers) {
        expect(offer.distanceKm).not.toBeNull();
        expect(offer.distanceKm!).toBeLessThanOrEqual(radius);
      }
      const distances = answer.offers.map((o) => o.distanceKm!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    }
    // The demo seed has offers in Utrecht and some 16 km away, and offers that reach Utrecht only
    // online: a radius of 5 km leaves out the second, any radius the third.
    expect(reaching.offers.some((o) => o.distanceKm === null)).toBe(true);
    expect(narrow.page.totalElements).toBeLessThan(wide.page.totalElements);
    expect(wide.page.totalElements).toBeLessThan(reaching.page.totalElements);

    const alone = await h.request("visitor", "/api/v1/offers?radiusKm=10");
    expect(alone.status).toBe(400);
    expect(((await alone.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual(["radiusKm"]);
  });

  test("the articles of one province are those of its networks, a bad province is named, a merged network's are its successor's", async () => {
    const { sql } = await import("drizzle-orm");
    const inUtrecht = new Set((await h.query<{ slug: string }>(sql`select slug from network where province = 'Utrecht'`)).map((r) => r.slug));
    const [published] = await h.query<{ count: number }>(
      sql`select count(*)::int as count from article a join network n on n.id = a.network_id
          where n.province = 'Utrecht' and a.status = 'published' and a.published_at <= now() and a.hidden_at is null`,
    );
    const utrecht = (await (await h.request("visitor", "/api/v1/articles?province=Utrecht")).json()) as { articles: { network: { slug: string } }[]; page: { totalElements: number } };
    expect(utrecht.articles.length).toBeGreaterThan(0);
    expect(utrecht.articles.every((a) => inUtrecht.has(a.network.slug))).toBe(true);
    expect(utrecht.page.totalElements).toBe(published!.count);
    // A merged network's articles are those of the network it was merged into, as /nieuws sends on to.
    await h.query(sql`insert into network (slug, name, kind, archived_at, merged_into_id)
      select 'contract-opgegaan', 'Contract: opgegaan', kind, now(), id from network where slug = 'technet-utrecht'`);
    const merged = (await (await h.request("visitor", "/api/v1/articles?network=contract-opgegaan")).json()) as typeof utrecht;
    expect(merged.articles.length).toBeGreaterThan(0);
    expect(new Set(merged.articles.map((a) => a.network.slug))).toEqual(new Set(["technet-utrecht"]));
    for (const [query, names] of [
      ["province=Atlantis", ["province"]],
      ["province=utrecht", ["province"]],
      ["province=Utrecht&network=technet-utrecht", ["province"]],
    ] as const) {
      const refused = await h.request("visitor", `/api/v1/articles?${query}`);
      expect(refused.status, query).toBe(400);
      expect(((await refused.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name), query).toEqual(names);
    }
  });

  test("the organisations of one province are those /organisaties shows for it, a page at a time; an unknown province is a problem naming it", async () => {
    const { sql } = await import("drizzle-orm");
    // More than a page (20) in one province, so the filter is seen to hold across pages.
    await h.query(sql`insert into organisation (slug, name, kind, place, province)
      select 'contract-zeeland-' || n, 'Contract Zeeland ' || lpad(n::text, 2, '0'), 'company', 'Middelburg', 'Zeeland' from generate_series(1, 23) n`);
    const inZeeland = (await h.query<{ slug: string }>(sql`select slug from organisation where province = 'Zeeland'`)).map((r) => r.slug);
    type List = { organisations: { slug: string; province: string | null }[]; page: { number: number; totalElements: number; totalPages: number }; links: Record<string, { href: string }> };
    const read = async (address: string) => {
      const response = await h.request("visitor", address);
      expect(response.status, address).toBe(200);
      return (await response.json()) as List;
    };

    const first = await read("/api/v1/organisations?province=Zeeland");
    expect(first.organisations).toHaveLength(20);
    expect(first.page).toEqual({ number: 1, size: 20, totalElements: inZeeland.length, totalPages: Math.ceil(inZeeland.length / 20) });
    // The next page keeps the filter.
    const next = new URL(first.links.next!.href);
    expect(Object.fromEntries(next.searchParams)).toEqual({ province: "Zeeland", page: "2" });
    const second = await read(`${next.pathname}${next.search}`);
    expect(second.organisations).toHaveLength(inZeeland.length - 20);
    expect(second.links.next).toBeUndefined();
    const slugs = [...first.organisations, ...second.organisations].map((o) => o.slug);
    expect(slugs.sort()).toEqual([...inZeeland].sort());
    expect([...first.organisations, ...second.organisations].every((o) => o.province === "Zeeland")).toBe(true);

    // The same use-case as the page: its first page lists the same organisations.
    const html = await (await h.request("visitor", "/organisaties?provincie=Zeeland")).text();
    for (const o of first.organisations) expect(html, o.slug).toContain(`href="/organisaties/${o.slug}"`);

    // With the other filters: the province and the kind both hold.
    const [schools] = await h.query<{ count: number }>(sql`select count(*)::int as count from organisation where province = 'Zeeland' and kind = 'school'`);
    const zeelandSchools = await read("/api/v1/organisations?province=Zeeland&kind=school");
    expect(zeelandSchools.page.totalElements).toBe(schools!.count);
    expect(zeelandSchools.organisations.every((o) => o.province === "Zeeland" && !o.slug.startsWith("contract-zeeland-"))).toBe(true);

    // Not one of the twelve as stored (a typo, other capitals, empty, twice): 400, the parameter named.
    for (const query of ["province=Atlantis", "province=zeeland", "province=", "province=Zeeland&province=Utrecht", "province=Atlantis&page=2"]) {
      const refused = await h.request("visitor", `/api/v1/organisations?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get("content-type"), query).toMatch(/^application\/problem\+json/);
      const problem = (await refused.json()) as { status: number; title: string; detail: string; invalidParams: { name: string; reason: string }[] };
      expect(problem, query).toMatchObject({ status: 400, title: "Ongeldige invoer", detail: "Een of meer parameters kloppen niet; zie invalidParams." });
      expect(problem.invalidParams.map((p) => p.name), query).toEqual(["province"]);
    }
    const atlantis = (await (await h.request("visitor", "/api/v1/organisations?province=Atlantis")).json()) as { invalidParams: { code: string; reason: string }[] };
    expect(atlantis.invalidParams[0]).toMatchObject({ code: "invalid_value", reason: expect.stringMatching(/^Kies uit: Drenthe, Flevoland, .*Zuid-Holland\.$/) });
  });

  test("a list's pages and its problems really hold data: the demo seed's networks, courses and news are there", async () => {
    for (const [path, key] of [
      ["/api/v1/networks", "networks"],
      ["/api/v1/organisations", "organisations"],
      ["/api/v1/offers", "offers"],
      ["/api/v1/courses", "courses"],
      ["/api/v1/events", "events"],
      ["/api/v1/articles", "articles"],
      ["/api/v1/courses/mig-mag-lassen-voor-beginners/sessions", "sessions"],
      ["/api/v1/networks/technet-utrecht/agenda-items", "items"],
    ] as const) {
      const body = (await (await h.request("visitor", path)).json()) as Record<string, unknown[]>;
      expect(body[key]!.length, path).toBeGreaterThan(0);
    }
  });
});
