import type { Page } from "@playwright/test";
import { test, expect, signInAs, wordsBrokenAcrossLines } from "./fixtures.ts";

test("a coordinator sets up a Techniekdag, fixes a registration date after the event, opens registration; a host offers a slot and withdraws it", async ({ page }) => {
  const name = `Techniekdag Leidsche Rijn ${Date.now() % 100000}`;
  await signInAs(page, "coordinator");
  await page.goto("/evenementen");
  await page.getByRole("link", { name: "Nieuw evenement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw evenement" })).toBeVisible();
  await page.getByLabel("Netwerk").selectOption({ label: "TechNet Utrecht" });
  await page.getByLabel("Naam van het evenement").fill(name);
  await page.getByLabel("Soort evenement").selectOption({ label: "Techniekdag" });
  await page.getByLabel("Datum (eerste dag)").fill("2027-06-10");
  await page.getByLabel("Naam (Dagdeel 1)").fill("Ochtend");
  await page.getByLabel("Van (Dagdeel 1)").fill("09:00");
  await page.getByLabel("Tot (Dagdeel 1)").fill("12:00");
  await page.getByLabel("Naam (Dagdeel 2)").fill("Middag");
  await page.getByLabel("Van (Dagdeel 2)").fill("13:00");
  await page.getByLabel("Tot (Dagdeel 2)").fill("16:00");
  await page.getByLabel("Bedrijven: aanmelden sluit na").fill("2027-05-01");
  // Registration for schools closing after the event is refused beside its field, with everything kept.
  await page.getByLabel("Scholen: aanmelden sluit na").fill("2027-06-20");
  await page.getByRole("button", { name: "Evenement aanmaken" }).click();
  const field = page.locator(".utrecht-form-field", { has: page.getByLabel("Scholen: aanmelden sluit na") });
  await expect(field.getByText("Het aanmelden moet vóór de datum van het evenement liggen.")).toBeVisible();
  await expect(page.getByLabel("Scholen: aanmelden sluit na")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam van het evenement")).toHaveValue(name);
  await expect(page.getByLabel("Naam (Dagdeel 2)")).toHaveValue("Middag");
  await expect(page.getByLabel("Bedrijven: aanmelden sluit na")).toHaveValue("2027-05-01");

  await page.getByLabel("Scholen: aanmelden sluit na").fill("2027-05-15");
  await page.getByRole("button", { name: "Evenement aanmaken" }).click();
  await expect(page.getByText("Het evenement is aangemaakt.")).toBeVisible();
  await expect(page.getByText("Dit evenement is nu: In voorbereiding.")).toBeVisible();
  const eventUrl = new URL(page.url()).pathname.replace(/\/bewerken$/, "");
  await page.getByRole("button", { name: "Aanmelden openen" }).click();
  await expect(page.getByText("Dit evenement is nu: Aanmelden open.")).toBeVisible();

  // A company offers a morning visit, then withdraws it while registration is open.
  await signInAs(page, "company");
  await page.goto(eventUrl);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "Bezoekmoment aanbieden" }).click();
  await page.getByLabel("Dagdeel").selectOption({ label: "Ochtend (09:00–12:00)" });
  await page.getByLabel("Maximaal aantal leerlingen").fill("24");
  await page.getByLabel("Vmbo kader").check();
  await page.getByLabel("Wat gaan de leerlingen doen?").fill("Een frituurpan in elkaar zetten.");
  await page.getByRole("button", { name: "Bezoekmoment aanbieden" }).click();
  await expect(page.getByRole("cell", { name: "Een frituurpan in elkaar zetten.", exact: true })).toBeVisible();
  // Saved, the form is empty again for a next slot: pressing the button twice does not offer this one twice.
  await expect(page.getByLabel("Wat gaan de leerlingen doen?")).toHaveValue("");
  await expect(page.getByLabel("Maximaal aantal leerlingen")).toHaveValue("");
  // On a laptop the list takes the page's width, not the form's column: no header breaks a word.
  expect(await wordsBrokenAcrossLines(page.getByRole("table"))).toEqual([]);
  // On a phone each slot is a card whose facts say their column; a question takes no colon after it.
  await page.setViewportSize({ width: 390, height: 844 });
  const activity = page.locator("td", { hasText: "Een frituurpan in elkaar zetten." });
  expect(await activity.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Wat gaan de leerlingen doen? "');
  const capacity = page.locator("tr", { hasText: "Een frituurpan" }).locator("td").nth(2);
  expect(await capacity.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Maximaal aantal leerlingen: "');
  await page.setViewportSize({ width: 1280, height: 720 });
  // A change opens the same form with the slot's values, for the same company.
  await page.getByRole("link", { name: "Wijzigen (Ochtend (09:00–12:00), Een frituurpan in elkaar zetten.)" }).click();
  await expect(page.getByText(/^U wijzigt een aanmelding van /)).toBeVisible();
  await expect(page.getByLabel("Maximaal aantal leerlingen")).toHaveValue("24");
  await page.getByLabel("Maximaal aantal leerlingen").fill("30");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "30", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Intrekken (Ochtend (09:00–12:00), Een frituurpan in elkaar zetten.)" }).click();
  await expect(page.getByText("Uw aanmelding is ingetrokken.")).toBeVisible();
  await expect(page.getByText("U heeft nog geen bezoekmomenten aangeboden.")).toBeVisible();
});

