/**
 * Hostile input against the production build: for every route with an action, as the visitor, a
 * role that may use it and the administrator, random and hostile bodies (control characters,
 * invalid UTF-8, 100 KB strings, impossible dates, out-of-range numbers, arrays for scalars,
 * non-form bodies, broken multipart); for every page, hostile query strings and path segments.
 * The property: no answer is a 500, every answer comes within 10 s, and the server still answers
 * /healthz afterwards. Each test collects every failure it saw and lists them grouped by kind.
 *
 * Deterministic: FC_SEED (printed) fixes the inputs; FC_RUNS sets the runs per action route.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "~/routes.ts";
import { startApp, TEST_DB, type Harness, type Role } from "../support/app-harness.ts";
import { ROUTE_POLICIES, type RoutePolicy, type SeedParams } from "../support/route-policies.ts";
import { resolveParams } from "../support/seed-params.ts";
import { FORM_FIELDS, INTENTS, QUERY_KEYS } from "../support/form-fields.ts";

const SEED = Number(process.env.FC_SEED ?? 20_260_601);
const ACTION_RUNS = Number(process.env.FC_RUNS ?? 10);
const PAGE_RUNS = Math.max(2, Math.round(ACTION_RUNS / 2));
const ANSWER_WITHIN_MS = 10_000;
console.log(`bad-input: fast-check seed ${SEED} (FC_SEED to vary), ${ACTION_RUNS} runs per action, ${PAGE_RUNS} per page`);

type FlatRoute = { id: string; pattern: string };
function flatten(entries: RouteConfigEntry[], prefix = ""): FlatRoute[] {
  return entries.flatMap((entry) => {
    const path = [prefix, entry.path ?? ""].filter(Boolean).join("/");
    return [{ id: entry.id ?? entry.file.replace(/\.[^/.]+$/, ""), pattern: `/${path}` }, ...flatten(entry.children ?? [], path)];
  });
}
const ROUTES = flatten(routes).filter((r) => ROUTE_POLICIES[r.id]);

// ---------------------------------------------------------------------------------------------
// Hostile values

const HUGE = "x".repeat(100_000);
const hostileText = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\u0001\u0002\u0003\u0008\u001b\u001f\u007f",
    "\r\n\r\n",
    "\u202e\u200b\ufeff",
    "\ud800",
    "'; drop table \"user\"; --",
    "<script>alert(1)</script>",
    "../../../etc/passwd",
    "__proto__",
    "constructor",
    "   ",
    "",
  ),
  // Impossible and odd dates and times
  fc.constantFrom("2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "2026-1-1", "-000001-01-01", "2026-02-29", "24:00", "23:60", "99:99", "2026-03-01T25:61:00Z"),
  // Out-of-range and odd numbers
  fc.constantFrom("1e309", "-1e309", "-1", "0", "2147483648", "-2147483649", "9007199254740993", "NaN", "Infinity", "-0", "0x1F", "1e-400", "1,5", "١٢٣", "99999999999999999999999"),
  // Ids that are not ids
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "not-a-uuid", "ffffffff-ffff-ffff-ffff-ffffffffffffff", "1 OR 1=1"),
  fc.constant(HUGE),
  fc.constant(`a${"\u0000".repeat(1000)}`),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
);

function fieldsOf(routeId: string) {
  const known = FORM_FIELDS[routeId] ?? [];
  const name = fc.oneof(
    { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant("x") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom("a[]", "a[0]", "a[b]", "__proto__", "constructor", "", "\u0000", "x".repeat(5000)) },
  );
  const pairs = fc.array(fc.tuple(name, hostileText), { maxLength: 10 });
  // Arrays for scalars: the same key repeated, as a browser sends a multi-select.
  const repeated = fc.tuple(name, fc.array(hostileText, { minLength: 2, maxLength: 4 })).map(([k, vs]) => vs.map((v) => [k, v] as [string, string]));
  const intents = INTENTS[routeId] ?? [];
  const intent = intents.length ? fc.option(fc.constantFrom(...intents), { nil: undefined }) : fc.constant(undefined);
  return fc.tuple(intent, pairs, fc.option(repeated, { nil: undefined })).map(([i, p, r]) => [...(i ? [["intent", i] as [string, string]] : []), ...p, ...(r ?? [])]);
}

// ---------------------------------------------------------------------------------------------
// Bodies

/** encodeURIComponent throws on a lone surrogate; the raw-byte cases cover broken encodings instead. */
const wellFormed = (s: string) => s.toWellFormed();

