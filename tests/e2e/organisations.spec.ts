import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

const OBM = "/organisaties/obm-midden-nederland";

test("an organisation admin sees the organisation's networks, locations and people", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto(OBM);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OBM Midden-Nederland");
  const networks = page.locator("section", { has: page.getByRole("heading", { name: "Netwerken", level: 2, exact: true }) });
  await expect(networks.getByRole("link", { name: "Technologieroute" })).toHaveAttribute("href", "/netwerken/technologieroute");
  await expect(networks.getByRole("link", { name: "Technohub NOP" })).toHaveAttribute("href", /^\/netwerken\/technohub-nop/);
  await expect(page.getByText("Praktijklokaal OBM Midden-Nederland")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mensen" })).toBeVisible();
  await expect(page.getByText("Anouk Visser (demo)")).toBeVisible();

  // Editing keeps what the form does not show for this kind's neighbours, and what it does show.
  await page.getByRole("link", { name: "Gegevens bewerken" }).click();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("OBM Midden-Nederland");
  await expect(page.getByRole("checkbox", { name: "mbo-3" })).toBeChecked();
  await expect(page.getByLabel("Sector")).toHaveValue("Maakindustrie");
  await expect(page.getByRole("group", { name: "Alleen voor bedrijven" })).toBeHidden();
  // A BRIN that is not one gets its message beside the field; the page keeps what was typed.
  await page.getByLabel("BRIN-nummer (niet verplicht)").fill("AB12");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.locator("#f-brin-error")).toHaveText("Een BRIN-nummer heeft 4 tekens: 2 cijfers en 2 letters of cijfers, bijvoorbeeld 12AB.");
  await expect(page.getByLabel("BRIN-nummer (niet verplicht)")).toHaveAttribute("aria-describedby", /f-brin-error/);
  await expect(page.getByLabel("BRIN-nummer (niet verplicht)")).toHaveValue("AB12");
  // A BRIN and vestigingsnummer another organisation holds: refused beside the field, naming the holder.
  await page.getByLabel("BRIN-nummer (niet verplicht)").fill("99tk");
  await page.getByLabel("Vestigingsnummer (niet verplicht)").fill("01");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.locator("#f-brin-error")).toHaveText(
    "Dit BRIN-nummer met deze vestiging is al in gebruik door Vmbo Techniekcollege Kanaleneiland (NUOVO). Is dat niet uw school? Neem dan contact op met de beheerder van Technohub.",
  );
  await page.getByLabel("BRIN-nummer (niet verplicht)").fill("12ab");
  await page.getByLabel("Vestigingsnummer (niet verplicht)").fill("1");
  await page.getByLabel("Website").fill("www.obm-demo.nl");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page).toHaveURL(/\/organisaties\/obm-midden-nederland\?opgeslagen/);
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "www.obm-demo.nl" })).toHaveAttribute("href", "https://www.obm-demo.nl");
  await expect(page.getByText("mbo-2, mbo-3, mbo-4")).toBeVisible();
  await expect(page.getByText("Maakindustrie", { exact: true })).toBeVisible();
  await expect(page.getByText("12AB, vestiging 01", { exact: true })).toBeVisible();
});

