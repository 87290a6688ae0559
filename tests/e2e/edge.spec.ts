import type { Page } from "@playwright/test";
import { test, expect, signInAs, DEMO_PASSWORD, DEMO_USERS } from "./fixtures.ts";

/**
 * The edge against the real server (NODE_ENV=production, DEMO=1, on 127.0.0.1): headers, refusals,
 * caching and the /dev/* gate. Unit and integration tests cover the decisions one by one
 * (app/lib/dev-access.server.test.ts, tests/integration/edge.test.ts); this checks the assembly.
 */

const CSP_VIOLATION = /Content Security Policy|Refused to (execute|load|apply|connect)/i;

function collectCspViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (CSP_VIOLATION.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("a page carries the security headers and a nonce that its inline scripts use", async ({ request }) => {
  const response = await request.get("/netwerken");
  const headers = response.headers();
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).toBe(
    `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data: https://service.pdok.nl; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'`,
  );
  const html = await response.text();
  const inline = [...html.matchAll(/<script( [^>]*)?>/g)].filter((m) => !/ src=/.test(m[1] ?? ""));
  expect(inline.length).toBeGreaterThan(0);
  for (const script of inline) expect(script[1]).toContain(`nonce="${nonce}"`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=(), microphone=(), geolocation=()");
  // Plain http: no Strict-Transport-Security (it would pin the demo's host to https).
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("no response names the software: pages, static files, 404s and /healthz", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  for (const path of ["/", "/favicon.svg", asset!, "/bestaat-niet", "/healthz"]) {
    const response = await request.get(path);
    expect(response.headers()["x-powered-by"], path).toBeUndefined();
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("the map page and a hydrated form work under the policy, without violations", async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto("/netwerken");
  // The map loads once it is on screen (ADR 020).
  await page.locator(".th-map__canvas").first().scrollIntoViewIfNeeded();
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
  // The home map fetches its markers (/netwerken/vestigingen.json) when it is shown.
  await page.goto("/");
  await page.locator(".th-map__canvas").first().scrollIntoViewIfNeeded();
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(DEMO_USERS.teacher);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  // Hydrated, the form posts through React Router's fetch (a .data request), which must pass the edge.
  const submitted = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/inloggen.data");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await submitted;
  await expect(page.getByRole("button", { name: "Uitloggen" }).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("a post from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/taal", { form: { lang: "en", redirectTo: "/" }, headers: { origin: "https://aanvaller.example" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("Dit verzoek is geweigerd");
  const fetchMetadata = await request.post("/uitloggen", { form: { x: "1" }, headers: { "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
  expect(fetchMetadata.status()).toBe(403);
});

test("the SSO plugin's own SAML sign-out (it sends an unsigned request) is closed, from this site too", async ({ request, baseURL }) => {
  const path = "/api/auth/sso/saml2/logout/entree-1";
  expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.post(path, { form: { x: "1" }, headers: { origin: baseURL! }, maxRedirects: 0 })).status()).toBe(404);
});

test("a body over the limit is refused with 413", async ({ request }) => {
  const response = await request.post("/inloggen", {
    data: Buffer.alloc(Math.round(1.5 * 1024 * 1024), 0x61),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("ten hoogste 1 MB");
});

test("a page post that is not a form is refused with 415", async ({ request }) => {
  const response = await request.post("/inloggen", { data: { email: "a@b.nl" } });
  expect(response.status()).toBe(415);
  expect(await response.text()).toContain("alleen formulieren");
});

test("pages for a signed-in person are not stored; a visitor's may be", async ({ request, playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  try {
    expect((await visitor.get("/netwerken")).headers()["cache-control"]).not.toBe("no-store");
  } finally {
    await visitor.dispose();
  }
  await signInAs(request, "teacher");
  expect((await request.get("/netwerken")).headers()["cache-control"]).toBe("no-store");
  expect((await request.get("/netwerken.data")).headers()["cache-control"]).toBe("no-store");
});

test.describe("/dev/* in demo mode", () => {
  // The server does not trust proxies: a forwarded request is someone else's, not this machine's.
  const fromElsewhere = { "x-forwarded-for": "203.0.113.9" };

  test("this machine opens the outbox and the clock", async ({ request }) => {
    expect((await request.get("/dev/mail")).status()).toBe(200);
    expect((await request.get("/dev/klok")).status()).toBe(200);
  });

  test("anyone else gets 404 for both, also for the clock's action", async ({ request }) => {
    expect((await request.get("/dev/mail", { headers: fromElsewhere })).status()).toBe(404);
    expect((await request.get("/dev/klok", { headers: fromElsewhere })).status()).toBe(404);
    const advance = await request.post("/dev/klok", { form: { intent: "advance", days: "7" }, headers: fromElsewhere });
    expect(advance.status()).toBe(404);
  });

  test("a signed-in user who is not an administrator gets 404 from elsewhere", async ({ request }) => {
    await signInAs(request, "teacher");
    expect((await request.get("/dev/mail", { headers: fromElsewhere })).status()).toBe(404);
  });

  test("a platform administrator elsewhere reads the outbox, but never gets the clock", async ({ request }) => {
    await signInAs(request, "admin");
    expect((await request.get("/dev/mail", { headers: fromElsewhere })).status()).toBe(200);
    expect((await request.get("/dev/klok", { headers: fromElsewhere })).status()).toBe(404);
  });
});