type Body = { kind: string; contentType: string | null; body: Uint8Array | string };
const enc = new TextEncoder();
const concat = (parts: (Uint8Array | string)[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const INVALID_UTF8 = [Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xc0, 0xaf), Uint8Array.of(0xe0, 0xa4), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xf8, 0x88, 0x80, 0x80, 0x80)];
const BAD_ESCAPES = ["%E0%A4%A", "%ZZ", "%", "%%", "%00", "%C0%AF", "%FF%FE", "%ED%A0%80", "%u0041"];

function bodyArb(routeId: string): fc.Arbitrary<Body> {
  const fields = fieldsOf(routeId);
  const urlencoded = fields.map((pairs): Body => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return { kind: "urlencoded", contentType: "application/x-www-form-urlencoded", body: params.toString() };
  });
  // Raw bytes and broken percent escapes, which URLSearchParams would never produce.
  const rawUrlencoded = fc
    .tuple(fields, fc.array(fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.uint8Array({ maxLength: 20 })), { minLength: 1, maxLength: 3 }), fc.constantFrom(...BAD_ESCAPES))
    .map(([pairs, bytes, escape]): Body => {
      const parts: (Uint8Array | string)[] = [];
      const names = pairs.length ? pairs.map(([k]) => k) : ["x"];
      for (const k of names) parts.push(`${encodeURIComponent(wellFormed(k))}=`, bytes[parts.length % bytes.length]!, escape, "&");
      return { kind: "urlencoded-invalid-bytes", contentType: "application/x-www-form-urlencoded", body: concat(parts) };
    });
  const multipart = fc.tuple(fields, fc.boolean(), fc.constantFrom(...INVALID_UTF8)).map(([pairs, withFile, bad]): Body => {
    const boundary = "----checks7MA4YWxkTrZu0gW";
    const parts: (Uint8Array | string)[] = [];
    for (const [i, [k, v]] of pairs.entries()) {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, "_")}"\r\n\r\n`);
      parts.push(i % 2 ? bad : enc.encode(v), "\r\n");
    }
    if (withFile) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="\u0000x.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`, bad, "\r\n");
    parts.push(`--${boundary}--\r\n`);
    return { kind: withFile ? "multipart-with-file" : "multipart", contentType: `multipart/form-data; boundary=${boundary}`, body: concat(parts) };
  });
  const brokenMultipart = fc.constantFrom<Body>(
    { kind: "multipart-boundary-mismatch", contentType: "multipart/form-data; boundary=aaa", body: '--bbb\r\nContent-Disposition: form-data; name="intent"\r\n\r\nx\r\n--bbb--\r\n' },
    { kind: "multipart-no-boundary", contentType: "multipart/form-data", body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n' },
    { kind: "multipart-truncated", contentType: "multipart/form-data; boundary=x", body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' },
    { kind: "multipart-garbage", contentType: "multipart/form-data; boundary=x", body: "\u0000\u0001garbage" },
  );
  const json = fields.map((pairs): Body => ({ kind: "json", contentType: "application/json", body: JSON.stringify(Object.fromEntries(pairs)) }));
  const other = fc.constantFrom<Body>(
    { kind: "json-broken", contentType: "application/json", body: '{"intent": ' },
    { kind: "text-plain", contentType: "text/plain", body: "intent=publish\u0000" },
    { kind: "empty-no-content-type", contentType: null, body: "" },
    { kind: "wrong-content-type", contentType: "application/xml", body: "<a>intent=x</a>" },
    { kind: "urlencoded-utf16-charset", contentType: "application/x-www-form-urlencoded; charset=utf-16", body: "intent=x&title=y" },
    { kind: "content-type-garbage", contentType: "application/x-www-form-urlencoded;;;=;charset=\"", body: "a=b" },
  );
  return fc.oneof(
    { weight: 4, arbitrary: urlencoded },
    { weight: 2, arbitrary: rawUrlencoded },
    { weight: 2, arbitrary: multipart },
    { weight: 1, arbitrary: brokenMultipart },
    { weight: 1, arbitrary: json },
    { weight: 1, arbitrary: other },
  );
}

const hostileQueryValue = fc.oneof(
  hostileText.filter((v) => v.length < 10_000).map((v) => encodeURIComponent(wellFormed(v))),
  fc.constantFrom(...BAD_ESCAPES, "%00%00", "a%0Ab", "x".repeat(8000), "%E0%A4%A".repeat(500)),
);
const hostileQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.constantFrom("%00", "%E0%A4%A", "a[]", "__proto__")), hostileQueryValue), { minLength: 1, maxLength: 5 })
  .map((pairs) => pairs.map((pair) => pair.join("=")).join("&"));
