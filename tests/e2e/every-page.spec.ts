import { request as apiRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ROUTE_POLICIES, type RoutePolicy, type SeedParams } from "../support/route-policies.ts";
import type { Role } from "../support/app-harness.ts";
import { dutchOn } from "./dutch-words.ts";
import { DEMO_PASSWORD, expect, signInAs, test, type DemoUser } from "./fixtures.ts";

/**
 * Every GET page of the app, in Dutch at 1280 px and in English at 390 px, with the fixture's axe
 * and second engine, and (in English) the Dutch-word check of english.spec.ts. The list of pages is
 * tests/support/route-policies.ts, which the authorisation matrix keeps complete (a route without a
 * policy fails there), so a page added later is visited here without a change to this file.
 *
 * Who looks: each page once per pass, as the first role in that pass's order the policy lets see it
 * (the Dutch pass starts with the least privileged role, the English pass with another, so a page
 * many may see is shown to two of them); the home page, which differs per role, to every role in
 * both passes. The policy's params point at rows the integration seed adds (the coordinator of the
 * Utrecht programme, for one); this demo server does not have them, so where the first role is
 * refused here the next role that may see the page looks instead.
 *
 * Answers that are no page (CSV, ICS, PDF, XLSX, JSON, a redirect) are left out by their
 * content-type, found with one request per page before the pass.
 */

type Looker = Exclude<Role, "otherCoordinator">;
const USER: Record<Exclude<Looker, "visitor">, DemoUser> = {
  teacher: "teacher",
  company: "company",
  provider: "provider",
  employee: "employee",
  coordinator: "coordinator",
  admin: "admin",
};

type Pass = { name: string; lang: "nl" | "en"; viewport: { width: number; height: number }; order: Looker[] };
const PASSES: Pass[] = [
  { name: "Dutch at 1280 px", lang: "nl", viewport: { width: 1280, height: 900 }, order: ["visitor", "employee", "teacher", "company", "provider", "coordinator", "admin"] },
  { name: "English at 390 px", lang: "en", viewport: { width: 390, height: 844 }, order: ["teacher", "company", "provider", "coordinator", "employee", "admin", "visitor"] },
];
/** Pages whose content depends on who looks: every role sees them in both passes. */
const EVERY_ROLE = new Set(["routes/home/home"]);

/** A helper account outside the roles: it proposes a change and asks to join, so those pages have something to show. */
const OUTSIDER = "suplacon@demo.technohub.nl";

function baseURL(): string {
  const url = test.info().project.use.baseURL;
  if (!url) throw new Error("baseURL is not set in playwright.config.ts");
  return url;
}

