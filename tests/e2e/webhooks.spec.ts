import { dutchOn } from "./dutch-words.ts";
import { test, expect, signInAs, pageAs } from "./fixtures.ts";

const OBM = "/organisaties/obm-midden-nederland";
const URL_A = "https://crm.obm-demo.example/technohub";

test("an organisation's administrator adds a webhook, sees its secret once, pauses, resumes, rolls and deletes it", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto(OBM);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page).toHaveURL(`${OBM}/webhooks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks van OBM Midden-Nederland");
  await expect(page.getByText("Uw organisatie heeft nog geen webhooks.")).toBeVisible();

  // Plain http and no event: both told beside their fields, in Dutch, with the address kept.
  await page.getByLabel("Adres (URL)").fill("http://crm.obm-demo.example/technohub");
  await page.getByRole("button", { name: "Webhook toevoegen" }).click();
  await expect(page.getByText("Kies minstens één gebeurtenis.").first()).toBeVisible();
  await expect(page.getByLabel("Adres (URL)")).toHaveValue("http://crm.obm-demo.example/technohub");
  await page.getByRole("checkbox", { name: /Aanmelding \(voor een sessie/ }).check();
  await page.getByRole("button", { name: "Webhook toevoegen" }).click();
  await expect(page.getByText("Het adres moet met https:// beginnen.").first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Aanmelding \(voor een sessie/ })).toBeChecked();

  // A private address is refused in production.
  await page.getByLabel("Adres (URL)").fill("https://169.254.169.254/latest");
  await page.getByRole("button", { name: "Webhook toevoegen" }).click();
  await expect(page.getByText(/niet bereikbaar vanaf internet/).first()).toBeVisible();

  await page.getByLabel("Adres (URL)").fill(URL_A);
  await page.getByRole("checkbox", { name: "Afmelding" }).check();
  await page.getByRole("button", { name: "Webhook toevoegen" }).click();
  const secret = page.getByLabel(`Geheim voor ${URL_A}`, { exact: true });
  await expect(secret).toHaveValue(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const first = await secret.inputValue();
  const row = page.getByRole("row", { name: new RegExp(URL_A) });
  await expect(row.getByText("Actief")).toBeVisible();
  await expect(row.getByText("Afmelding")).toBeVisible();

  // Shown once: the page opened again shows no secret.
  await page.goto(`${OBM}/webhooks`);
  await expect(page.getByLabel(`Geheim voor ${URL_A}`, { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: `Pauzeren: ${URL_A}` }).click();
  await expect(page.getByText("De webhook is gepauzeerd.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(URL_A) }).getByText("Gepauzeerd")).toBeVisible();
  await page.getByRole("button", { name: `Hervatten: ${URL_A}` }).click();
  await expect(page.getByText("De webhook is hervat.")).toBeVisible();

  await page.getByRole("button", { name: `Nieuw geheim voor ${URL_A}` }).click();
  await expect(page.getByLabel(`Geheim voor ${URL_A}`, { exact: true })).toHaveValue(/^whsec_/);
  expect(await page.getByLabel(`Geheim voor ${URL_A}`, { exact: true }).inputValue()).not.toBe(first);

  await page.getByRole("button", { name: `Verwijderen: ${URL_A}` }).click();
  await expect(page.getByText("De webhook is verwijderd.")).toBeVisible();
  await expect(page.getByText("Uw organisatie heeft nog geen webhooks.")).toBeVisible();
});

test("without JavaScript a webhook is added and its secret shown; a member who is no admin is refused", async ({ browser }) => {
  const page = await pageAs(browser, "provider", { javaScriptEnabled: false });
  await page.goto(`${OBM}/webhooks`);
  await page.getByLabel("Adres (URL)").fill(URL_A);
  await page.getByRole("checkbox", { name: /Nieuwe vraag/ }).check();
  await page.getByRole("button", { name: "Webhook toevoegen" }).click();
  await expect(page.getByLabel(`Geheim voor ${URL_A}`, { exact: true })).toHaveValue(/^whsec_/);
  await page.getByRole("button", { name: `Verwijderen: ${URL_A}` }).click();
  await expect(page.getByText("De webhook is verwijderd.")).toBeVisible();
  await page.context().close();

  const teacher = await pageAs(browser, "teacher");
  const response = await teacher.goto(`${OBM}/webhooks`);
  expect(response?.status()).toBe(403);
  await teacher.context().close();
});

test("the page in English has no Dutch left", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  try {
    await page.goto(`${OBM}/webhooks`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks of OBM Midden-Nederland");
    await expect(page.getByRole("checkbox", { name: "Waiting-list place offered" })).toBeVisible();
    expect(await dutchOn(page)).toEqual([]);
  } finally {
    // The demo account is shared with the specs after this one: give it its Dutch back.
    await page.goto("/");
    await page.locator("form.th-lang button").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  }
});
