import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from "@playwright/test";

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

/* ------------------------------------------------------------------------------------------------
 * Accessibility: axe on the page the test has open, never on a second visit.
 *
 * When. A page is checked at the first moment after it was shown at which the test is not acting
 * on it: right BEFORE the test's next action on that page (click, fill, check, selectOption,
 * press, setInputFiles, goto, reload, goBack, close, …), before signInAs() changes who the browser
 * is, when the test closes the page or its context, and at the end of a passing test for what
 * each open page shows last. The check is awaited before the action is sent, so it cannot race
 * the test's own actions; and as the test has just waited for what it expects on the page, the
 * page is in the state the test has it.
 *
 * Not at the navigation event itself: that handler runs beside the test while the test goes on
 * clicking and typing, on a document that may still be loading. Not after the test on a second
 * page (the old way): that costs a request and a render per page, up to a minute of teardown under
 * load, and it sees the page as a fresh GET makes it, not as the test had it.
 *
 * What. Every main-frame navigation (a full load or a client-side one) of every page the test
 * drives, in any context, also those a test opens with browser.newContext() (the old way checked
 * only the `page` fixture). A page checked before in the same test with the same address, session
 * and language is not checked again. Files (ICS, PDF, JSON, …) are not pages. Tests still call
 * expectAccessible() themselves for states no navigation leads to, such as a form with errors.
 *
 * Not checked, and said so in the report as an "axe-not-checked" annotation with the address:
 * pages in a context with JavaScript off (axe runs as a script: it needs JavaScript, and turning
 * it on would change the page; the same pages with JavaScript are checked in other tests), and a
 * page that navigated on by itself before the test acted on it again, or while axe ran on it.
 *
 * How. The action methods of Playwright's Locator, Page and BrowserContext classes are wrapped
 * once per worker (wrapActions below): the wrapper first runs the pending check of the page the
 * action is on, then the action. For an action on an element it also waits, as the action would,
 * until the element is there and checks again: a client-side navigation that the previous action
 * started may land only then. axe-core is injected once per document and run there directly (the
 * engine @axe-core/playwright ships; its builder injected the 0.5 MB source twice per check).
 * ---------------------------------------------------------------------------------------------- */

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const EXCLUDED = [".leaflet-container"];
const AXE_SOURCE = fs.readFileSync(createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve("axe-core/axe.min.js"), "utf8");

/**
 * pending: the URL the page navigated to and that is not checked yet, or null. checked: the keys
 * (pageKey) of the pages checked. replaced: pages that went before the test acted on them again.
 */
type Replaced = { url: string; session: string };
type Tracker = { page: Page; pending: string | null; checked: Set<string>; replaced: Promise<Replaced>[] };
const trackers = new WeakMap<Page, Tracker>();
/** The running test's pages; null between tests, so that Playwright's own teardown closes things unhindered. */
let running: { trackers: Set<Tracker> } | null = null;
/** Contexts a test opened with JavaScript off (recorded by the wrapped Browser.newContext). */
const withoutScript = new WeakSet<BrowserContext>();

type PageState = { type: string; lang: string; hasAxe: boolean };
const pageState = (page: Page) =>
  page.evaluate((): PageState => ({ type: document.contentType, lang: document.documentElement.lang, hasAxe: "axe" in window }));

async function sessionOf(page: Page, url: string): Promise<string> {
  return (await page.context().cookies(url)).find((c) => SESSION_COOKIE.test(c.name))?.value ?? "visitor";
}

/** Session, language and address: what makes two visits the same page. Null for what is not an HTML page. */
async function pageKey(page: Page, state: PageState): Promise<string | null> {
  const url = new URL(page.url());
  if (!url.protocol.startsWith("http") || url.pathname.startsWith("/api/") || state.type !== "text/html") return null;
  // Another site's page (the test identity provider's login form in sso.spec.ts) is not ours to judge.
  if (url.origin !== new URL(baseURL()).origin) return null;
  return `${await sessionOf(page, url.href)}|${state.lang}|${url.pathname}${url.search}`;
}