/** The least a new event needs (a first day with one part of it), so tests that are about something else create one the same way. */
async function fillFirstDayAndCreate(page: Page) {
  await page.getByLabel("Datum (eerste dag)").fill("2027-06-10");
  await page.getByLabel("Naam (Dagdeel 1)").fill("Ochtend");
  await page.getByLabel("Van (Dagdeel 1)").fill("09:00");
  await page.getByLabel("Tot (Dagdeel 1)").fill("12:00");
  await page.getByRole("button", { name: "Evenement aanmaken" }).click();
  await expect(page.getByText("Het evenement is aangemaakt.")).toBeVisible();
}

/**
 * The administrator may choose among every network (more than a select holds): the form first asks
 * for the network by name, then shows itself with that network fixed (ADR 024, tenth pass).
 */
async function adminCreatesAnEventFindingItsNetwork(page: Page, name: string) {
  await page.goto("/evenementen/nieuw");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw evenement" })).toBeVisible();
  await expect(page.getByLabel("Naam van het evenement")).toHaveCount(0);
  const step = page.getByRole("search", { name: "Kies eerst het netwerk" });
  // Capitals and accents do not matter; every word must be in the name.
  await step.getByLabel("Zoek het netwerk op naam").fill("technet UTRÉCHT");
  await step.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "gevonden" })).toBeVisible();
  await expect(page.getByLabel("Zoek het netwerk op naam")).toHaveValue("technet UTRÉCHT");
  await page.getByRole("list", { name: "Netwerken om uit te kiezen" }).getByRole("link", { name: "TechNet Utrecht", exact: true }).click();
  await expect(page).toHaveURL(/\/evenementen\/nieuw\?netwerk=technet-utrecht$/);
  await expect(page.locator("#f-networkId")).toContainText("Netwerk: TechNet Utrecht");
  await expect(page.getByRole("link", { name: "Ander netwerk kiezen" })).toBeVisible();
  await page.getByLabel("Naam van het evenement").fill(name);
  await page.getByLabel("Soort evenement").selectOption({ label: "Techniekdag" });
  // A refusal keeps the chosen network.
  await page.getByRole("button", { name: "Evenement aanmaken" }).click();
  await expect(page.locator(".utrecht-form-field", { has: page.getByLabel("Datum (eerste dag)") }).getByText("Vul een geldige datum in.")).toBeVisible();
  await expect(page.getByLabel("Datum (eerste dag)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-networkId")).toContainText("TechNet Utrecht");
  await fillFirstDayAndCreate(page);
}

