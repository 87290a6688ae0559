import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";

/**
 * A visitor searches everything from one field (/zoeken), with and without JavaScript: results
 * grouped by kind with counts, a kind filter, "Bedoelde u …?", and a Dutch message beside the
 * field for a query that cannot be used. Runs on the demo data.
 */

async function searchGirlsdag(page: Page) {
  await page.goto("/zoeken");
  await expect(page.getByRole("heading", { level: 1, name: "Zoeken" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Waar zoekt u naar?" }).fill("girlsdag");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=girlsdag/);

  // The synonym finds Girlsday; the events are a group with a count in real Dutch plurals.
  const results = page.getByRole("region", { name: "Resultaten" });
  const events = results.getByRole("region", { name: /^Evenementen/ });
  await expect(events.getByRole("heading", { level: 3 })).toHaveText(/Evenementen \(\d+ evenement(en)?\)/);
  await expect(events.getByRole("link", { name: "Girlsday 2027" })).toHaveAttribute("href", "/evenementen/girlsday-2027");

  // The kind filter keeps the query and shows one kind.
  const kinds = results.getByRole("navigation", { name: "Toon alleen" });
  await kinds.getByRole("link", { name: /^\d+ evenement(en)?$/ }).click();
  await expect(page).toHaveURL(/soort=evenementen/);
  await expect(page.getByRole("region", { name: /^Netwerken/ })).toHaveCount(0);
  await page.getByRole("region", { name: /^Evenementen/ }).getByRole("link", { name: "Girlsday 2027" }).click();
  await expect(page).toHaveURL(/\/evenementen\/girlsday-2027$/);
}

test("a visitor finds Girlsday by 'girlsdag', narrows to events and opens it", async ({ page }) => {
  await searchGirlsdag(page);
});

test("the same works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await searchGirlsdag(page);
  } finally {
    await context.close();
  }
});

test("a misspelt word offers 'Bedoelde u', and nothing found says what to do", async ({ page }) => {
  await page.goto("/zoeken?q=lasen");
  await page.getByRole("link", { name: "lassen", exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=lassen$/);
  await expect(page.getByRole("region", { name: /^Cursussen/ })).toBeVisible();

  await page.goto("/zoeken?q=qqqqqqq");
  await expect(page.getByRole("heading", { level: 3, name: "Niets gevonden voor ‘qqqqqqq’" })).toBeVisible();
  await page.getByRole("link", { name: "Alle cursussen" }).click();
  await expect(page).toHaveURL(/\/cursussen$/);
});

test("a query that is too long gets a Dutch message beside the field, never an error page", async ({ page }) => {
  const response = await page.goto(`/zoeken?q=${"lassen ".repeat(40)}`);
  expect(response?.status()).toBe(400);
  const field = page.getByRole("searchbox", { name: "Waar zoekt u naar?" });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Uw zoekopdracht is te lang. Gebruik ten hoogste 200 tekens.")).toBeVisible();
  await expect(field).toHaveValue(/^lassen lassen/);
});
