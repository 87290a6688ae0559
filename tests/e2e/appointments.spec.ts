import type { Page } from "@playwright/test";
import { advanceClock, futureWeekday, resetClock } from "./demo-clock.ts";
import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

/** The teacher asks an offer directly, from its page, with the given dates. */
async function requestFromOffer(page: Page, offerTitle: string, requestTitle: string, dates: string[]) {
  await page.getByRole("link", { name: "Vraag dit aan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(offerTitle);
  await page.getByLabel("Korte titel").fill(requestTitle);
  await page.getByLabel("Niveau van de klas").selectOption({ label: "vmbo-kader" });
  await page.getByLabel("Aantal leerlingen").fill("24");
  for (const [i, date] of dates.entries()) await page.getByLabel(`Datum ${i + 1}`, { exact: true }).fill(date);
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen en naar het bedrijf verstuurd.")).toBeVisible();
}

test("offer → request with three dates → company picks one (mail with ICS) → evaluation; the response figure changes", async ({ page }) => {
  const title = `Gastles lasrobot ${Date.now()}`;
  const dates = [futureWeekday(3), futureWeekday(5), futureWeekday(7)].filter((d, i, all) => all.indexOf(d) === i);
  try {
    // The company publishes an offer.
    await signInAs(page, "company");
    await page.goto("/aanbod/nieuw");
    await page.getByLabel("Soort aanbod").selectOption({ label: "Gastles" });
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Omschrijving").fill("Een monteur van Kiremko laat zien hoe een lasrobot onderdelen van een frituurmachine last.");
    await page.getByRole("checkbox", { name: "3D-printen" }).check();
    await page.getByRole("checkbox", { name: "vmbo-kader" }).check();
    await page.getByLabel("Duur in minuten").fill("90");
    await page.getByRole("checkbox", { name: "Op school" }).check();
    await page.getByLabel("Hoe ver wilt u reizen, of hoe ver mogen scholen naar u reizen (km)?").fill("40");
    await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
    await expect(page.getByText("Het aanbod is gepubliceerd.")).toBeVisible();

    // The teacher finds it by topic near her school and asks it with three dates.
    await signInAs(page, "teacher");
    await page.goto("/aanbod");
    await page.getByLabel("Onderwerp", { exact: true }).selectOption({ label: "3D-printen" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    // The results come as a list and as a table beside the map.
    await page.getByRole("link", { name: title }).first().click();
    await requestFromOffer(page, title, `Lasrobot voor 3 kader ${Date.now()}`, dates);
    await page.goto("/afspraken");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByText("Aangevraagd", { exact: true })).toBeVisible();
    const figureBefore = (await page.getByTestId("provider-reliability").textContent()) ?? "";
    const appointmentUrl = page.url();

    // The company accepts the second date.
    await signInAs(page, "company");
    await page.goto("/afspraken");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("radio").nth(1).check();
    await page.getByRole("button", { name: "Accepteren op deze datum" }).click();
    // The notice says what happened and who hears of it, not just "Opgeslagen.".
    await expect(page.getByText("De afspraak is ingepland. Beide partijen krijgen een e-mail met de datum en een agendabestand.")).toBeVisible();
    await expect(page.getByText("Ingepland", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "In mijn agenda zetten (.ics)" })).toBeVisible();

    // Both sides got the news with the calendar file (the outbox).
    await page.goto("/dev/mail");
    const mails = page.getByRole("listitem").filter({ hasText: `Afspraak ingepland: ${title}` });
    await expect(mails).toHaveCount(2);
    await expect(mails.filter({ hasText: "docent@demo.technohub.nl" })).toContainText("1 bijlage");
    await expect(mails.filter({ hasText: "bedrijf@demo.technohub.nl" })).toContainText("1 bijlage");

    // After the date the teacher confirms and evaluates.
    await signInAs(page, "teacher");
    await advanceClock(page, 10);
    await page.goto(appointmentUrl);
    await page.getByLabel("Aantal leerlingen bereikt").first().fill("23");
    await page.getByRole("button", { name: "Bevestigen dat het heeft plaatsgevonden" }).click();
    await expect(page.getByText("Heeft plaatsgevonden", { exact: true })).toBeVisible();
    await page.getByLabel("Uw waardering (1 = slecht, 5 = uitstekend)").selectOption("5");
    for (const mark of ["Het doel was vooraf duidelijk", "Er waren leerdoelen", "Leerlingen en gastspreker", "Er is achteraf"]) {
      await page.getByRole("checkbox", { name: new RegExp(mark) }).check();
    }
    await page.getByLabel("Toelichting (niet verplicht)").fill("De klas was enthousiast over de lasrobot.");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await expect(page.getByText("Geëvalueerd", { exact: true })).toBeVisible();
    await expect(page.getByText("Evaluatie van de school: 5 van 5")).toBeVisible();
    // The company answered: its response figure moved.
    await expect(page.getByTestId("provider-reliability")).not.toHaveText(figureBefore);
  } finally {
    await resetClock(page);
  }
});

test("a request left unanswered past the deadline is escalated to the coordinator", async ({ page }) => {
  const requestTitle = `Lassen voor 2 kader ${Date.now()}`;
  try {
    await signInAs(page, "teacher");
    await page.goto("/aanbod");
    await page.getByLabel("Onderwerp", { exact: true }).selectOption({ label: "lassen" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("link", { name: "Workshop lassen voor beginners" }).first().click();
    await requestFromOffer(page, "Workshop lassen voor beginners", requestTitle, [futureWeekday(45), futureWeekday(46)]);

    // Ten working days of silence: first a reminder, then the escalation.
    await advanceClock(page, 15);

    await signInAs(page, "coordinator");
    await page.goto("/coordinatie/vragen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open vragen van scholen");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: requestTitle }) });
    await expect(card).toContainText("Vastgelopen");
    await expect(card).toContainText("niet gereageerd");
    await expectAccessible(page);
  } finally {
    await resetClock(page);
  }
});