test("an administrator finds the network of a new event by name, without JavaScript as with it; a network in the address skips the search", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await adminCreatesAnEventFindingItsNetwork(page, `Techniekdag Beheer ${Date.now() % 100000}`);

  // A network the address names that cannot be chosen is told beside the search field.
  await page.goto("/evenementen/nieuw?netwerk=bestaat-niet");
  await expect(page.getByText("Dit netwerk kunt u niet kiezen", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Zoek het netwerk op naam")).toHaveAttribute("aria-invalid", "true");
  // A search that finds nothing says so.
  await page.goto("/evenementen/nieuw?q=zuivelfabriek");
  await expect(page.getByRole("status")).toHaveText("Geen netwerk gevonden voor \u201czuivelfabriek\u201d dat u kunt kiezen. Controleer de spelling of typ minder woorden.");

  await page.goto("/programmas/nieuw?netwerk=technet-utrecht");
  await expect(page.locator("#f-networkId")).toContainText("TechNet Utrecht");
  await page.getByRole("link", { name: "Ander netwerk kiezen" }).click();
  await expect(page.getByLabel("Zoek het netwerk op naam")).toBeVisible();

  // A coordinator's page links each network's new event and programme with the network fixed; a
  // coordinator of two chooses again from a select.
  await signInAs(page, "coordinator");
  await page.goto("/coordinatie");
  await page.getByRole("link", { name: "Nieuw programma voor TechNet Utrecht" }).click();
  await expect(page).toHaveURL(/\/programmas\/nieuw\?netwerk=technet-utrecht$/);
  await expect(page.locator("#f-networkId")).toContainText("TechNet Utrecht");
  await page.getByRole("link", { name: "Ander netwerk kiezen" }).click();
  await expect(page.getByRole("combobox", { name: "Netwerk" })).toBeVisible();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    await signInAs(noScript, "admin");
    await adminCreatesAnEventFindingItsNetwork(await noScript.newPage(), `Techniekdag Zonder Script ${Date.now() % 100000}`);
  } finally {
    await noScript.close();
  }
});

test("a coordinator withdrawing a school's group from the assignment is asked first, on a phone; 'Niet intrekken' keeps it", async ({ page }) => {
  const EVENT = "/evenementen/techniekdag-utrecht-2027";
  const group = `3 kader ${Date.now() % 100000}`;
  await signInAs(page, "teacher");
  await page.goto(`${EVENT}/aanmelden`);
  await page.getByLabel("Naam van de klas").fill(group);
  await page.getByLabel("Aantal leerlingen").fill("18");
  await page.getByLabel("Niveau").selectOption({ label: "Vmbo kader" });
  await page.getByRole("button", { name: "Klas aanmelden" }).click();
  await expect(page.getByText("De klas is aangemeld.")).toBeVisible();

  await signInAs(page, "coordinator");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${EVENT}/indeling`);
  const name = `${group}, Vmbo De Werkplaats (NUOVO)`;
  // One tap beside "Opslaan" used to delete the school's group at once.
  await page.getByRole("button", { name: `Intrekken (${name})` }).click();
  const step = page.getByRole("region", { name: `Groep ${name} intrekken?` });
  await expect(step).toContainText("Dit kunt u niet ongedaan maken");
  await expect(step).toContainText("De school krijgt hierover geen bericht");
  await expect(step.getByRole("heading", { level: 2 })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await step.getByRole("link", { name: "Niet intrekken" }).click();
  await expect(page.getByRole("region", { name: `Groep ${name} intrekken?` })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: new RegExp(group) })).toBeVisible();

  await page.getByRole("button", { name: `Intrekken (${name})` }).click();
  await page.getByRole("button", { name: "Ja, groep intrekken" }).click();
  await expect(page.getByText("De groep is ingetrokken.")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: new RegExp(group) })).toHaveCount(0);
});

test("on a phone a new event's parts of the day are boxes apart, and before registration opens its page does not say 'nu open'", async ({ page }) => {
  const name = `Feest van de Techniek Woerden ${Date.now() % 100000}`;
  await signInAs(page, "coordinator");
  await page.setViewportSize({ width: 390, height: 844 });
  // The coordinator has two networks: the address chooses one, as the coordination page's link does.
  await page.goto("/evenementen/nieuw?netwerk=technet-utrecht");
  // The first part's last field and the second part's box no longer touch.
  const lastOfFirst = await page.getByLabel("Tot (Dagdeel 1)").boundingBox();
  const secondBox = await page.locator("#f-window1").boundingBox();
  expect(secondBox!.y - (lastOfFirst!.y + lastOfFirst!.height)).toBeGreaterThanOrEqual(16);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel("Naam van het evenement").fill(name);
  await fillFirstDayAndCreate(page);
  await page.getByRole("link", { name: "Terug naar het evenement" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // No registration dates and not opened yet: "nu open" stood above "Aanmelden is nog niet open."
  for (const label of ["Aanmelden voor bedrijven", "Aanmelden voor scholen"]) {
    await expect(page.locator(".utrecht-data-list__item", { hasText: label }).locator(".utrecht-data-list__item-value")).toHaveText("nog niet open");
  }
  await expect(page.getByText("nu open")).toHaveCount(0);
});
