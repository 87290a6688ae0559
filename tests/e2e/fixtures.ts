import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * The demo accounts the tests act as, named once (app/db/seed: demo-users.ts and, for the three
 * employees, demo-courses.ts). One password for all of them.
 */
export const DEMO_PASSWORD = "technohub-demo";
export const DEMO_USERS = {
  admin: "beheer@demo.technohub.nl",
  coordinator: "coordinator.utrecht@demo.technohub.nl",
  coordinatorDeventer: "coordinator.deventer@demo.technohub.nl",
  teacher: "docent@demo.technohub.nl",
  company: "bedrijf@demo.technohub.nl",
  provider: "opleider@demo.technohub.nl",
  employee: "werknemer@demo.technohub.nl",
  welder: "lasser@demo.technohub.nl",
  mechanic: "monteur@demo.technohub.nl",
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

const SESSION_COOKIE = /(^|\.)technohub\.session_token$/;

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(".leaflet-container").analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Every page a test visits is checked with axe: navigations are recorded, and
 * after the test each distinct URL is opened again (same session) and
 * analysed. Tests call expectAccessible() themselves for states a GET cannot
 * reproduce, such as a form shown with its errors.
 */
export const test = base.extend<{ visited: Set<string> }>({
  visited: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) {
          const url = new URL(frame.url());
          if (url.protocol.startsWith("http") && !url.pathname.startsWith("/api/") && !/\.(ics|json|csv|xlsx|pdf)$/.test(url.pathname)) visited.add(url.pathname + url.search);
        }
      });
      await use(visited);
      const checker = await context.newPage();
      for (const url of visited) {
        const response = await checker.goto(url);
        const type = response?.headers()["content-type"] ?? "";
        if (type.includes("text/html")) await expectAccessible(checker);
      }
      await checker.close();
    },
    { auto: true },
  ],
});

export { expect };

/* ------------------------------------------------------------------------------------------------
 * Signing in without the form: one call to better-auth's JSON endpoint through the context's own
 * request, so the session cookie lands in the browser context. A fresh session for each sign-in
 * (tests sign out, which ends a session, so a shared one would leak between tests). The demo
 * server runs with AUTH_RATE_LIMIT=0 (playwright.config.ts), which also leaves out the per-account
 * sign-in throttle; and a right password clears that throttle's count anyway.
 * The sign-in form itself is tested in account.spec.ts.
 * ---------------------------------------------------------------------------------------------- */

function baseURL(): string {
  const url = test.info().project.use.baseURL;
  if (!url) throw new Error("baseURL is not set in playwright.config.ts");
  return url;
}

/**
 * Signs the browser context of this page (or this context, or this API request context) in as a
 * demo user, without a page visit; pages show it from their next navigation on.
 */
export async function signInAs(target: Page | BrowserContext | APIRequestContext, who: DemoUser) {
  const base = baseURL();
  let context: BrowserContext | null = null;
  if ("mainFrame" in target) context = target.context();
  else if ("newPage" in target) context = target;
  const request = context ? context.request : (target as APIRequestContext);
  const response = await request.post(`${base}/api/auth/sign-in/email`, {
    data: { email: DEMO_USERS[who], password: DEMO_PASSWORD, rememberMe: true },
    // The edge refuses a POST from another origin (server/edge.ts).
    headers: { origin: new URL(base).origin },
  });
  expect(response.status(), `sign-in as ${who}: ${await response.text()}`).toBe(200);
  const cookies = context ? await context.cookies(base) : (await request.storageState()).cookies;
  expect(cookies.some((c) => SESSION_COOKIE.test(c.name)), `session cookie for ${who}`).toBe(true);
}

/** Another person in a browser of their own, signed in. */
export async function pageAs(browser: Browser, who: DemoUser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: "nl-NL", ...options });
  await signInAs(context, who);
  return context.newPage();
}
