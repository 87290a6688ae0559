import { dutchOn } from "./dutch-words.ts";
import { expect, test } from "./fixtures.ts";

/**
 * The open data page (ADR 032): reached from the footer, in Dutch and English, its downloads are
 * real files a browser saves under their own name, and what the page says the file holds is what
 * it holds. axe checks the page as the test shows it (fixtures.ts).
 */
test("the open data page is linked from the footer and its downloads are the files it describes", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: /Open data/ }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
  await expect(page.getByRole("heading", { level: 2, name: "Licentie" })).toBeVisible();
  await expect(page.getByText("CC0 1.0 Universeel").first()).toBeVisible();

  const organisations = page.getByRole("region", { name: "Organisaties" });
  await expect(organisations.getByText("Laatst gewijzigd")).toBeVisible();
  const size = await organisations.locator("dt", { hasText: "Omvang" }).locator("xpath=following-sibling::dd").innerText();
  const count = Number(size.replace(/\D/g, ""));

  const [download] = await Promise.all([page.waitForEvent("download"), organisations.getByRole("link", { name: "organisaties.csv" }).click()]);
  expect(download.suggestedFilename()).toBe("technohub-organisaties.csv");
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("slug,name,kind,place,province,website,kvkNumber,sector,educationLevels,verified,url,modified");
  expect(lines.length - 1).toBe(count);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@type": string; dataset: unknown[] };
  expect(jsonLd["@type"]).toBe("DataCatalog");
  expect(jsonLd.dataset).toHaveLength(3);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Licence" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Organisations" }).getByText("Last modified")).toBeVisible();
  expect(await dutchOn(page)).toEqual([]);
});