/* ------------------------------------------------------------------------------------------------
 * A second engine beside axe. Other checkers (the W3C validator, IBM's Equal Access engine, a
 * screen reader) judge things axe leaves out or leaves to its best-practice set, which the WCAG
 * tags above do not run; and axe does not look inside the map (EXCLUDED). These few checks run in
 * the same page.evaluate round, a DOM walk of a few milliseconds, so the suite stays as fast:
 *
 *   lang          <html lang> is nl or en (the page's language, WCAG 3.1.1)
 *   duplicate-id  no id twice: a label, aria-describedby or an error-summary link would reach the wrong element (4.1.1 in EN 301 549)
 *   idref         every id that for=, aria-labelledby and aria-describedby name exists (1.3.1, 4.1.2)
 *   heading-order headings do not skip a level going down (h2 → h4), and there is an h1 (1.3.1, 2.4.6)
 *   anchor        an in-page link (#id) has its target: the skip link, and each error-summary link to its
 *                 field (2.4.1, 3.3.1; HTMLCS's G1/G123 found one that went nowhere, ADR 016)
 *   name          every focusable control, map markers and Leaflet's buttons included, has an
 *                 accessible name: aria-label(ledby), a label, its text, alt, title or value (4.1.2)
 *
 * Not in any of these, and where to look instead: colour contrast and the like are axe's.
 * ---------------------------------------------------------------------------------------------- */

function secondEngine(): string[] {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const lang = document.documentElement.getAttribute("lang") ?? "";
  if (!/^(nl|en)$/.test(lang)) problems.push(`lang: <html lang="${lang}"> is not nl or en`);

  const seen = new Map<string, number>();
  for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  for (const [id, n] of seen) if (n > 1) problems.push(`duplicate-id: id "${id}" is used ${n} times`);

  for (const el of document.querySelectorAll("label[for], [aria-labelledby], [aria-describedby]")) {
    const refs = [el.getAttribute("for"), el.getAttribute("aria-labelledby"), el.getAttribute("aria-describedby")].filter(Boolean).join(" ");
    for (const ref of refs.split(/\s+/).filter(Boolean)) if (!document.getElementById(ref)) problems.push(`idref: ${describe(el)} points at id "${ref}", which does not exist`);
  }

  // Leaflet's own controls use href="#…" as buttons (role=button); they go nowhere by design.
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href^='#']:not([role='button'])")) {
    const id = decodeURIComponent(a.getAttribute("href")!.slice(1));
    if (id && !document.getElementById(id) && !document.getElementsByName(id).length) problems.push(`anchor: ${describe(a)} links to "#${id}", which is not on the page`);
  }

  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter((h) => !h.closest("[hidden], [aria-hidden='true']"));
  if (!headings.some((h) => h.tagName === "H1")) problems.push("heading-order: the page has no h1");
  let previous = 0;
  for (const h of headings) {
    const level = Number(h.tagName[1]);
    if (previous && level > previous + 1) problems.push(`heading-order: h${previous} is followed by h${level} ("${h.textContent?.trim().slice(0, 40)}")`);
    previous = level;
  }

  const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const nameOf = (el: HTMLElement): string => {
    const labelledby = el.getAttribute("aria-labelledby");
    if (labelledby) return labelledby.split(/\s+/).map((id) => text(document.getElementById(id))).join(" ").trim();
    const label = el.getAttribute("aria-label")?.trim();
    if (label) return label;
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
      const labels = [...(el.labels ?? [])].map(text).join(" ").trim();
      if (labels) return labels;
      if (el instanceof HTMLInputElement && ["submit", "reset", "button"].includes(el.type)) return el.value || (el.type === "submit" ? "submit" : "");
      if (el instanceof HTMLInputElement && el.type === "image") return el.alt;
      return el.title.trim();
    }
    const own = [text(el), ...[...el.querySelectorAll("img[alt]")].map((img) => img.getAttribute("alt") ?? "")].join(" ").trim();
    return own || el.title.trim();
  };
  const focusable = document.querySelectorAll<HTMLElement>(
    "a[href], button, input:not([type='hidden']), select, textarea, summary, [tabindex]:not([tabindex='-1']), [role='button'], [role='link']",
  );
  for (const el of focusable) {
    if ((el as HTMLButtonElement).disabled || el.closest("[hidden], [inert]")) continue;
    if (!nameOf(el)) problems.push(`name: ${describe(el)} has no accessible name`);
  }
  return problems;
}

