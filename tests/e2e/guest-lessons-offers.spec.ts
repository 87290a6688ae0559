import type { Page } from "@playwright/test";
import { test, expect, signInAs, expectAccessible, pageAs, signUpThroughMail } from "./fixtures.ts";

/** A weekday some weeks ahead, as an ISO date (the server runs on the real clock). */
function futureWeekday(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test("a company publishes an offer and a teacher finds it by topic near her school", async ({ page }) => {
  const title = `Gastles 3D-printen ${Date.now()}`;
  await signInAs(page, "company");
  await page.goto("/aanbod/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw aanbod");

  // Bad input: each Dutch message beside its field, what was typed kept.
  await page.getByLabel("Kleinste groep (leerlingen)").fill("20");
  await page.getByLabel("Grootste groep (leerlingen)").fill("10");
  await page.getByLabel("Duur in minuten").fill("anderhalf uur");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.locator("#f-title-error")).toHaveText("Vul een titel in.");
  await expect(page.locator("#f-groupSizeMax-error")).toHaveText("Vul een aantal van 1 tot 500 in, niet kleiner dan de kleinste groep.");
  await expect(page.locator("#f-durationMinutes-error")).toHaveText("Vul een duur in minuten in, van 15 tot 2400.");
  await expect(page.getByText("Kies minstens één onderwerp.").first()).toBeVisible();
  // The summary names each field before its message; a question keeps its "?" and takes no colon.
  const summary = page.getByRole("alert").filter({ hasText: "Controleer de velden" });
  await expect(summary.getByRole("link", { name: "Voor welke niveaus? Kies minstens één niveau." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Titel: Vul een titel in." })).toBeVisible();
  await expect(page.getByLabel("Duur in minuten")).toHaveValue("anderhalf uur");
  await expectAccessible(page);

  await page.getByLabel("Soort aanbod").selectOption({ label: "Gastles" });
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Een ontwerper van Kiremko laat zien hoe onderdelen van een frituurmachine eerst geprint worden.");
  await page.getByRole("checkbox", { name: "3D-printen" }).check();
  await page.getByRole("checkbox", { name: "vmbo-kader" }).check();
  await page.getByLabel("Grootste groep (leerlingen)").fill("30");
  await page.getByLabel("Duur in minuten").fill("90");
  await page.getByRole("checkbox", { name: "Op school" }).check();
  await page.getByLabel("Hoe ver wilt u reizen, of hoe ver mogen scholen naar u reizen (km)?").fill("40");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.getByText("Het aanbod is gepubliceerd.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await signInAs(page, "teacher");
  await page.goto("/aanbod");
  await page.getByLabel("Onderwerp", { exact: true }).selectOption({ label: "3D-printen" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/onderwerp=3d-printen/);
  await expect(page.getByText("Afstanden vanaf Vmbo De Werkplaats (NUOVO) (Utrecht).")).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card).toBeVisible();
  await expect(card.locator(".th-reasons")).toHaveText(/\d+ km · vmbo-kader · 3D-printen/);

  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "Voor Vmbo De Werkplaats (NUOVO)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vraag dit aan" })).toBeVisible();
});

test("an open request shows ranked suggestions with their reasons; bad input gets Dutch messages", async ({ page }) => {
  await signInAs(page, "teacher");
  await page.goto("/vragen/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe vraag");

  await page.getByLabel("Aantal leerlingen").fill("veel");
  await page.getByLabel("Datum 1").fill("2020-01-06");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.locator("#f-kind-error")).toHaveText("Kies wat u zoekt.");
  await expect(page.locator("#f-title-error")).toHaveText("Vul een korte titel in.");
  await expect(page.locator("#f-pupils-error")).toHaveText("Vul het aantal leerlingen in (1 tot 500).");
  await expect(page.locator("#f-level-error")).toHaveText("Kies het niveau van de klas.");
  await expect(page.getByText("Kies een onderwerp of beschrijf wat u zoekt.").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Wat zoekt u", { exact: true }).selectOption({ label: "Gastles" });
  await page.getByLabel("Korte titel").fill(`Lassen voor 3 kader ${Date.now()}`);
  await page.getByRole("checkbox", { name: "lassen" }).check();
  await page.getByLabel("Niveau van de klas").selectOption({ label: "vmbo-kader" });
  await page.getByLabel("Aantal leerlingen").fill("24");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  // A date in the past is refused beside its field.
  await expect(page.locator("#f-date1-error")).toHaveText("Deze datum is al voorbij.");

  await page.getByLabel("Datum 1").fill(futureWeekday(30));
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen.")).toBeVisible();
  const suggestions = page.locator("section", { has: page.getByRole("heading", { name: "Passend aanbod" }) });
  const items = suggestions.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThan(1);
  // Every suggestion says why: distance, level, topic.
  for (const reasons of await suggestions.locator(".th-reasons").allTextContents()) expect(reasons).toMatch(/(\d+ km|online).* · vmbo-kader · lassen/);
  await expect(suggestions.getByRole("link", { name: "Workshop lassen voor beginners" })).toBeVisible();
});

/** Utrecht, 10 km, through the form: a GET form, so the same with JavaScript off. */
async function searchWithin10kmOfUtrecht(page: Page) {
  await page.goto("/aanbod");
  await page.getByLabel("In de buurt van").fill("Utrecht");
  await page.getByLabel("Afstand").selectOption({ label: "10 km" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  // Only what was filled in: the fields left alone (search words, kind, topic, …) are not in the address.
  await expect(page).toHaveURL(/\/aanbod\?bij=Utrecht&afstand=10$/);
  await expect(page.getByRole("status").filter({ hasText: "binnen 10 km van Utrecht" })).toBeVisible();
  await expect(page.getByLabel("Afstand")).toHaveValue("10");
}

test("a visitor searches /aanbod within a distance of a place, without JavaScript as with it", async ({ page, browser }) => {
  await searchWithin10kmOfUtrecht(page);
  await expectAccessible(page);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    await searchWithin10kmOfUtrecht(await noScript.newPage());
  } finally {
    await noScript.close();
  }
  // A distance the list does not have is said, not an error page.
  await page.goto("/aanbod?bij=Utrecht&afstand=7");
  await expect(page.getByText("De afstand ‘7’ kunnen we niet gebruiken; er is op alle afstanden gezocht.")).toBeVisible();
  await expect(page.getByLabel("Afstand")).toHaveValue("");
});

test("on a phone the offer form's topics are folded by group, and open without JavaScript", async ({ browser }) => {
  const phone = { locale: "nl-NL", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const page = await pageAs(browser, "company", phone);
  try {
    await page.goto("/aanbod/nieuw");
    const topics = page.getByRole("group", { name: "Onderwerpen" });
    // Eight groups, each one line, instead of 36 rows of 44 px.
    await expect(topics.locator("summary")).toHaveCount(await topics.locator("details").count());
    expect(await topics.locator("details").count()).toBeGreaterThan(4);
    await expect(topics.getByRole("checkbox", { name: "lassen" })).toBeHidden();
    expect((await topics.boundingBox())!.height).toBeLessThan(700);
    await topics.locator("summary", { hasText: "Metaal" }).tap();
    const metal = topics.getByRole("group", { name: "Metaal" });
    await metal.getByRole("checkbox", { name: "lassen" }).check();
    await expectAccessible(page);
    // What was chosen stays in view after a refusal: its group is open and says how many.
    await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
    await expect(page.locator("#f-title-error")).toHaveText("Vul een titel in.");
    await expect(topics.locator("summary", { hasText: "Metaal" })).toHaveText("Metaal (gekozen: 1)");
    await expect(metal.getByRole("checkbox", { name: "lassen" })).toBeChecked();
    await expect(topics.getByRole("checkbox", { name: "robotica" })).toBeHidden();
  } finally {
    await page.context().close();
  }
  const noScript = await pageAs(browser, "company", { ...phone, javaScriptEnabled: false });
  try {
    await noScript.goto("/aanbod/nieuw");
    await expect(noScript.getByRole("group", { name: "Onderwerpen" }).getByRole("checkbox", { name: "lassen" })).toBeVisible();
  } finally {
    await noScript.context().close();
  }
});

test("a visitor on an offer near Utrecht is told how to request it, makes an account, comes back and hears how to add a school", async ({ page }) => {
  await searchWithin10kmOfUtrecht(page);
  const first = page.locator("main h2 a[href^='/aanbod/'], main h3 a[href^='/aanbod/']").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const offerPath = new URL(page.url()).pathname;
  // Before, a visitor met the offer and no way on; now the page says who requests it and how.
  const how = page.getByRole("region", { name: "Dit aanvragen voor uw school" });
  await expect(how).toContainText("Een docent vraagt dit aan met een account bij Technohub.");
  await expect(how.getByRole("link", { name: "Inloggen om aan te vragen" })).toHaveAttribute("href", `/inloggen?redirectTo=${encodeURIComponent(offerPath)}`);
  await how.getByRole("link", { name: "Account aanmaken" }).click();

  await signUpThroughMail(page, { name: "Fenna Docent", email: `e2e.offer.${Date.now()}@school.example` });

  // Back on the offer, signed in, without a school: how to get one, not a button that leads nowhere.
  await expect(page).toHaveURL(new RegExp(`${offerPath}$`));
  await expect(how).toContainText("u hoort nog niet bij een school op Technohub");
  await expect(how.getByRole("link", { name: "Uw school aanmelden" })).toHaveAttribute("href", "/organisaties/nieuw");
  // The request form says the same instead of ending the road.
  await page.goto("/vragen/nieuw");
  await expect(page.getByRole("link", { name: "Uw school aanmelden" })).toBeVisible();
});

test("a company's employee on another company's offer hears that only a school's teacher requests it; a teacher sees her school's fit instead", async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 } };
  const company = await pageAs(browser, "company", phone);
  try {
    await company.goto(`/aanbod?q=${encodeURIComponent("Workshop lassen voor beginners")}`);
    await company.getByRole("link", { name: "Workshop lassen voor beginners" }).first().click();
    await expect(company.getByRole("heading", { level: 1 })).toHaveText("Workshop lassen voor beginners");
    // Before, a Kiremko employee was told to add "their school" here.
    const who = company.getByRole("region", { name: "Wie dit kan aanvragen" });
    await expect(who).toContainText("Alleen een docent van een school kan dit aanvragen.");
    await expect(who.getByRole("link")).toHaveCount(0);
    await expect(company.getByRole("region", { name: "Dit aanvragen voor uw school" })).toHaveCount(0);
    await expectAccessible(company);
    const offerPath = new URL(company.url()).pathname;

    const teacher = await pageAs(browser, "teacher", phone);
    try {
      await teacher.goto(offerPath);
      await expect(teacher.getByRole("heading", { level: 2, name: /^Voor / })).toBeVisible();
      await expect(teacher.getByRole("region", { name: "Wie dit kan aanvragen" })).toHaveCount(0);
      await expect(teacher.getByRole("region", { name: "Dit aanvragen voor uw school" })).toHaveCount(0);
    } finally {
      await teacher.context().close();
    }
  } finally {
    await company.context().close();
  }
});
