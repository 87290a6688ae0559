/**
 * The public API's foundation against the production build (ADR 028): the version header, CORS
 * and problem details on every answer (404, 405, 400 and the edge's refusals included), the session
 * cookie ignored, and the edge letting a key-holding client's JSON through while a cross-site POST
 * with the session cookie is still refused.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type Harness } from "../support/app-harness.ts";
import { API_VERSION } from "~/domain/api/version.ts";

let h: Harness;

beforeAll(async () => {
  h = await startApp();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("api-version")).toBe(API_VERSION);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String), instance: expect.any(String) });
  return body;
}

describe("the API's answers", () => {
  test("a list: JSON with the version header, CORS for any site, a Link header and links in the body", async () => {
    const response = await h.request("visitor", "/api/v1/networks?pageSize=2", { headers: { origin: "https://elders.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("api-version")).toBe(API_VERSION);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toContain("API-Version");
    expect(response.headers.get("set-cookie")).toBeNull();
    const body = (await response.json()) as { networks: unknown[]; page: { size: number; totalPages: number; totalElements: number }; links: Record<string, { href: string }> };
    expect(body.networks).toHaveLength(2);
    expect(body.page.size).toBe(2);
    expect(body.page.totalPages).toBe(Math.ceil(body.page.totalElements / 2));
    expect(body.links.next!.href).toBe(`${h.baseUrl}/api/v1/networks?pageSize=2&page=2`);
    expect(body.links.prev).toBeUndefined();
    expect(response.headers.get("link")).toContain(`<${h.baseUrl}/api/v1/networks?pageSize=2&page=2>; rel="next"`);
  });

  test("the networks are those of the directory page, archived ones left out", async () => {
    const [archived] = await h.query<{ slug: string }>(
      (await import("drizzle-orm")).sql`update network set archived_at = now() where slug = (select slug from network order by name limit 1) returning slug`,
    );
    const response = await h.request("visitor", "/api/v1/networks?pageSize=100");
    const body = (await response.json()) as { networks: { slug: string; url: string }[] };
    expect(body.networks.length).toBeGreaterThan(0);
    expect(body.networks.map((n) => n.slug)).not.toContain(archived!.slug);
    expect(body.networks[0]!.url).toBe(`${h.baseUrl}/netwerken/${body.networks[0]!.slug}`);
  });

  test("bad parameters: 400 problem details naming each one", async () => {
    const response = await h.request("visitor", "/api/v1/networks?pageSize=500&page=0&kind=nonsense&colour=red");
    const body = await expectProblem(response, 400);
    const names = (body.invalidParams as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(["colour", "kind", "page", "pageSize"]);
  });

  test("English when the client asks for it", async () => {
    const body = await expectProblem(await h.request("visitor", "/api/v1/networks?page=x", { headers: { "accept-language": "en-GB,en;q=0.9" } }), 400);
    expect(body.title).toBe("Invalid input");
  });

  test("an unknown path: 404 problem details, for any method", async () => {
    await expectProblem(await h.request("visitor", "/api/v1/nothing-here"), 404);
    await expectProblem(await h.request("visitor", "/api/v1/networks/x/y/z", { method: "DELETE" }), 404);
  });

  test("a method the path does not take: 405 problem details with Allow", async () => {
    const response = await h.request("visitor", "/api/v1/networks", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  test("a preflight is answered for any site, without credentials", async () => {
    const response = await h.request("visitor", "/api/v1/networks", {
      method: "OPTIONS",
      headers: { origin: "https://elders.example", "access-control-request-method": "GET", "access-control-request-headers": "x-api-key" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("X-Api-Key");
    expect(response.headers.get("api-version")).toBe(API_VERSION);
  });

  test("the session cookie is ignored: a signed-in person gets the public answer and no cookie back", async () => {
    const visitor = await (await h.request("visitor", "/api/v1/networks")).json();
    const signedIn = await h.request("admin", "/api/v1/networks");
    expect(signedIn.headers.get("set-cookie")).toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    expect(await signedIn.json()).toEqual(visitor);
  });
});

describe("the edge in front of the API", () => {
  test("a cross-site POST with the session cookie is refused (403 problem details)", async () => {
    const response = await h.request("teacher", "/api/v1/networks", {
      method: "POST",
      headers: { origin: "https://elders.example", "content-type": "application/json" },
      body: "{}",
    });
    const body = await expectProblem(response, 403);
    expect(body.instance).toBe("/api/v1/networks");
  });

  test("a JSON body with the session cookie, even from the site itself, is refused (415 problem details)", async () => {
    const response = await h.request("teacher", "/api/v1/networks", { method: "POST", headers: { origin: h.baseUrl, "content-type": "application/json" }, body: "{}" });
    await expectProblem(response, 415);
  });

  test("a client with a key and no cookie gets past the Origin and content-type checks, to the API's own answer", async () => {
    const response = await h.request("visitor", "/api/v1/networks", {
      method: "POST",
      headers: { origin: "https://elders.example", "content-type": "application/json", "x-api-key": "a-key" },
      body: "{}",
    });
    // The API's gate (ADR 029) answers: the key is unknown.
    await expectProblem(response, 401);
  });

  test("the body-size limit still holds for the API (413 problem details)", async () => {
    const response = await h.request("visitor", "/api/v1/networks", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer a-key" },
      body: "x".repeat(1024 * 1024 + 1),
    });
    await expectProblem(response, 413);
  });

  test("outside /api/v1 nothing changed: a cross-site POST without a cookie to a page is still refused as text", async () => {
    const response = await h.request("visitor", "/netwerken", { method: "POST", headers: { origin: "https://elders.example", "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(response.headers.get("api-version")).toBeNull();
  });
});