async function analyse(page: Page, state: PageState) {
  if (!state.hasAxe) await page.evaluate(AXE_SOURCE);
  const problems = await page.evaluate(secondEngine);
  const violations = await page.evaluate(
    async ({ tags, exclude }) => {
      const { axe } = window as unknown as { axe: typeof import("axe-core") };
      const results = await axe.run({ exclude }, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    },
    { tags: WCAG_21_AA, exclude: EXCLUDED },
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
  expect(problems, `second-engine problems on ${page.url()} (tests/e2e/fixtures.ts, secondEngine)`).toEqual([]);
}

/** Runs axe-core (WCAG 2.1 A and AA) and the second engine's checks on the page as it is now. */
export async function expectAccessible(page: Page) {
  if (withoutScript.has(page.context())) throw new Error("axe runs as a script: it cannot check a page in a context with JavaScript off");
  const state = await pageState(page);
  await analyse(page, state);
  const tracker = trackers.get(page);
  if (tracker) {
    tracker.pending = null;
    const key = await pageKey(page, state);
    if (key) tracker.checked.add(key);
  }
}

function track(page: Page): Tracker | null {
  if (!running) return null;
  let tracker = trackers.get(page);
  if (!tracker) {
    const created: Tracker = { page, pending: null, checked: new Set(), replaced: [] };
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      // A page that went before the test acted on it again (it navigated on by itself): reported.
      const gone = created.pending;
      if (gone?.startsWith("http") && gone !== frame.url()) {
        created.replaced.push(sessionOf(page, gone).then((session) => ({ url: gone, session }), () => ({ url: gone, session: "?" })));
      }
      created.pending = frame.url();
    });
    trackers.set(page, created);
    tracker = created;
  }
  running.trackers.add(tracker);
  return tracker;
}

const NAVIGATED_AWAY = /Execution context was destroyed|frame was detached|Target page, context or browser has been closed|navigat/i;

function notChecked(url: string, why: string) {
  const annotations = test.info().annotations;
  const description = `${url}: ${why}`;
  if (!annotations.some((a) => a.type === "axe-not-checked" && a.description === description)) annotations.push({ type: "axe-not-checked", description });
}

/** Checks the page if it has navigated since its last check; a no-op otherwise. */
async function checkpoint(page: Page) {
  const tracker = track(page);
  if (!tracker || !tracker.pending || page.isClosed()) return;
  tracker.pending = null;
  const url = page.url();
  try {
    await page.waitForLoadState("load");
    if (withoutScript.has(page.context())) {
      if (url.startsWith("http")) notChecked(url, "JavaScript is off in this context");
      return;
    }
    const state = await pageState(page);
    const key = await pageKey(page, state);
    if (!key || tracker.checked.has(key)) return;
    await analyse(page, state);
    tracker.checked.add(key);
  } catch (error) {
    if (!(error instanceof Error) || !NAVIGATED_AWAY.test(error.message) || error.message.includes("axe violations")) throw error;
    notChecked(url, "the page navigated away by itself during the check");
  }
}

async function checkpointContext(context: BrowserContext) {
  for (const page of context.pages()) if (trackers.has(page)) await checkpoint(page);
}

const LOCATOR_ACTIONS = [
  ...["check", "uncheck", "setChecked", "click", "dblclick", "tap", "hover", "focus", "blur", "dragTo", "dispatchEvent"],
  ...["fill", "clear", "press", "pressSequentially", "type", "selectOption", "selectText", "setInputFiles"],
];
const PAGE_ACTIONS = [
  ...["goto", "reload", "goBack", "goForward", "close"],
  ...["check", "uncheck", "click", "dblclick", "tap", "hover", "focus", "dispatchEvent", "fill", "press", "type", "selectOption", "setInputFiles", "dragAndDrop"],
];

const THIS_FILE = fileURLToPath(import.meta.url);

/** An error from a check made inside a wrapped action, pointed at the test's line rather than at this file. */
function atCallSite(error: unknown): unknown {
  if (error instanceof Error && error.stack) {
    error.stack = error.stack
      .split("\n")
      .filter((line) => !(/^\s+at /.test(line) && line.includes(THIS_FILE)))
      .join("\n");
  }
  return error;
}