const hostileSegment = fc.constantFrom("%00", "%E0%A4%A", "%C0%AF", "..%2F..%2F", "a".repeat(5000), "0", "-1", "1e309", "00000000-0000-0000-0000-000000000000", "%F0%9F%98%80", "null", "%20");

// ---------------------------------------------------------------------------------------------

type Failure = { route: string; role: Role; kind: string; method: string; path: string; got: string; sample: string };

let h: Harness;
let params: SeedParams;

beforeAll(async () => {
  h = await startApp();
  params = await resolveParams(h);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Sends one request; a 500, a network error or a slow answer is a failure. */
async function send(failures: Failure[], route: string, role: Role, kind: string, method: string, path: string, init: RequestInit, sample: string) {
  const started = performance.now();
  let got: string | null = null;
  try {
    let response: Response;
    try {
      response = await h.request(role, path, { ...init, method, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
    } catch (error) {
      // A kept-alive connection the server closed after the previous request (it may, after a body
      // it did not read) can be reset under the next one before any answer: that is the transport,
      // not this input. Once, on a new connection; an input that really breaks the server fails again.
      if (!(error instanceof Error && error.cause instanceof Error && /ECONNRESET|other side closed|socket/i.test(error.cause.message))) throw error;
      response = await h.request(role, path, { ...init, method, headers: { ...(init.headers as Record<string, string>), connection: "close" }, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
    }
    await response.arrayBuffer();
    if (response.status >= 500) got = `status ${response.status}`;
  } catch (error) {
    // fetch wraps the socket's own error (reset, closed) in `cause`: that is the part worth reading.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    got = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${ANSWER_WITHIN_MS} ms` : `no answer: ${String(error)}${cause}`;
  }
  const ms = performance.now() - started;
  if (!got && ms > ANSWER_WITHIN_MS) got = `answer took ${Math.round(ms)} ms`;
  if (got) failures.push({ route, role, kind, method, path: path.slice(0, 160), got, sample: sample.slice(0, 160) });
}

function report(failures: Failure[]) {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.method} ${f.got} · ${f.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()]
    .map(([key, list]) => `  ${key}: ${list.length}× (roles ${[...new Set(list.map((f) => f.role))].join(", ")}), e.g. ${list[0]!.path} ${JSON.stringify(list[0]!.sample)}`)
    .join("\n");
}

/** The visitor, a role whose POST the policy does not refuse outright, and the administrator. */
function actionRoles(policy: RoutePolicy): Role[] {
  const mayUse = (["teacher", "company", "provider", "employee", "coordinator", "otherCoordinator"] as const).find((r) => !["forbidden", "not-found", "no-action", "redirect-sign-in"].includes(policy.post[r]));
  return [...new Set<Role>(["visitor", mayUse ?? "admin", "admin"])];
}

const ACTION_ROUTES = ROUTES.filter((r) => ROUTE_POLICIES[r.id]!.post.admin !== "no-action");

describe(`bad input (${TEST_DB})`, () => {
  test.each(ACTION_ROUTES.map((r, i) => [r.id, r.pattern, i] as const))("POST %s  %s", async (id, _pattern, index) => {
    const policy = ROUTE_POLICIES[id]!;
    const failures: Failure[] = [];
    const roles = actionRoles(policy);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...roles), bodyArb(id), async (role, body) => {
        const path = policy.postPath ? policy.postPath(params, role) : policy.path(params);
        const headers: Record<string, string> = {};
        if (body.contentType !== null) headers["content-type"] = body.contentType;
        let asRole = role;
        if (policy.freshSession && role !== "visitor") {
          headers.cookie = await h.freshCookie(role);
          asRole = "visitor";
        }
        const sample = typeof body.body === "string" ? body.body : Buffer.from(body.body).toString("latin1");
        await send(failures, id, role, body.kind, "POST", path, { headers, body: body.body as BodyInit }, sample);
        return true;
      }),
      { seed: SEED + index, numRuns: ACTION_RUNS },
    );
    expect(failures.length, `${failures.length} failure(s) for POST ${id}:\n${report(failures)}`).toBe(0);
  });

  test.each(ROUTES.map((r, i) => [r.id, r.pattern, i] as const))("GET %s  %s", async (id, pattern, index) => {
    const policy = ROUTE_POLICIES[id]!;
    const failures: Failure[] = [];
    const base = policy.path(params);
    const segments = base.split("/");
    // Which segments of the address are parameters: those the pattern names with ":" or "*".
    const paramIndexes = pattern.split("/").flatMap((s, i) => (s.startsWith(":") || s === "*" ? [i] : []));
    const address = paramIndexes.length
      ? fc.oneof(
          { weight: 3, arbitrary: hostileQuery.map((q) => ({ kind: "query", path: `${base}?${q}` })) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...paramIndexes), hostileSegment).map(([i, s]) => ({ kind: "path-segment", path: segments.map((x, j) => (j === i ? s : x)).join("/") })) },
        )
      : hostileQuery.map((q) => ({ kind: "query", path: `${base}?${q}` }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Role>("visitor", "teacher", "company", "provider", "employee", "coordinator", "otherCoordinator", "admin"), address, async (role, target) => {
        await send(failures, id, role, target.kind, "GET", target.path, {}, target.path);
        return true;
      }),
      { seed: SEED + 1000 + index, numRuns: PAGE_RUNS },
    );
    expect(failures.length, `${failures.length} failure(s) for GET ${id}:\n${report(failures)}`).toBe(0);
  });

  // Random bodies rarely pass a schema, so they seldom carry a control character as far as the
  // database. These forms are valid apart from it: the text must be saved without it.
  test("a valid form with control characters in its text is saved without them", async () => {
    const saved = await h.request("employee", "/account", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=Wil%00lem%01%7F+de+Vries&locale=nl",
    });
    expect(saved.status).toBeLessThan(500);
    const page = await h.request("employee", "/account");
    expect(await page.text()).toContain("Willem de Vries");
    const multipart = new FormData();
    multipart.set("name", "Jan\u0000 Jansen");
    multipart.set("locale", "nl");
    expect((await h.request("employee", "/account", { method: "POST", body: multipart })).status).toBeLessThan(500);
    expect(await (await h.request("employee", "/account")).text()).toContain("Jan Jansen");
  });

  test("the server still answers /healthz", async () => {
    const response = await h.request("visitor", "/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});
