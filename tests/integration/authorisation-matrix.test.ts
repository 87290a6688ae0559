/**
 * The authorisation matrix: every route in app/routes.ts × every demo role × {GET, POST with an
 * empty form}, against the production build, compared with the declared policy in
 * tests/support/route-policies.ts. One test per route; its failure lists every mismatch of that
 * route at once (role, method, expected, got), so a count of failing tests is a count of routes.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "~/routes.ts";
import { ROLES, startApp, TEST_DB, type Harness, type Role } from "../support/app-harness.ts";
import { ROUTE_POLICIES, type Outcome, type RoutePolicy, type SeedParams } from "../support/route-policies.ts";
import { resolveParams } from "../support/seed-params.ts";

type FlatRoute = { id: string; path: string };

/** React Router's own id rule: an explicit id, else the module path without its extension. */
function flatten(entries: RouteConfigEntry[], prefix = ""): FlatRoute[] {
  return entries.flatMap((entry) => {
    const path = [prefix, entry.path ?? ""].filter(Boolean).join("/");
    const id = entry.id ?? entry.file.replace(/\.[^/.]+$/, "");
    return [{ id, path: `/${path}` }, ...flatten(entry.children ?? [], path)];
  });
}

const ROUTES = flatten(routes);

function outcomeOf(response: Response): Outcome | `status ${number}` {
  const { status } = response;
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers.get("location") ?? "", "http://x").pathname;
    return location === "/inloggen" ? "redirect-sign-in" : "redirect";
  }
  const named: Record<number, Outcome> = { 400: "invalid", 401: "no-key", 403: "forbidden", 404: "not-found", 405: "no-action" };
  return named[status] ?? `status ${status}`;
}

let h: Harness;
let params: SeedParams;

beforeAll(async () => {
  h = await startApp();
  params = await resolveParams(h);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

test("every route in app/routes.ts has a declared policy, and every policy a route", () => {
  const ids = new Set(ROUTES.map((r) => r.id));
  const undeclared = ROUTES.filter((r) => !ROUTE_POLICIES[r.id]).map((r) => `${r.id} (${r.path})`);
  const stale = Object.keys(ROUTE_POLICIES).filter((id) => !ids.has(id));
  expect(undeclared, `routes without a policy in tests/support/route-policies.ts: ${undeclared.join(", ")}`).toEqual([]);
  expect(stale, `policies for routes that no longer exist: ${stale.join(", ")}`).toEqual([]);
});

async function probe(policy: RoutePolicy, role: Role, method: "GET" | "POST") {
  const path = method === "POST" && policy.postPath ? policy.postPath(params, role) : policy.path(params);
  const headers: Record<string, string> = {};
  let cookieRole = role;
  if (method === "POST") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    if (policy.freshSession && role !== "visitor") {
      headers.cookie = await h.freshCookie(role);
      cookieRole = "visitor"; // the fresh cookie is set by hand; don't send (and end) the shared one
    }
  }
  const response = await h.request(cookieRole, path, { method, headers, body: method === "POST" ? "" : undefined });
  await response.arrayBuffer();
  return { path, got: outcomeOf(response), status: response.status };
}

describe(`authorisation matrix (${TEST_DB})`, () => {
  // Routes whose policy is missing are reported by the test above; here they are skipped.
  const declared = ROUTES.filter((r) => ROUTE_POLICIES[r.id]);
  test.each(declared.map((r) => [r.id, r.path] as const))("%s  %s", async (id) => {
    const policy = ROUTE_POLICIES[id]!;
    const probes = ROLES.flatMap((role) => (["GET", "POST"] as const).map((method) => ({ role, method })));
    // The roles of one route run side by side: the server serves them as it would serve users.
    const results = await Promise.all(
      probes.map(async ({ role, method }) => {
        const expected = method === "GET" ? policy.get[role] : policy.post[role];
        const { path, got, status } = await probe(policy, role, method);
        return { role, method, path, expected, got, status };
      }),
    );
    const mismatches = results.filter((r) => r.got !== r.expected);
    const report = mismatches.map((m) => `  ${m.method} ${m.path} as ${m.role}: expected ${m.expected}, got ${m.got} (${m.status})`).join("\n");
    expect(mismatches.length, `${mismatches.length} mismatch(es) for ${id}:\n${report}`).toBe(0);
  });
});
