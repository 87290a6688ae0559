import type { Browser } from "@playwright/test";
import { allMessages } from "../../app/i18n/all-messages.ts";
import { test, expect } from "./fixtures.ts";

/**
 * Light pages (issue 13, ADR 020 and 025): what the first visit to a content page transfers, on a
 * phone-sized screen with an empty cache (HTML, CSS, JavaScript, route manifest and favicon as the
 * browser received them, compressed, headers included). A size, not a time: it holds on a loaded
 * machine as on an idle one. Timings are Lighthouse's (npm run bench -- lighthouse).
 *
 * The budget is the 150 KB. The pages weigh 127–142 KB: the texts a page shows come in the
 * page itself; its language's whole chunk (38 KB) only before a client-side navigation.
 */
const BUDGET = 150 * 1024;
const PAGES = ["/", "/netwerken", "/cursussen", "/netwerken/technologieroute", "/nieuws", "/evenementen", "/aanbod", "/zoeken?q=techniek"];
const LANGUAGE_CHUNK = /\/assets\/(nl|en)-[\w-]+\.js$/;
const KEYS = Object.keys(allMessages.nl);

/** Message keys shown as they are: a text the browser did not have when it rendered. */
const rawKeys = (text: string) => KEYS.filter((key) => text.includes(key));

async function firstVisit(browser: Browser, path: string, language: "nl" | "en") {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  if (language === "en") await context.addCookies([{ name: "lang", value: "en", url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const bytes = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  await page.goto(path, { waitUntil: "networkidle" });
  await page.waitForFunction(() => "__reactRouterDataRouter" in window);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const list = [...bytes].map(([id, n]) => `${(n / 1024).toFixed(1)} KB ${urls.get(id)}`).join("\n");
  return { context, page, problems, total, list, urls: [...urls.values()] };
}

for (const [path, language] of [...PAGES.map((p) => [p, "nl"] as const), ["/netwerken", "en"] as const, ["/cursussen", "en"] as const]) {
  test(`first visit to ${path} (${language}) stays within ${BUDGET / 1024} KB, hydrates with the page's own texts, the map not yet loaded`, async ({ browser }) => {
    const { context, page, problems, total, list, urls } = await firstVisit(browser, path, language);
    expect(total, `first visit to ${path}:\n${list}`).toBeLessThanOrEqual(BUDGET);
    // The page's texts came with it: no language chunk, no key shown as itself, no hydration error.
    expect(urls.filter((u) => LANGUAGE_CHUNK.test(u))).toEqual([]);
    expect(rawKeys(await page.locator("body").innerText())).toEqual([]);
    expect(problems).toEqual([]);
    // Leaflet, and the home map's markers with it, wait until the map is on screen.
    expect(urls.filter((u) => /leaflet|vestigingen\.json/.test(u))).toEqual([]);
    await context.close();
  });
}

for (const language of ["nl", "en"] as const) {
  test(`a client-side navigation (${language}) has the rest of the language before the next page renders`, async ({ browser }) => {
    const { context, page, problems } = await firstVisit(browser, "/netwerken", language);
    const chunk = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith(`/assets/${language}-`));
    let documents = 0;
    page.on("request", (r) => r.resourceType() === "document" && documents++);
    // A click without a pointer or a key: the root's client middleware, not the first-interaction
    // listener, has to bring the texts.
    const link = page.locator("main a[href^='/netwerken/']:visible").first();
    await link.evaluate((a: HTMLAnchorElement) => a.click());
    await chunk;
    await expect(page).toHaveURL(/\/netwerken\/[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(documents, "a client-side navigation, not a new page load").toBe(0);
    expect(rawKeys(await page.locator("body").innerText())).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test("static files come precompressed, with their own type and Vary", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const stylesheet = /href="(\/assets\/root-[^"]+\.css)"/.exec(html)?.[1];
  expect(stylesheet).toBeTruthy();
  for (const [accept, encoding] of [
    ["br, gzip", "br"],
    ["gzip", "gzip"],
  ] as const) {
    const response = await request.get(stylesheet!, { headers: { "accept-encoding": accept } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"]).toBe(encoding);
    expect(response.headers()["content-type"]).toMatch(/^text\/css/);
    expect(response.headers()["vary"]).toMatch(/accept-encoding/i);
    expect(await response.text()).toContain(".utrecht-button");
  }
});

test("the head asks for the stylesheet, which the first paint waits for, and for no script", async ({ request }) => {
  const html = await (await request.get("/netwerken")).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const stylesheet = /<link rel="preload" as="style" href="(\/assets\/root-[^"]+\.css)"\/>/.exec(head);
  expect(stylesheet, head).toBeTruthy();
  expect(head).toContain(`rel="stylesheet" href="${stylesheet![1]}"`);
  expect(head).not.toContain("modulepreload");
  expect(head).not.toMatch(/<script[^>]*\ssrc=/);
});

for (const path of ["/netwerken?pagina=1", "/cursussen", "/netwerken/technologieroute"]) {
  test(`the scripts of ${path}, which only hydrate a complete page, are requested after its first paint`, async ({ page }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(path);
    await page.waitForFunction(() => "__reactRouterDataRouter" in window);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      scripts: performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.endsWith(".js"))
        .map((e) => e.startTime),
    }));
    expect(timing.scripts.length).toBeGreaterThan(0);
    for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.paint);
    expect(problems).toEqual([]);
  });
}

test("a browser without paint entries (PerformanceObserver switched off) still hydrates the page", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { PerformanceObserver?: unknown }).PerformanceObserver;
  });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto("/netwerken");
  await page.waitForFunction(() => "__reactRouterDataRouter" in window);
  expect(problems).toEqual([]);
});

for (const path of ["/netwerken", "/", "/cursussen", "/aanbod", "/netwerken/technologieroute"]) {
  test(`nothing on ${path} moves once it has been shown on a phone (no layout shift)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className).join(", ")}`);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(path, { waitUntil: "networkidle" });
    await page.waitForFunction(() => "__reactRouterDataRouter" in window);
    // What hydration and the effects after it do has happened by the next two frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    // The filters fold away on a phone, so the results come first (one component for both lists).
    if (["/netwerken", "/cursussen", "/aanbod"].includes(path)) await expect(page.locator("details#filters")).not.toHaveAttribute("open");
    await context.close();
  });
}
