import http from "node:http";
import type { AddressInfo } from "node:net";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, signInAs, test } from "./fixtures.ts";

/**
 * A widget on another site (issue 14, ADR 030): a coordinator makes the snippet in the builder,
 * a page on another origin (a tiny server on HOST_PORT, reached as localhost while Technohub is
 * 127.0.0.1) pastes it, and a browser without a single cookie shows it: rendered in the frame,
 * accessible, sized by the script, with no cookie set; and an ordinary Technohub page on the same
 * host page is refused by the browser.
 */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 3243);

let host: http.Server;
let hostPage = "";

test.beforeAll(async () => {
  host = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test("a widget embedded on another origin renders without cookies, is accessible and sized; other pages refuse to be framed", async ({ browser, baseURL }) => {
  const technohub = new URL(baseURL!).origin;
  const hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  expect(hostOrigin).not.toBe(technohub);

  // The coordinator's snippet, as the builder gives it.
  const builderContext = await browser.newContext();
  const builder = await builderContext.newPage();
  await signInAs(builder, "coordinator");
  await builder.goto("/netwerken/technet-utrecht/widget");
  await builder.getByLabel("Soort").selectOption("evenementen");
  await builder.getByLabel("Aantal", { exact: true }).fill("3");
  await builder.getByLabel("Kleur van links").fill("#6b2c91");
  await builder.getByRole("button", { name: "Maak de code" }).click();
  await expect(builder).toHaveURL(/soort=evenementen/);
  const snippet = await builder.getByRole("textbox", { name: "Code voor uw website" }).inputValue();
  expect(snippet).toContain(`${technohub}/widget/netwerken/technet-utrecht/evenementen?aantal=3&amp;link=%236b2c91`);
  expect(snippet).toContain(`<script src="${technohub}/widget.js" async></script>`);
  await builderContext.close();

  hostPage = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Website van TechNet Utrecht</title></head>
<body><main><h1>Agenda</h1>${snippet}
<h2>Een gewone pagina van Technohub</h2>
<iframe id="netwerken" src="${technohub}/netwerken" title="Netwerken op Technohub" style="width:100%;height:300px"></iframe>
<iframe id="home" src="${technohub}/" title="Technohub" style="width:100%;height:300px"></iframe>
</main></body></html>`;

  // A fresh browser context: no cookie of Technohub or anyone.
  const context = await browser.newContext();
  const page = await context.newPage();
  const fromTechnohub: { url: string; setCookie: string | undefined }[] = [];
  page.on("response", async (response) => {
    if (new URL(response.url()).origin === technohub) fromTechnohub.push({ url: response.url(), setCookie: (await response.allHeaders())["set-cookie"] });
  });
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|Refused to display/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${hostOrigin}/`);

  const widget = page.frameLocator("iframe[data-technohub-widget]");
  await expect(widget.getByRole("heading", { level: 1, name: "Evenementen van TechNet Utrecht" })).toBeVisible();
  await expect(widget.getByRole("link", { name: /De hele agenda op Technohub/ })).toHaveAttribute("target", "_blank");
  const frame = page.frames().find((f) => f.url().includes("/widget/netwerken/technet-utrecht/evenementen"))!;
  expect(frame).toBeTruthy();
  expect(await frame.evaluate(() => document.cookie)).toBe("");
  // The host's link colour reached the widget through the token.
  expect(await frame.evaluate(() => getComputedStyle(document.querySelector("a")!).color)).toBe("rgb(107, 44, 145)");

  // The script sized the iframe to the widget's content (the snippet's default is 480 px).
  const iframe = page.locator("iframe[data-technohub-widget]");
  await expect.poll(async () => iframe.evaluate((el: HTMLIFrameElement) => el.style.height)).not.toBe("480px");
  const contentHeight = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  expect(await iframe.evaluate((el: HTMLIFrameElement) => el.style.height)).toBe(`${contentHeight}px`);
  expect(await iframe.getAttribute("scrolling")).toBe("no");

  // Accessible: axe over the host page and into the widget's frame.
  const results = await new AxeBuilder({ page }).include("iframe[data-technohub-widget]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);

  // Ordinary pages refuse: the browser does not show them inside the host page.
  await expect.poll(() => refused.length).toBeGreaterThanOrEqual(2);
  for (const id of ["netwerken", "home"]) {
    const blocked = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
    expect(blocked!.url(), id).not.toMatch(new RegExp(`^${technohub}/`));
  }

  // Nothing set a cookie, and the browser holds none.
  expect(fromTechnohub.length).toBeGreaterThanOrEqual(3);
  expect(fromTechnohub.filter((r) => r.setCookie !== undefined)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("a widget at 320 px wide is readable without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/widget/netwerken/technet-utrecht/nieuws?aantal=3");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("an organisation's guest-lesson button leads, through signing in and without JavaScript, to a request to that organisation", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", javaScriptEnabled: false });
  const widget = await context.newPage();
  await widget.goto("/widget/organisaties/kiremko/gastles");
  const [page] = await Promise.all([context.waitForEvent("page"), widget.getByRole("link", { name: /Vraag een gastles aan/ }).click()]);
  await page.waitForLoadState();
  // Not signed in: the sign-in page, which knows the way back.
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fvragen%2Fnieuw%3Forganisatie%3Dkiremko$/);
  await page.getByLabel("E-mailadres").fill("docent@demo.technohub.nl");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("technohub-demo");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/vragen\/nieuw\?organisatie=kiremko$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aanvraag bij Kiremko" })).toBeVisible();
  const offer = page.getByLabel("Welk aanbod van Kiremko");
  expect(await offer.locator("option").count()).toBeGreaterThanOrEqual(2);

  // The company visit is for vmbo kader (app/db/seed/demo-guest-lessons.ts); the teacher picks it, not the first offer.
  const visit = await offer.locator("option", { hasText: "Bedrijfsbezoek: van plaatstaal tot frituurwand" }).getAttribute("value");
  await offer.selectOption(visit!);
  await page.getByLabel("Wat zoekt u", { exact: true }).selectOption("bedrijfsbezoek");
  await page.getByLabel("Korte titel").fill("Bedrijfsbezoek via de widget");
  await page.getByLabel("Wat zoekt u, in uw eigen woorden").fill("De productiehal zien");
  await page.getByLabel("Niveau van de klas").selectOption("vmbo-kader");
  await page.getByLabel("Aantal leerlingen").fill("20");
  await page.getByLabel("Datum 1", { exact: true }).fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  // The request went to that offer of Kiremko, at once (a direct request is an appointment with it).
  await expect(page).toHaveURL(/\/vragen\/[0-9a-f-]{36}\?opgeslagen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bedrijfsbezoek via de widget" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Bedrijfsbezoek: van plaatstaal tot frituurwand/ }).first()).toBeVisible();
  await context.close();
});
