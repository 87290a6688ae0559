import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";

/**
 * A visitor finds a network in the directory and reads its profile, with and
 * without JavaScript. Runs on the demo data (seed 000: Technologieroute).
 */

async function filterToTechnologieroute(page: Page) {
  await page.goto("/netwerken");
  await expect(page.getByRole("heading", { level: 1, name: "Netwerken en samenwerkingen" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Netwerken zoeken en filteren" });
  await filters.getByRole("group", { name: "Provincie" }).getByRole("checkbox", { name: /^Utrecht \(\d+\)$/ }).check();
  await filters.getByRole("group", { name: "Sector" }).getByRole("checkbox", { name: /^High Tech Systems & Materialen \(\d+\)$/ }).check();
  await filters.getByRole("group", { name: "Tags" }).getByRole("checkbox", { name: /^hybride docent \(\d+\)$/ }).check();
  await filters.getByRole("button", { name: "Filters toepassen" }).click();

  // The whole search is in the address, so it can be shared; the search words left empty are not.
  await expect(page).toHaveURL(/\/netwerken\?provincie=Utrecht&sector=High\+Tech\+Systems\+%26\+Materialen&tag=hybride\+docent$/);

  const results = page.getByRole("region", { name: "Resultaten" });
  await expect(results.getByRole("status")).toContainText("1 netwerk gevonden");
  const cards = page.locator(".th-result-list > li");
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByRole("heading", { level: 3 })).toHaveText("Technologieroute");
  // The chosen filters can each be taken away again.
  await expect(results.getByRole("link", { name: /^verwijder filter Provincie: Utrecht$/ })).toBeVisible();
  // The vestigingen of the result are always listed, also when the map cannot load.
  await expect(page.getByRole("table", { name: "Vestigingen van de netwerken op deze pagina" }).getByRole("link", { name: "Technologieroute" }).first()).toBeVisible();

  await cards.first().getByRole("link", { name: "Technologieroute" }).click();
}

async function expectTechnologierouteProfile(page: Page) {
  await expect(page).toHaveURL(/\/netwerken\/technologieroute$/);
  await expect(page.getByRole("heading", { level: 1, name: "Technologieroute" })).toBeVisible();
  await expect(page).toHaveTitle(/Technologieroute/);

  const partners = page.getByRole("region", { name: "Partners" });
  const roc = partners.getByRole("listitem").filter({ hasText: "ROC Midden Nederland" });
  await expect(roc).toContainText("Penvoerder");
  await expect(roc.getByRole("link", { name: "ROC Midden Nederland" })).toHaveAttribute("href", /^\/organisaties\/[\w-]+$/);
  const obm = partners.getByRole("listitem").filter({ hasText: /OBM|OpleidingsBedrijf Metaal/ });
  await expect(obm).toHaveCount(1);
  await expect(obm).toContainText("Partner");

  const locations = page.getByRole("region", { name: "Vestigingen" });
  await expect(locations.getByRole("heading", { level: 3, name: "Fysieke hubs" })).toBeVisible();
  await expect(locations.getByRole("listitem").filter({ hasText: "Nieuwegein" })).not.toHaveCount(0);

  const facts = page.getByRole("region", { name: "Gegevens" });
  await expect(facts.getByRole("link", { name: "technologieroute@demo.technohub.nl" })).toHaveAttribute("href", "mailto:technologieroute@demo.technohub.nl");
  await expect(facts).toContainText("2015");
  await expect(facts).toContainText("Leven lang ontwikkelen");

  await expect(page.getByRole("link", { name: "Stel een wijziging voor" })).toHaveAttribute("href", "/netwerken/technologieroute/wijzigen");
  await expect(page.getByRole("link", { name: "Vraag deelname aan" })).toHaveAttribute("href", "/netwerken/technologieroute/deelnemen");
  await expect(page.getByRole("link", { name: "Bekijk de wijzigingsgeschiedenis" })).toHaveAttribute("href", "/netwerken/technologieroute/geschiedenis");
}

test("a visitor filters the directory to Technologieroute and reads its profile", async ({ page }) => {
  const failedRequests: string[] = [];
  page.on("pageerror", (error) => failedRequests.push(error.message));
  await filterToTechnologieroute(page);
  await expectTechnologierouteProfile(page);
  // Map tiles cannot load on a machine without internet: that must not break the page.
  expect(failedRequests).toEqual([]);
});

test("the same works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await filterToTechnologieroute(page);
    await expectTechnologierouteProfile(page);
    // Without a map the page says where the locations are instead.
    await expect(page.getByText("De kaart is niet beschikbaar. Alle vestigingen staan in de lijst.")).toBeVisible();
  } finally {
    await context.close();
  }
});

test("searching with a typo still finds Technologieroute", async ({ page }) => {
  await page.goto("/netwerken");
  await page.getByRole("searchbox", { name: "Zoek een netwerk" }).fill("techologieroute");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/q=techologieroute/);
  const cards = page.locator(".th-result-list > li");
  await expect(cards.first().getByRole("heading", { level: 3 })).toHaveText("Technologieroute");
});

test("an unrelated word finds nothing and says what to do", async ({ page }) => {
  await page.goto("/netwerken?q=zuivelfabriek");
  await expect(page.getByRole("status")).toContainText("Geen netwerken gevonden");
  await expect(page.getByText("Probeer een ander of korter zoekwoord")).toBeVisible();
  await page.getByRole("link", { name: "Bekijk alle netwerken" }).click();
  await expect(page).toHaveURL(/\/netwerken$/);
});

test("bad filter values are skipped politely, and an unknown network is a Dutch 404", async ({ page }) => {
  const response = await page.goto("/netwerken?soort=zeppelin&pagina=abc&startjaar=ooit");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/Niet alles in het adres konden we gebruiken/)).toContainText("soort = ‘zeppelin’");

  const missing = await page.goto("/netwerken/bestaat-niet");
  expect(missing?.status()).toBe(404);
  // The one error page of the site, with the use-case's own Dutch message and a way back.
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText(/Dit netwerk bestaat niet \(meer\)/)).toBeVisible();
});
