import type { Page } from "@playwright/test";
import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

/** A weekday some days ahead, as an ISO date (the server runs on the real clock). */
function futureWeekday(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function newOpenRequest(page: Page, title: string) {
  await page.goto("/vragen/nieuw");
  await page.getByLabel("Wat zoekt u", { exact: true }).selectOption({ label: "Gastles" });
  await page.getByLabel("Korte titel").fill(title);
  await page.getByRole("checkbox", { name: "lassen" }).check();
  await page.getByLabel("Niveau van de klas").selectOption({ label: "vmbo-kader" });
  await page.getByLabel("Aantal leerlingen").fill("24");
  await page.getByLabel("Datum 1").fill(futureWeekday(30));
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen.")).toBeVisible();
}

test("a teacher edits her request (errors beside the fields, values kept) and withdraws it", async ({ page }) => {
  const title = `Lassen voor 3 kader ${Date.now()}`;
  await signInAs(page, "teacher");
  await newOpenRequest(page, title);
  const requestUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("link", { name: "Vraag bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vraag bewerken: ${title}`);
  await expect(page.getByLabel("Korte titel")).toHaveValue(title);
  await expect(page.getByLabel("Datum 1")).toHaveValue(futureWeekday(30));

  // Bad input: the message beside its field, everything typed kept.
  await page.getByLabel("Korte titel").fill(`${title} (twee klassen)`);
  await page.getByLabel("Aantal leerlingen").fill("0");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.locator("#f-pupils-error")).toHaveText("Vul het aantal leerlingen in (1 tot 500).");
  await expect(page.getByLabel("Korte titel")).toHaveValue(`${title} (twee klassen)`);
  await expect(page.getByRole("checkbox", { name: "lassen" })).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel("Aantal leerlingen").fill("48");
  await page.getByLabel("Aantal groepen").fill("2");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Uw wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (twee klassen)`);
  await expect(page.getByText("48 leerlingen in 2 groepen")).toBeVisible();
  // Matching reads the changed request.
  await expect(page.getByRole("heading", { name: "Passend aanbod" })).toBeVisible();

  await page.getByRole("link", { name: "Vraag intrekken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vraag intrekken: ${title} (twee klassen)`);
  await page.getByLabel("Reden (niet verplicht)").fill("We gaan dit jaar met de klas naar de Techniekdag.");
  await page.getByRole("button", { name: "Vraag intrekken" }).click();
  await expect(page.getByText("Uw vraag is ingetrokken.")).toBeVisible();
  await expect(page.getByText("Ingetrokken", { exact: true })).toBeVisible();
  await expect(page.getByText("We gaan dit jaar met de klas naar de Techniekdag.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Vraag bewerken" })).toHaveCount(0);
  // The edit page now says why nothing can be changed.
  await page.goto(`${requestUrl}/bewerken`);
  await expect(page.getByText("Deze vraag is ingetrokken of afgesloten en kan niet meer worden gewijzigd.")).toBeVisible();
});

test("withdrawing a request the company has not answered yet ends it and mails the company", async ({ page }) => {
  const title = `Lasworkshop voor 2 kader ${Date.now()}`;
  await signInAs(page, "teacher");
  await page.goto("/aanbod");
  await page.getByLabel("Onderwerp", { exact: true }).selectOption({ label: "lassen" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: "Workshop lassen voor beginners" }).first().click();
  // The offer says how its organisation answers requests.
  await expect(page.getByTestId("offer-responses")).toContainText(/reageert|aanvragen/);
  await page.getByRole("link", { name: "Vraag dit aan" }).click();
  await page.getByLabel("Korte titel").fill(title);
  await page.getByLabel("Niveau van de klas").selectOption({ label: "vmbo-kader" });
  await page.getByLabel("Aantal leerlingen").fill("16");
  await page.getByLabel("Datum 1", { exact: true }).fill(futureWeekday(40));
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen en naar het bedrijf verstuurd.")).toBeVisible();

  await page.getByRole("link", { name: "Vraag intrekken" }).click();
  await expect(page.getByText("Deze aanvragen worden dan beëindigd.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Workshop lassen voor beginners" })).toBeVisible();
  await page.getByRole("button", { name: "Vraag intrekken" }).click();
  await expect(page.getByText("Uw vraag is ingetrokken.")).toBeVisible();
  await expect(page.getByText("De aanvraag bij 1 bedrijf is beëindigd; het bedrijf heeft een e-mail gekregen.")).toBeVisible();

  await page.goto("/dev/mail");
  await expect(page.getByRole("listitem").filter({ hasText: "Aanvraag ingetrokken: Workshop lassen voor beginners" }).first()).toBeVisible();
});

test("a coordinator sets her network's deadline for answers", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/coordinatie/vragen");
  await expect(page.getByText("TechNet Utrecht: 5 werkdagen")).toBeVisible();
  await page.getByRole("link", { name: "Termijn wijzigen voor TechNet Utrecht" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Termijn voor antwoorden: TechNet Utrecht");

  await page.getByLabel("Termijn in werkdagen").fill("45");
  await page.getByRole("button", { name: "Termijn opslaan" }).click();
  await expect(page.locator("#f-escalationWorkingDays-error")).toHaveText("Vul een heel aantal werkdagen in, van 1 tot en met 30.");
  await expect(page.getByLabel("Termijn in werkdagen")).toHaveValue("45");
  await expectAccessible(page);

  await page.getByLabel("Termijn in werkdagen").fill("3");
  await page.getByRole("button", { name: "Termijn opslaan" }).click();
  await expect(page.getByText("De termijn is opgeslagen: 3 werkdagen.")).toBeVisible();
  await page.goto("/coordinatie/vragen");
  await expect(page.getByText("TechNet Utrecht: 3 werkdagen")).toBeVisible();

  // Back to the default, so the other specs see the demo as it was.
  await page.getByRole("link", { name: "Termijn wijzigen voor TechNet Utrecht" }).click();
  await page.getByLabel("Termijn in werkdagen").fill("5");
  await page.getByRole("button", { name: "Termijn opslaan" }).click();
  await expect(page.getByText("De termijn is opgeslagen: 5 werkdagen.")).toBeVisible();
});