async function hrefs(api: APIRequestContext, path: string): Promise<string[]> {
  const response = await api.get(path);
  expect(response.status(), `GET ${path} (to find ids for the page list)`).toBe(200);
  return [...(await response.text()).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/** The first capture of `pattern` over the links on `path`, as seen by `api`'s session. */
async function linked(api: APIRequestContext, path: string, pattern: RegExp): Promise<string> {
  const all = await hrefs(api, path);
  for (const href of all) {
    const match = pattern.exec(href);
    if (match?.[1]) return match[1];
  }
  throw new Error(`No link matching ${pattern} on ${path}: the page list needs one (tests/e2e/every-page.spec.ts)`);
}

/** Kiremko's offer (the company role is its admin), by its title: the list's order is not fixed. */
async function offerOfKiremko(api: APIRequestContext): Promise<string> {
  const html = await (await api.get("/aanbod")).text();
  const id = /href="\/aanbod\/([0-9a-f-]{36})"[^>]*>Hoe werkt een frituurmachine\?/.exec(html)?.[1];
  expect(id, "Kiremko's offer on /aanbod").toBeDefined();
  return id!;
}

/** The things route-policies.ts's params name, found on the pages that link to them. */
async function resolveParams(api: Record<Looker, APIRequestContext>, browser: Browser): Promise<SeedParams> {
  const network = "technet-utrecht";
  const programme = "mkb-deal-maakindustrie-utrecht-west";
  const course = "cnc-draaien-en-frezen";
  const uuid = "([0-9a-f-]{36})";

  const sessionId = await linked(api.provider, `/cursussen/${course}/sessies`, new RegExp(`/sessies/${uuid}/deelnemers`));
  const mailWithAttachment = async () => {
    for (const href of await hrefs(api.admin, "/dev/mail")) {
      const id = /^\/dev\/mail\/([0-9a-f-]{36})$/.exec(href)?.[1];
      if (id && (await hrefs(api.admin, href)).some((h) => h.endsWith(`${id}/bijlage/0`))) return id;
    }
    return undefined;
  };

  // A pending change proposal and join request, and a registration (its mail carries a calendar
  // file), made through the forms by an outsider; only once per server (a worker that starts again
  // after a failed test finds them made).
  const pending = await hrefs(api.coordinator, "/coordinatie");
  const mailed = await mailWithAttachment();
  const proposalLink = new RegExp(`^/coordinatie/voorstellen/${uuid}$`);
  const joinLink = new RegExp(`^/coordinatie/aanmeldingen/${uuid}$`);
  if (!pending.some((h) => proposalLink.test(h)) || !pending.some((h) => joinLink.test(h)) || !mailed) {
    const context = await browser.newContext({ baseURL: baseURL(), locale: "nl-NL" });
    const signIn = await context.request.post("/api/auth/sign-in/email", {
      data: { email: OUTSIDER, password: DEMO_PASSWORD },
      headers: { origin: new URL(baseURL()).origin },
    });
    expect(signIn.status(), `sign-in as ${OUTSIDER}`).toBe(200);
    const page = await context.newPage();
    if (!pending.some((h) => joinLink.test(h))) {
      await page.goto(`/netwerken/${network}/deelnemen`);
      await page.locator("#f-motivation").fill("Wij willen graag meedoen.");
      await page.locator("main form button[type=submit]").last().click();
      await page.waitForURL((url) => url.search.includes("verzonden"), { timeout: 15_000 });
    }
    if (!pending.some((h) => proposalLink.test(h))) {
      await page.goto(`/netwerken/${network}/wijzigen`);
      await page.locator("#f-summary").fill("Een samenvatting die de coördinator nog moet beoordelen.");
      await page.locator("main form button[type=submit]").last().click();
      await page.waitForURL((url) => url.search.includes("verzonden"), { timeout: 15_000 });
    }
    if (!mailed) {
      await page.goto(`/cursussen/${course}/sessies/${sessionId}/aanmelden`);
      await page.locator("main form button[type=submit]").first().click();
      // A paid course asks to confirm first (app/ui/confirm.tsx).
      await page.getByRole("button", { name: "Bevestigen en aanmelden" }).click();
      await page.waitForURL((url) => !url.pathname.endsWith("/aanmelden"), { timeout: 15_000 });
    }
    await context.close();
  }

  const appointments = (await hrefs(api.teacher, "/afspraken")).flatMap((h) => /^\/afspraken\/([0-9a-f-]{36})$/.exec(h)?.[1] ?? []);
  let scheduled: string | undefined;
  for (const id of appointments) {
    if ((await api.teacher.get(`/afspraken/${id}/agenda.ics`)).ok()) {
      scheduled = id;
      break;
    }
  }
  expect(scheduled, "an appointment of the teacher with a calendar file").toBeDefined();
  // The confirmation mail may go out through the job queue: wait for it.
  let mailId: string | undefined;
  await expect.poll(async () => (mailId = await mailWithAttachment()), { message: "a mail with an attachment in the outbox", timeout: 30_000 }).toBeDefined();
  // An open request the school made and companies may see.
  const companySees = new Set(await hrefs(api.company, "/vragen"));
  const requestId = (await hrefs(api.teacher, "/vragen")).filter((h) => companySees.has(h)).flatMap((h) => /^\/vragen\/([0-9a-f-]{36})$/.exec(h)?.[1] ?? [])[0];
  expect(requestId, "an open request of the teacher's school that a company sees").toBeDefined();

  // A registration the employee attended: its certificate opens.
  let registrationId: string | undefined;
  for (const href of [...(await hrefs(api.employee, "/")), ...(await hrefs(api.employee, "/cursussen"))]) {
    const id = new RegExp(`^/aanmelding/${uuid}$`).exec(href)?.[1];
    if (id && (await api.employee.get(`/aanmelding/${id}/bewijs-van-deelname`)).ok()) {
      registrationId = id;
      break;
    }
  }
  expect(registrationId, "an attended registration of the employee").toBeDefined();

  const projectNr = Number(await linked(api.admin, `/programmas/${programme}`, /\/projecten\/(\d+)$/));
  return {
    network,
    programme,
    course,
    event: "feest-van-de-techniek-2027",
    organisation: "kiremko",
    schoolSlug: "vmbo-de-werkplaats",
    hostSlug: "kiremko",
    tip: "gastles-voorbereiden",
    proposalId: await linked(api.coordinator, "/coordinatie", proposalLink),
    joinRequestId: await linked(api.coordinator, "/coordinatie", joinLink),
    goalNr: Number(await linked(api.admin, `/programmas/${programme}/bewerken`, /\/doelen\/(\d+)$/)),
    projectNr,
    milestoneId: await linked(api.admin, `/programmas/${programme}/projecten/${projectNr}`, new RegExp(`/mijlpalen/${uuid}`)),
    article: await linked(api.visitor, "/nieuws", /^\/nieuws\/([a-z0-9-]+)$/),
    sessionId,
    registrationId: registrationId!,
    need: await linked(api.company, "/behoeften", new RegExp(`^/behoeften/${uuid}$`)),
    offerId: await offerOfKiremko(api.company),
    requestId: requestId!,
    appointmentId: appointments[0]!,
    scheduledAppointmentId: scheduled!,
    calendarToken: await linked(api.teacher, "/afspraken", /\/agenda\/([^/]+)\.ics$/),
    mailId: mailId!,
    // Only the matrix's POSTs use these.
    withdrawable: { visitor: requestId!, teacher: requestId!, company: requestId!, provider: requestId!, employee: requestId!, coordinator: requestId!, otherCoordinator: requestId!, admin: requestId! },
  };
}

type Visit = { id: string; path: string };
/** Per pass, per role: the pages that role looks at. */
const plan = new Map<string, Visit[]>();
/** Routes no role could open, and what was left out as no page. */
const unreachable: string[] = [];
const notPages: string[] = [];

const planKey = (pass: Pass, role: Looker) => `${pass.lang}|${role}`;

test.describe.configure({ retries: 0 });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const api = {} as Record<Looker, APIRequestContext>;
  for (const role of PASSES[0]!.order) {
    api[role] = await apiRequest.newContext({ baseURL: baseURL(), maxRedirects: 0 });
    if (role !== "visitor") await signInAs(api[role], USER[role]);
  }
  const params = await resolveParams(api, browser);

  // One probe per route and role, shared by both passes: status and content-type.
  const probes = new Map<string, { status: number; html: boolean }>();
  const probe = async (path: string, role: Looker) => {
    const key = `${role}|${path}`;
    if (!probes.has(key)) {
      const response = await api[role].get(path);
      await response.body();
      probes.set(key, { status: response.status(), html: (response.headers()["content-type"] ?? "").startsWith("text/html") });
    }
    return probes.get(key)!;
  };

  for (const [id, policy] of Object.entries(ROUTE_POLICIES) as [string, RoutePolicy][]) {
    const path = policy.path(params);
    for (const pass of PASSES) {
      const allowed = pass.order.filter((role) => policy.get[role] === "ok");
      const lookers = EVERY_ROLE.has(id) ? allowed : [];
      if (!EVERY_ROLE.has(id)) {
        for (const role of allowed) {
          const { status } = await probe(path, role);
          if (status >= 200 && status < 300) {
            lookers.push(role);
            break;
          }
        }
        if (allowed.length && !lookers.length && pass === PASSES[0]) unreachable.push(`${id} (${path}): none of ${allowed.join(", ")} got a 2xx`);
      }
      for (const role of lookers) {
        if (!(await probe(path, role)).html) {
          if (pass === PASSES[0] && !notPages.includes(path)) notPages.push(path);
          continue;
        }
        const key = planKey(pass, role);
        plan.set(key, [...(plan.get(key) ?? []), { id, path }]);
      }
    }
  }
  for (const context of Object.values(api)) await context.dispose();
});