test("a visitor sees the profile without people, and a Dutch 404 for an unknown organisation", async ({ page }) => {
  await page.goto(OBM);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OBM Midden-Nederland");
  await expect(page.getByRole("heading", { name: "Mensen" })).toHaveCount(0);
  await expect(page.getByText("Anouk Visser (demo)")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Gegevens bewerken" })).toHaveCount(0);

  await page.goto("/organisaties");
  await page.getByLabel("Zoek op naam").fill("OBM");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Opleider" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=OBM&soort=provider/);
  await page.getByRole("link", { name: "OBM Midden-Nederland" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OBM Midden-Nederland");
  // By province, as the directory of networks filters; only what was chosen is in the address.
  await page.goto("/organisaties");
  await page.getByLabel("Provincie").selectOption("Utrecht");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/organisaties\?provincie=Utrecht$/);
  await expect(page.getByRole("link", { name: "OBM Midden-Nederland" })).toBeVisible();

  const response = await page.goto("/organisaties/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expect(page.getByText(/Deze organisatie bestaat niet \(meer\)/)).toBeVisible();
});

test("a new company with a bad KvK number gets a Dutch message beside the field, keeps what was typed, and is saved once fixed", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto("/organisaties/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill("Lasbedrijf Vreeswijk (demo)");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Bedrijf" });
  // With JavaScript only the fields for companies remain.
  await expect(page.getByRole("group", { name: "Alleen voor scholen en opleiders" })).toBeHidden();
  await page.getByLabel("Sector").selectOption("Maakindustrie");
  await page.getByLabel("KvK-nummer (niet verplicht)").fill("1234 567");
  await page.getByLabel("Straat en huisnummer").fill("Industrieweg 5");
  await page.getByLabel("Postcode").fill("3433nk");
  await page.getByLabel("Plaats").fill("Nieuwegein");
  await page.getByRole("button", { name: "Organisatie toevoegen" }).click();

  const kvkError = page.locator("#f-kvkNumber-error");
  await expect(kvkError).toHaveText("Een KvK-nummer bestaat uit 8 cijfers, zoals 30123456.");
  await expect(page.getByLabel("KvK-nummer (niet verplicht)")).toHaveAttribute("aria-describedby", /f-kvkNumber-error/);
  await expect(page.getByRole("alert").filter({ hasText: "Controleer de velden" })).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Lasbedrijf Vreeswijk (demo)");
  await expect(page.getByLabel("Soort organisatie")).toHaveValue("company");
  await expect(page.getByLabel("Sector")).toHaveValue("Maakindustrie");
  await expect(page.getByLabel("KvK-nummer (niet verplicht)")).toHaveValue("1234 567");
  await expect(page.getByLabel("Plaats")).toHaveValue("Nieuwegein");
  await expectAccessible(page);

  await page.getByLabel("KvK-nummer (niet verplicht)").fill("3012 3456");
  await page.getByRole("button", { name: "Organisatie toevoegen" }).click();
  await expect(page).toHaveURL(/\/organisaties\/lasbedrijf-vreeswijk-demo\?toegevoegd/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lasbedrijf Vreeswijk (demo)");
  await expect(page.getByText("De organisatie is toegevoegd.")).toBeVisible();
  await expect(page.getByText("30123456")).toBeVisible();
  await expect(page.getByText("Industrieweg 5, 3433 NK Nieuwegein")).toBeVisible();
  await expect(page.getByText("Anouk Visser (demo)")).toBeVisible();
});

test("the add form works without JavaScript and shows the fields of every kind", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, "provider");
  const page = await context.newPage();
  await page.goto("/organisaties/nieuw");
  await expect(page.getByRole("group", { name: "Alleen voor scholen en opleiders" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Alleen voor bedrijven" })).toBeVisible();
  await page.getByRole("button", { name: "Organisatie toevoegen" }).click();
  await expect(page.locator("#f-name-error")).toHaveText("Vul de naam van de organisatie in.");
  await expect(page.locator("#f-kind-error")).toHaveText("Kies wat voor organisatie het is.");
  await context.close();
});

test("an organisation admin adds a colleague by e-mail address", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto(`${OBM}/leden`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden van OBM Midden-Nederland");

  await page.getByLabel("E-mailadres").fill("niemand@demo.technohub.nl");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.locator("#f-email-error")).toContainText("Er is geen account met dit e-mailadres");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@demo.technohub.nl");

  await page.getByLabel("E-mailadres").fill("docent@demo.technohub.nl");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("De persoon is toegevoegd en krijgt een e-mail.")).toBeVisible();
  const table = page.getByRole("table", { name: "Leden en hun rol" });
  await expect(table.getByText("docent@demo.technohub.nl")).toBeVisible();
  // On a phone each member is a card: the buttons to change a role are on screen, not beyond a sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.locator(".th-table-scroll", { hasText: "docent@demo.technohub.nl" }).evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The only admin cannot step down.
  await page.getByRole("button", { name: "Maak Anouk Visser (demo) gewoon lid" }).click();
  await expect(page.getByRole("alert")).toContainText("Een organisatie heeft altijd minstens één beheerder.");
});

test("someone outside the organisation cannot edit it or see its members", async ({ page }) => {
  await signInAs(page, "company");
  const edit = await page.goto(`${OBM}/bewerken`);
  expect(edit?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  // The refusal says what to do next, not only what is wrong.
  await expect(page.getByText("Vraag dan de beheerder van uw organisatie of de coördinator van het netwerk om toegang.", { exact: false })).toBeVisible();
  const members = await page.goto(`${OBM}/leden`);
  expect(members?.status()).toBe(403);
});
