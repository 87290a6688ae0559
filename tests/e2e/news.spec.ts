import { test, expect, signInAs } from "./fixtures.ts";

// Headless Chromium says "HeadlessChrome", which rightly counts as a bot: read as a person's browser would.
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

test.use({ userAgent: CHROME });

test("a coordinator publishes an article; each reader counts once a day; it is popular and in the feeds", async ({ page, browser, baseURL }) => {
  const title = `Techniekdag Technologieroute ${Date.now()}`;
  await signInAs(page, "coordinator");
  await page.goto("/account");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Nieuws" }).click();
  await page.getByRole("link", { name: "Nieuw artikel" }).click();
  await page.getByLabel("Netwerk").selectOption({ label: "Technologieroute" });
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Samenvatting").fill("Leerlingen maken kennis met de maakindustrie.");
  await page.getByLabel("Tekst", { exact: true }).fill("## Programma\n\nBezoek aan **drie bedrijven**.\n\n<script>alert('x')</script>");
  await page.getByLabel("Status").selectOption({ label: "Publiceren" });
  await page.getByRole("button", { name: "Opslaan" }).click();

  // Published, and the notice says so (a bare "opgeslagen" did not tell a draft from a published article).
  await expect(page.getByText("Het artikel is opgeslagen en gepubliceerd: iedereen kan het nu lezen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 2, name: "Programma" })).toBeVisible();
  expect(await page.locator(".th-article__body script").count()).toBe(0);
  const articleUrl = new URL(page.url());
  articleUrl.search = "";
  const slug = articleUrl.pathname.split("/").pop()!;

  // The author is a reader too: one view, and a reload the same day adds none.
  await expect(page.getByTestId("view-count")).toHaveText("1 keer bekeken");
  await page.reload();
  await expect(page.getByTestId("view-count")).toHaveText("1 keer bekeken");

  // Another reader (another browser) counts once as well.
  const other = await browser.newContext({ userAgent: FIREFOX, locale: "nl-NL" });
  const reader = await other.newPage();
  await reader.goto(articleUrl.toString());
  await expect(reader.getByTestId("view-count")).toHaveText("2 keer bekeken");
  await reader.reload();
  await expect(reader.getByTestId("view-count")).toHaveText("2 keer bekeken");
  await other.close();

  // A crawler is not a reader.
  const bot = await page.request.get(articleUrl.toString(), { headers: { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" } });
  expect(bot.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("view-count")).toHaveText("2 keer bekeken");

  // "Populaire artikelen" of the network lists it.
  await page.goto("/nieuws?netwerk=technologieroute");
  const popular = page.getByRole("complementary", { name: "Populaire artikelen" });
  await expect(popular.getByRole("link", { name: title })).toBeVisible();
  await expect(popular.getByText("2 keer bekeken")).toBeVisible();

  // Both feeds carry it, with an absolute link.
  for (const feed of ["/netwerken/technologieroute/nieuws.xml", "/nieuws.xml"]) {
    const response = await page.request.get(feed);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain(`<title>${title}</title>`);
    expect(xml).toContain(`href="${baseURL}/nieuws/${slug}"`);
    expect(xml).not.toContain("&lt;script");
  }
});

test("the seeded TechNet Utrecht news was read when it appeared, years ago: the last 90 days list none and say so", async ({ page }) => {
  await page.goto("/nieuws?netwerk=technet-utrecht");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuws van TechNet Utrecht");
  const popular = page.getByRole("complementary", { name: "Populaire artikelen" });
  await expect(popular.getByText("In de afgelopen 90 dagen is geen artikel gelezen.")).toBeVisible();
  await expect(popular.getByRole("link")).toHaveCount(0);
  // The page's own filter is the twelve provinces; the network's news is one link away.
  await page.goto("/nieuws");
  await page.getByLabel("Provincie").selectOption({ label: "Utrecht" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/\/nieuws\?provincie=Utrecht$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuws uit Utrecht");
  await expect(page.getByLabel("Provincie")).toHaveValue("Utrecht");
  // Back to all news in the browser: the filter follows the address.
  await page.getByRole("link", { name: "Al het nieuws" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuws");
  await expect(page.getByLabel("Provincie")).toHaveValue("");
  // "Heel Nederland" sends the field empty: the address is the news page's own, not /nieuws?provincie=.
  await page.goto("/nieuws?provincie=Utrecht");
  await page.getByLabel("Provincie").selectOption({ label: "Heel Nederland" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuws");
  await expect(page).toHaveURL(/\/nieuws$/);
  await page.goto("/nieuws?provincie=Atlantis");
  await expect(page.getByText("Die provincie in het adres kennen we niet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuws");
  await page.goto("/nieuws?netwerk=technet-utrecht");
  await page.getByRole("link", { name: "Aanmelding Girlsday 2018 geopend!" }).first().click();
  await expect(page.getByText("donderdag 12 april 2018")).toBeVisible();
  expect((await page.request.get("/nieuws/bestaat-niet")).status()).toBe(404);
});

test("an article saved half-written is refused in Dutch beside each field, not by the browser's own bubble", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/nieuws/nieuw");
  // Two networks: the empty choice says what to do instead of being a blank line.
  await expect(page.getByLabel("Netwerk").locator("option").first()).toHaveText("Kies een netwerk");
  await page.getByLabel("Titel").fill("Open dag");
  await page.getByRole("button", { name: "Opslaan" }).click();
  // The server answered (the browser's validation would have kept the page as it was).
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.locator("#f-network-error")).toHaveText("Kies het netwerk waarvoor u schrijft.");
  await expect(page.getByLabel("Netwerk")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-summary-error")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Open dag");
});

test("a coordinator starts an article from the coordination page on a phone; an empty one is refused with each field named in the summary", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/coordinatie");
  await page.getByRole("link", { name: "Nieuwsbericht schrijven voor TechNet Utrecht" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw artikel");
  await expect(page.getByLabel("Netwerk")).toHaveValue("technet-utrecht");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const summary = page.locator(".th-error-summary");
  await expect(summary).toBeFocused();
  // Three bare "Dit veld is verplicht." said nothing about which field.
  await expect(summary.getByRole("link", { name: "Titel: Dit veld is verplicht." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Samenvatting: Dit veld is verplicht." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Tekst: Dit veld is verplicht." })).toBeVisible();
});