let wrapped = false;
/** Once per worker: every action first runs the pending check of the page it acts on. */
async function wrapActions(browser: Browser) {
  if (wrapped) return;
  wrapped = true;
  const context = await browser.newContext();
  const page = await context.newPage();
  const wrap = <T,>(proto: Record<string, unknown>, names: readonly string[], checkFor: (self: T, args: unknown[]) => Promise<void>) => {
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== "function") throw new Error(`Playwright has no ${name} here any more: update wrapActions in tests/e2e/fixtures.ts`);
      proto[name] = async function (this: T, ...args: unknown[]) {
        if (running) {
          try {
            await checkFor(this, args);
          } catch (error) {
            throw atCallSite(error);
          }
        }
        return original.apply(this, args);
      };
    }
  };
  // An action on an element of the next page: a client-side navigation started by the previous
  // action may not have happened yet when the action is called. So: check what is pending, wait
  // (as the action itself would) until the element is there, and check again, then act.
  wrap(Object.getPrototypeOf(page.locator("html")), LOCATOR_ACTIONS, async (locator: Locator, args) => {
    await checkpoint(locator.page());
    const options = args.find((a): a is { timeout?: number } => typeof a === "object" && a !== null && "timeout" in a);
    await locator.waitFor({ state: "attached", timeout: options?.timeout });
    await checkpoint(locator.page());
  });
  wrap(Object.getPrototypeOf(page), PAGE_ACTIONS, (self: Page) => checkpoint(self));
  wrap(Object.getPrototypeOf(context), ["close"], (self: BrowserContext) => checkpointContext(self));
  const browserProto = Object.getPrototypeOf(browser) as { newContext: (options?: BrowserContextOptions) => Promise<BrowserContext> };
  const newContext = browserProto.newContext;
  browserProto.newContext = async function (this: Browser, options?: BrowserContextOptions) {
    const created = await newContext.call(this, options);
    if (options?.javaScriptEnabled === false) withoutScript.add(created);
    return created;
  };
  await context.close();
}

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
 * A new person's way in through the form: the sign-up form (already open, e.g. through a link
 * carrying redirectTo), then the confirmation mail's link from the outbox, which signs in and goes
 * on to where the sign-up began.
 */
export async function signUpThroughMail(page: Page, person: { name: string; email: string; password?: string }) {
  const password = person.password ?? "mijn-lange-wachtwoord";
  await page.getByLabel("Naam").fill(person.name);
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Nieuw wachtwoord").fill(password);
  await page.getByLabel("Herhaal het wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben u een e-mail gestuurd");
  await page.goto("/dev/mail");
  await page.getByRole("listitem").filter({ hasText: person.email }).getByRole("link", { name: "Bevestig uw e-mailadres voor Technohub" }).click();
  await page.locator('a[href*="/email-bevestigen?token="]').click();
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
  // What the pages show now is checked as whom it was shown to, before the session changes.
  if (context) await checkpointContext(context);
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

/**
 * The words inside this element that the browser broke across two lines (a header too narrow for
 * its words: "leerling|en"). A word with a hyphen or slash may break there and is not counted.
 */
export async function wordsBrokenAcrossLines(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      for (const word of text.matchAll(/[^\s\-/–]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(word[0]);
      }
    }
    return broken;
  });
}

export const test = base.extend<{ axe: void }, { actionsWrapped: void }>({
  actionsWrapped: [
    async ({ browser }, use) => {
      await wrapActions(browser);
      await use();
    },
    { scope: "worker", auto: true },
  ],
  // On the context, so that this teardown (the last checks) runs before Playwright closes the context.
  axe: [
    async ({ context: _ }, use, testInfo) => {
      const run = { trackers: new Set<Tracker>() };
      running = run;
      try {
        await use();
        // What each page shows last, unless the test failed already.
        if (testInfo.status === testInfo.expectedStatus) for (const tracker of run.trackers) await checkpoint(tracker.page);
        for (const tracker of run.trackers) {
          for (const { url, session } of await Promise.all(tracker.replaced)) {
            const { pathname, search } = new URL(url);
            const seen = [...tracker.checked].some((key) => key.startsWith(`${session}|`) && key.endsWith(`|${pathname}${search}`));
            if (!seen) notChecked(url, "the page went on to another before the test acted on it");
          }
        }
      } finally {
        running = null;
      }
    },
    { auto: true, timeout: 30_000 },
  ],
});

export { expect };
