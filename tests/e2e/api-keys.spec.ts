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

  // The expiry field suggests a year from today; a day in the past is refused beside it.
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const expiry = page.getByLabel("Geldig tot en met");
  expect(Math.abs(Date.parse(await expiry.inputValue()) - Date.parse(day(365)))).toBeLessThanOrEqual(86_400_000);
  await page.getByRole("checkbox", { name: /offers:write/ }).check();
  await expiry.fill(day(-3));
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText("Kies een dag na vandaag.").first()).toBeVisible();
  await expect(page.getByLabel("Geldig tot en met")).toHaveValue(day(-3));

  await page.getByLabel("Geldig tot en met").fill(day(30));
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByRole("heading", { name: "Sleutel ‘Aanbodkoppeling’ is gemaakt" })).toBeVisible();
  await expect(page.getByText(`De sleutel werkt tot en met ${day(30)}.`)).toBeVisible();
  const secret = await page.getByLabel("Uw nieuwe API-sleutel").inputValue();
  expect(secret).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: /Aanbodkoppeling/ });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("Nog niet gebruikt");
  await expect(row).toContainText(day(30));
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
