import fs from "node:fs";
import { test, expect, signInAs } from "./fixtures.ts";

// The demo's Techniekdag is open for registration; this test takes it from registration to published.
const EVENT = "/evenementen/techniekdag-utrecht-2027";
const GROUP = "2 kader E2E";
const SCHOOL = "Vmbo De Werkplaats (NUOVO)";

test("a host and a school register, the coordinator assigns, moves a group by hand and publishes; the school gets its schedule and calendar", async ({ page }) => {
  // A company offers a visit slot.
  await signInAs(page, "company");
  await page.goto(EVENT);
  await page.getByRole("link", { name: "Bezoekmoment aanbieden" }).click();
  await page.getByLabel("Dagdeel").selectOption({ label: "Ochtend (09:00–12:00)" });
  await page.getByLabel("Maximaal aantal leerlingen").fill("30");
  await page.getByLabel("Maximaal aantal groepen").fill("1");
  await page.getByLabel("Vmbo kader").check();
  await page.getByLabel("Wat gaan de leerlingen doen?").fill("Rondleiding door de fabriek en zelf een plaatdeel zetten.");
  await page.getByRole("button", { name: "Bezoekmoment aanbieden" }).click();
  await expect(page.getByText("Uw bezoekmoment is aangeboden.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Rondleiding door de fabriek en zelf een plaatdeel zetten.", exact: true })).toBeVisible();

  // A teacher registers a class with Kiremko as first wish; a bad size first comes back beside its field.
  await signInAs(page, "teacher");
  await page.goto(`${EVENT}/aanmelden`);
  await page.getByLabel("Naam van de klas").fill(GROUP);
  await page.getByLabel("Aantal leerlingen").fill("0");
  await page.getByLabel("Niveau").selectOption({ label: "Vmbo kader" });
  await page.getByLabel("Voorkeur 1").selectOption({ label: "Bedrijf: Kiremko" });
  await page.getByRole("button", { name: "Klas aanmelden" }).click();
  await expect(page.getByText("Vul een aantal leerlingen tussen 1 en 200 in.").first()).toBeVisible();
  await expect(page.getByLabel("Naam van de klas")).toHaveValue(GROUP);
  await page.getByLabel("Aantal leerlingen").fill("22");
  await page.getByRole("button", { name: "Klas aanmelden" }).click();
  await expect(page.getByText("De klas is aangemeld.")).toBeVisible();

  // The coordinator runs the assignment and watches it finish.
  await signInAs(page, "coordinator");
  await page.goto(`${EVENT}/indeling`);
  // Before a run nobody is placed: no "0%" or "0,0 km" that reads like a result.
  await expect(page.locator(".utrecht-data-list__item", { hasText: "Gemiddelde reisafstand" })).toContainText("nog niet: er is niemand ingedeeld");
  await page.getByRole("button", { name: "Indeling maken" }).click();
  await expect(page.getByText(/Laatste indeling klaar\. Groepen: 3, bezoekmomenten: 4/)).toBeVisible({ timeout: 20_000 });
  // Decimals the Dutch way: a comma, not a point.
  await expect(page.getByText(/rekentijd: \d+,\d s\./)).toBeVisible();
  await expect(page.locator(".utrecht-data-list__item", { hasText: "Gemiddelde reisafstand" })).toContainText(/\d+,\d km/);
  const row = page.locator("tr", { hasText: GROUP });
  await expect(row).toContainText("Kiremko");
  await expect(row).toContainText("1e keus");

  // … and moves the class by hand to Domstad's afternoon slot, locked.
  const name = `${GROUP}, ${SCHOOL}`;
  const select = page.getByLabel(`Indelen bij (${name})`);
  const domstad = await select.locator("option", { hasText: "Domstad" }).getAttribute("value");
  await select.selectOption(domstad!);
  await page.getByLabel(`Vastzetten (${name})`).check();
  await page.getByRole("button", { name: `Opslaan (${name})` }).click();
  await expect(page.getByText("De wijziging is opgeslagen.")).toBeVisible();
  await expect(page.locator("tr", { hasText: GROUP })).toContainText("Domstad Installatiewerken (demo)");
  await expect(page.locator("tr", { hasText: GROUP })).toContainText("Vastgezet");

  // On a phone every group is a card: neither the page nor the table scrolls sideways, and each
  // fact still says what it is.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const scrollBox = page.locator(".th-table-scroll", { has: page.locator("tr", { hasText: GROUP }) });
  expect(await scrollBox.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.locator("tr", { hasText: GROUP }).locator("td[data-label='Keus']")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Publishing mails everyone: the page first says how many schools and companies, and how many mails.
  await page.getByRole("button", { name: "Indeling publiceren" }).click();
  const step = page.getByRole("region", { name: "Indeling publiceren?" });
  await expect(step).toContainText("Scholen die een e-mail krijgen");
  const total = (await step.locator(".utrecht-data-list__item", { hasText: "E-mails in totaal" }).locator(".utrecht-data-list__item-value").textContent())!.trim();
  await step.getByRole("button", { name: "Bevestigen en publiceren" }).click();
  await expect(page.getByText(`De indeling is gepubliceerd. Verstuurde e-mails: ${total}.`)).toBeVisible();

  // The school sees its schedule and downloads the calendar.
  await signInAs(page, "teacher");
  await page.goto(EVENT);
  await page.getByRole("link", { name: `Rooster van ${SCHOOL}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rooster voor Techniekdag Utrecht 2027" })).toBeVisible();
  await expect(page.getByText("Domstad Installatiewerken (demo)", { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`${GROUP}, 22 leerlingen`))).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Toevoegen aan agenda (ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("rooster-techniekdag-utrecht-2027-vmbo-de-werkplaats.ics");
  const ics = fs.readFileSync((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("Domstad Installatiewerken (demo)");
  // 13:00 on 20 May 2027 in the Netherlands (summer time) is 11:00 UTC.
  expect(ics).toContain("DTSTART:20270520T110000Z");
  const pdf = await page.request.get(`${EVENT}/rooster/vmbo-de-werkplaats/rooster.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
});
