import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

const KEYS = "/organisaties/kiremko/api-sleutels";

test("an organisation's administrator makes a key, sees its secret once, and revokes it", async ({ page }) => {
  await signInAs(page, "company");
  await page.goto("/organisaties/kiremko");
  await page.getByRole("link", { name: "API-sleutels" }).click();
  await expect(page).toHaveURL(KEYS);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API-sleutels van Kiremko");
  await expectAccessible(page);

  // Nothing ticked: a Dutch message beside the rights, the name kept.
  await page.getByLabel("Naam").fill("Aanbodkoppeling");
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText("Kies minstens één recht.").first()).toBeVisible();
  await expect(page.getByLabel("Naam")).toHaveValue("Aanbodkoppeling");

  await page.getByRole("checkbox", { name: /offers:write/ }).check();
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByRole("heading", { name: "Sleutel ‘Aanbodkoppeling’ is gemaakt" })).toBeVisible();
  const secret = await page.getByLabel("Uw nieuwe API-sleutel").inputValue();
  expect(secret).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: /Aanbodkoppeling/ });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("Nog niet gebruikt");
  await expectAccessible(page);

  // The secret is in the action's answer only: the page itself never shows it again.
  await page.goto(KEYS);
  await expect(page.getByLabel("Uw nieuwe API-sleutel")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  await page.getByRole("row", { name: /Aanbodkoppeling/ }).getByRole("button", { name: "Sleutel Aanbodkoppeling intrekken" }).click();
  await expect(page).toHaveURL(`${KEYS}?ingetrokken`);
  await expect(page.getByText("De sleutel is ingetrokken.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Aanbodkoppeling/ })).toContainText("Ingetrokken op");
  await expectAccessible(page);
});

test("a member who does not administer the organisation gets no key page", async ({ page }) => {
  await signInAs(page, "teacher");
  const response = await page.goto(KEYS);
  expect(response?.status()).toBe(403);
});
