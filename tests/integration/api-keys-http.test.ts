/**
 * API keys over HTTP against the production build (ADR 029): a key made on the organisation's page
 * and shown once, 401 for a missing/unknown/revoked key, 403 for a missing scope or another
 * organisation, the writes with their rules, the RateLimit headers and 429, and no key in any log line.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { sql } from "drizzle-orm";
import { startApp, type Harness } from "../support/app-harness.ts";

let h: Harness;
const PER_KEY = 15;
const PER_ADDRESS = 40;
/** Every key this file makes, and every line the app logs while it runs (the last test reads them). */
const tokens: string[] = [];
const lines: string[] = [];

beforeAll(async () => {
  // The app logs at info here (the harness is silent otherwise), into the captured lines only.
  const capture = (chunk: unknown) => (lines.push(String(chunk)), true);
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  h = await startApp({
    env: { LOG_LEVEL: "info", API_RATE_LIMIT_PER_KEY: String(PER_KEY), API_RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS), API_RATE_LIMIT_WINDOW_SECONDS: "3600" },
  });
}, 180_000);

afterAll(async () => {
  await h?.close();
  vi.restoreAllMocks();
});

/** Makes a key through the organisation's page, as its administrator would; the secret is read from the answer. */
async function makeKey(role: "company" | "provider", slug: string, name: string, scopes: string[]) {
  const form = new URLSearchParams({ intent: "create", name });
  for (const scope of scopes) form.append("scopes[]", scope);
  const response = await h.request(role, `/organisaties/${slug}/api-sleutels`, {
    method: "POST",
    headers: { origin: h.baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toContain("no-store");
  const html = await response.text();
  const token = /thk_[A-Za-z0-9_-]{43}/.exec(html)?.[0];
  expect(token).toBeTruthy();
  tokens.push(token!);
  return token!;
}

async function revoke(role: "company" | "provider", slug: string, token: string) {
  const [row] = await h.query<{ id: string }>(sql`select id from api_key where prefix = ${token.slice(0, 12)}`);
  const response = await h.request(role, `/organisaties/${slug}/api-sleutels`, {
    method: "POST",
    headers: { origin: h.baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "revoke", keyId: row!.id }),
  });
  expect([302, 303]).toContain(response.status);
}

/** A call as an organisation's system: no cookie, from another site, JSON. */
function call(path: string, init: { method?: string; key?: string; header?: "bearer" | "x-api-key"; body?: unknown } = {}) {
  const headers: Record<string, string> = { origin: "https://systeem.example" };
  if (init.key) {
    if (init.header === "x-api-key") headers["x-api-key"] = init.key;
    else headers.authorization = `Bearer ${init.key}`;
  }
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return h.request("visitor", `/api/v1${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; detail: string; invalidParams?: { name: string }[] };
}

const course = {
  title: "PLC-programmeren Siemens S7",
  summary: "Drie avonden PLC in de praktijk.",
  topics: ["plc"],
  targetGroups: ["werknemers"],
  level: "mbo-3",
  format: "online",
  priceCents: 29500,
  published: true,
};
const inDays = (days: number, hour = 18) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString().replace(/\.\d+Z$/, "+00:00");
const session = (capacity: number) => ({ startsAt: inDays(40), endsAt: inDays(40, 21), registrationDeadline: inDays(38), capacity });

describe("keys on the organisation's page", () => {
  test("the secret is in the answer that made it and nowhere after; only the hash is stored", async () => {
    const token = await makeKey("company", "kiremko", "Shown once", ["offers:write"]);
    const page = await (await h.request("company", "/organisaties/kiremko/api-sleutels")).text();
    expect(page).toContain(token.slice(0, 12));
    expect(page).not.toContain(token);
    const stored = await h.query(sql`select * from api_key where prefix = ${token.slice(0, 12)}`);
    expect(JSON.stringify(stored)).not.toContain(token.slice(12));
  });
});

describe("authentication and scopes", () => {
  let offersKey: string;
  let coursesKey: string;
  beforeAll(async () => {
    offersKey = await makeKey("company", "kiremko", "Aanbod", ["offers:write"]);
    coursesKey = await makeKey("provider", "obm-midden-nederland", "Cursussen", ["courses:write", "registrations:read"]);
  });

  test("no key on a keyed operation: 401 problem with the Bearer challenge", async () => {
    const response = await call("/organisations/obm-midden-nederland/courses/CRS-1", { method: "PUT", body: course });
    await problem(response, 401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="technohub"');
  });

  test("an unknown key: 401 with invalid_token, also on a public read", async () => {
    const unknown = "thk_" + "A".repeat(43);
    const response = await call("/networks", { key: unknown });
    await problem(response, 401);
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  test("a key without the scope: 403 problem naming it", async () => {
    const body = await problem(await call("/organisations/kiremko/courses/CRS-1", { method: "PUT", key: offersKey, body: course }), 403);
    expect(body.detail).toContain("courses:write");
  });

  test("a key of another organisation: 403, and nothing written there", async () => {
    await problem(await call("/organisations/kiremko/offers/GL-1", { method: "PUT", key: coursesKey, header: "x-api-key", body: {} }), 403);
    const body = await problem(await call("/organisations/obm-midden-nederland/courses/CRS-X", { method: "PUT", key: offersKey, body: course }), 403);
    expect(body.status).toBe(403);
    expect(await h.query(sql`select 1 from course where external_id = 'CRS-X'`)).toHaveLength(0);
  });

  test("a course and its session put twice stay one; capacity below the places taken is a 409; registrations read back", async () => {
    const first = await call("/organisations/obm-midden-nederland/courses/CRS-1", { method: "PUT", key: coursesKey, body: course });
    // Made by this call: 201 with the address it was put to; the same put again updates: 200, no Location.
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`${h.baseUrl}/api/v1/organisations/obm-midden-nederland/courses/CRS-1`);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const made = (await first.json()) as { slug: string; created: boolean; url: string };
    expect(made.created).toBe(true);
    const updated = await call("/organisations/obm-midden-nederland/courses/CRS-1", { method: "PUT", key: coursesKey, header: "x-api-key", body: { ...course, title: "PLC S7-1500" } });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("location")).toBeNull();
    const again = (await updated.json()) as { slug: string; created: boolean };
    expect(again).toMatchObject({ slug: made.slug, created: false });
    expect(await h.query(sql`select title from course where external_id = 'CRS-1'`)).toEqual([{ title: "PLC S7-1500" }]);

    const path = "/organisations/obm-midden-nederland/courses/CRS-1/sessions/S-1";
    expect((await call(path, { method: "PUT", key: coursesKey, body: session(2) })).status).toBe(201);
    expect((await call(path, { method: "PUT", key: coursesKey, body: session(2) })).status).toBe(200);
    const [row] = await h.query<{ id: string }>(sql`select id from course_session where external_id = 'S-1'`);
    await h.query(sql`insert into registration (session_id, participant_name, participant_email, status, token) values
      (${row!.id}, 'Sanne', 'sanne@example.nl', 'confirmed', 'api-t-1'), (${row!.id}, 'Ali', 'ali@example.nl', 'confirmed', 'api-t-2')`);
    await h.query(sql`update course_session set places_taken = 2 where id = ${row!.id}`);
    const lower = await problem(await call(path, { method: "PUT", key: coursesKey, body: session(1) }), 409);
    expect(lower.detail).toContain("2");

    const list = await call(`${path}/registrations`, { key: coursesKey });
    expect(list.status).toBe(200);
    const registrations = ((await list.json()) as { registrations: { email: string }[] }).registrations;
    expect(registrations.map((r) => r.email).sort()).toEqual(["ali@example.nl", "sanne@example.nl"]);

    // A body that breaks the schema: 400 naming the field.
    const bad = await problem(await call(path, { method: "PUT", key: coursesKey, body: { ...session(3), endsAt: inDays(39) } }), 400);
    expect(bad.invalidParams!.map((p) => p.name)).toContain("endsAt");

    expect((await call(path, { method: "DELETE", key: coursesKey })).status).toBe(204);
    await problem(await call(path, { method: "DELETE", key: coursesKey }), 400);
  });


  test("a company's key keeps its offer by its own id", async () => {
    const offer = { kind: "gastles", title: "Gastles RVS-lassen", levels: ["vmbo-kader"], locations: ["school"], published: true };
    const made = await call("/organisations/kiremko/offers/GL-1", { method: "PUT", key: offersKey, body: offer });
    expect(made.status).toBe(201);
    expect(made.headers.get("location")).toBe(`${h.baseUrl}/api/v1/organisations/kiremko/offers/GL-1`);
    const first = (await made.json()) as { id: string; created: boolean; status: string };
    expect(first).toMatchObject({ created: true, status: "published" });
    const updated = await call("/organisations/kiremko/offers/GL-1", { method: "PUT", key: offersKey, body: { ...offer, title: "Gastles lassen" } });
    expect(updated.status).toBe(200);
    const again = (await updated.json()) as { id: string; created: boolean };
    expect(again).toMatchObject({ id: first.id, created: false });

  });

  test("an expired key: 401 problem saying so; the keys page shows it expired", async () => {
    const key = await makeKey("company", "kiremko", "Oud", ["offers:write"]);
    expect((await call("/networks?pageSize=1", { key })).status).toBe(200);
    await h.query(sql`update api_key set expires_at = now() - interval '1 minute' where prefix = ${key.slice(0, 12)}`);
    const response = await call("/networks?pageSize=1", { key });
    const body = await problem(response, 401);
    expect(body.detail).toContain("verlopen");
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    const page = await (await h.request("company", "/organisaties/kiremko/api-sleutels")).text();
    expect(page).toContain("Verlopen");
  });

  test("a revoked key is refused from the next request on", async () => {
    const key = await makeKey("company", "kiremko", "Weg ermee", ["offers:write"]);
    expect((await call("/networks?pageSize=1", { key })).status).toBe(200);
    await revoke("company", "kiremko", key);
    const response = await call("/networks?pageSize=1", { key });
    await problem(response, 401);
  });
});


describe("DELETE of a course or an offer (keys of their own: the limit per key is low here)", () => {
  let deleter: string;
  let companyKey: string;
  beforeAll(async () => {
    deleter = await makeKey("provider", "obm-midden-nederland", "Opruimen", ["courses:write"]);
    companyKey = await makeKey("company", "kiremko", "Opruimen", ["offers:write"]);
  });

  test("deleting a course archives it as its page does: out of the catalogue, its registrations kept; a PUT brings it back", async () => {
    const coursePath = "/organisations/obm-midden-nederland/courses/CRS-DEL";
    const kept = { ...course, title: "Hydrauliek voor monteurs" };
    expect((await call(coursePath, { method: "PUT", key: deleter, body: kept })).status).toBe(201);
    expect((await call(`${coursePath}/sessions/S-DEL`, { method: "PUT", key: deleter, body: session(5) })).status).toBe(201);
    const [row] = await h.query<{ id: string; slug: string }>(sql`select s.id, c.slug from course_session s join course c on c.id = s.course_id where s.external_id = 'S-DEL'`);
    await h.query(sql`insert into registration (session_id, participant_name, participant_email, status, token) values (${row!.id}, 'Noor', 'noor@example.nl', 'confirmed', 'api-del-1')`);
    const inCatalogue = async () => ((await (await call("/courses?q=hydrauliek", { key: deleter })).json()) as { courses: { slug: string }[] }).courses.some((c) => c.slug === row!.slug);
    expect(await inCatalogue()).toBe(true);

    await problem(await call(coursePath, { method: "DELETE", key: companyKey }), 403);
    const deleted = await call(coursePath, { method: "DELETE", key: deleter });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect(await h.query(sql`select status from course where external_id = 'CRS-DEL'`)).toEqual([{ status: "archived" }]);
    expect(await h.query(sql`select status from registration where session_id = ${row!.id}`)).toEqual([{ status: "confirmed" }]);
    expect(await inCatalogue()).toBe(false);
    expect((await h.request("visitor", `/cursussen/${row!.slug}`)).status).toBe(404);
    // Again: nothing changes; an id the provider never put: 404.
    expect((await call(coursePath, { method: "DELETE", key: deleter })).status).toBe(204);
    await problem(await call("/organisations/obm-midden-nederland/courses/CRS-NEVER", { method: "DELETE", key: deleter }), 404);

    expect((await call(coursePath, { method: "PUT", key: deleter, body: kept })).status).toBe(200);
    expect(await h.query(sql`select status from course where external_id = 'CRS-DEL'`)).toEqual([{ status: "published" }]);
  });

  test("deleting an offer archives it: out of the public list; another organisation's key may not", async () => {
    const offer = { kind: "gastles", title: "Gastles pneumatiek", levels: ["vmbo-kader"], locations: ["school"], published: true };
    const path = "/organisations/kiremko/offers/GL-DEL";
    const made = (await (await call(path, { method: "PUT", key: companyKey, body: offer })).json()) as { id: string };
    const listed = async () => ((await (await call("/offers?q=pneumatiek", { key: companyKey })).json()) as { offers: { id: string }[] }).offers.map((o) => o.id);
    expect(await listed()).toContain(made.id);
    await problem(await call(path, { method: "DELETE", key: deleter }), 403);
    expect((await call(path, { method: "DELETE", key: companyKey })).status).toBe(204);
    expect(await h.query(sql`select status from offer where id = ${made.id}`)).toEqual([{ status: "archived" }]);
    expect(await listed()).not.toContain(made.id);
    await problem(await call("/organisations/kiremko/offers/GL-NEVER", { method: "DELETE", key: companyKey }), 404);
  });
});

describe("rate limits", () => {
  test("every answer carries the RateLimit headers; over the limit a 429 with Retry-After", async () => {
    const key = await makeKey("company", "kiremko", "Druk", ["offers:write"]);
    const seen: Response[] = [];
    for (let i = 0; i <= PER_KEY; i++) seen.push(await call("/networks?pageSize=1", { key }));
    expect(seen[0]!.headers.get("ratelimit-limit")).toBe(String(PER_KEY));
    expect(seen.slice(0, PER_KEY).map((r) => r.headers.get("ratelimit-remaining"))).toEqual(Array.from({ length: PER_KEY }, (_, i) => String(PER_KEY - 1 - i)));
    const refused = seen[PER_KEY]!;
    await problem(refused, 429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    // Another key, or no key, has a limit of its own.
    const without = await call("/networks?pageSize=1");
    expect(without.status).toBe(200);
    expect(without.headers.get("ratelimit-limit")).toBe(String(PER_ADDRESS));
  });
});

describe("logs", () => {
  test("no key reaches a log line: not from headers, paths, query strings or errors", async () => {
    const key = await makeKey("provider", "obm-midden-nederland", "Logboek", ["courses:write"]);
    await call(`/networks?key=${key}`, { key });
    await call("/networks", { key, header: "x-api-key" });
    await call(`/organisations/obm-midden-nederland/courses/${key}`, { method: "PUT", key, body: course });
    await call("/organisations/obm-midden-nederland/courses/CRS-9", { method: "PUT", key, body: "nonsense" });
    await h.request("visitor", `/netwerken?key=${key}`, { headers: { authorization: `Bearer ${key}` } });
    const log = lines.join("");
    // The lines are there (one per request at least), and none holds a secret part of any key of this file.
    expect(log).toContain('"msg":"request"');
    expect(log).toContain("/api/v1/networks");
    expect(tokens.length).toBeGreaterThan(5);
    for (const token of tokens) expect(log).not.toContain(token.slice(12));
  });
});