test("every declared GET page opens for a role the policy lets see it", () => {
  for (const pass of PASSES) {
    const count = pass.order.reduce((sum, role) => sum + (plan.get(planKey(pass, role))?.length ?? 0), 0);
    test.info().annotations.push({ type: "pages", description: `${pass.name}: ${count} page visits` });
  }
  test.info().annotations.push({ type: "not-a-page", description: notPages.join(", ") });
  expect(unreachable).toEqual([]);
  expect(plan.size).toBeGreaterThan(0);
});

async function chooseLanguage(page: Page, lang: "nl" | "en") {
  const response = await page.context().request.post("/taal", {
    form: { lang, redirectTo: "/" },
    headers: { origin: new URL(baseURL()).origin },
    maxRedirects: 0,
  });
  // The switch answers with a redirect back; anything else means the language did not change.
  expect([302, 303], `switching to ${lang}: ${response.status()}`).toContain(response.status());
}

for (const pass of PASSES) {
  test.describe(pass.name, () => {
    test.use({ viewport: pass.viewport, locale: pass.lang === "en" ? "en-GB" : "nl-NL" });

    for (const role of pass.order) {
      test(`as ${role}`, async ({ page }) => {
        const visits = plan.get(planKey(pass, role)) ?? [];
        // Generous per page: axe and the second check run on each, and CI machines are shared.
        test.setTimeout(30_000 + visits.length * 8_000);
        test.info().annotations.push({ type: "pages", description: String(visits.length) });
        if (role !== "visitor") await signInAs(page, USER[role]);
        // A signed-in person's language is stored on the account: the English pass puts it back.
        if (pass.lang === "en") await chooseLanguage(page, "en");
        const problems: string[] = [];
        try {
          for (const visit of visits) {
            let response;
            try {
              // The fixture checks the page shown before at this next navigation.
              response = await page.goto(visit.path);
            } catch (error) {
              problems.push(error instanceof Error ? error.message.split("\n").slice(0, 12).join("\n") : String(error));
              response = await page.goto(visit.path);
            }
            expect(response?.status(), `${visit.id}: GET ${visit.path} as ${role}`).toBeLessThan(300);
            if (pass.lang === "en") problems.push(...(await dutchOn(page)).map((text) => `Dutch on an English page: ${text}`));
          }
          try {
            await page.goto("about:blank");
          } catch (error) {
            problems.push(error instanceof Error ? error.message.split("\n").slice(0, 12).join("\n") : String(error));
          }
        } finally {
          if (pass.lang === "en") await chooseLanguage(page, "nl");
        }
        expect(problems, `${problems.length} problem(s) on the pages ${role} sees`).toEqual([]);
      });
    }
  });
}
