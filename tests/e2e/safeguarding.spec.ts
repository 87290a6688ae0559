import { test, expect, signInAs, pageAs } from "./fixtures.ts";

// The demo school vmbo De Werkplaats requires a VOG (app/db/seed/demo-guest-lessons.ts); its teacher's
// open request "Gastles lassen voor 3 kader" is matched with, among others, the welding workshop of
// Woerdense Plaatbewerking, whose guest teacher holds one.

test("the request page says for each suggestion whether the school's VOG requirement is met", async ({ page }) => {
  await signInAs(page, "teacher");
  await page.goto("/vragen");
  await page.getByRole("link", { name: "Gastles lassen voor 3 kader" }).first().click();
  const suggestions = page.locator("section", { has: page.getByRole("heading", { name: "Passend aanbod" }) });
  await expect(suggestions.getByRole("listitem").first()).toBeVisible();
  const workshop = suggestions.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Workshop lassen voor beginners" }) });
  await expect(workshop.locator(".th-reasons")).toContainText(/VOG aanwezig tot \d{2}-\d{2}-\d{4}/);
  // Every suggestion answers the school's question, one way or the other.
  for (const reasons of await suggestions.locator(".th-reasons").allTextContents()) {
    expect(reasons).toMatch(/VOG aanwezig tot \d{2}-\d{2}-\d{4}|De school vraagt een VOG; (deze gastdocent heeft er \(nog\) geen|die van deze gastdocent is maar geldig tot)/);
  }

  // The school's own page says it asks for one; only its administrators may change that.
  await page.goto("/organisaties/vmbo-de-werkplaats/vog");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veilig werken met leerlingen (VOG) – Vmbo De Werkplaats (NUOVO)");
  await expect(page.getByText("Uw school vraagt een geldige VOG van gastdocenten en begeleiders.")).toBeVisible();
  await expect(page.getByText("Alleen een beheerder van uw school kan dit wijzigen.")).toBeVisible();
});

test("a company states until when its contact's VOG holds, without JavaScript, and a date in the past is refused beside the field", async ({ browser }) => {
  const page = await pageAs(browser, "company", { javaScriptEnabled: false });
  await page.goto("/organisaties/kiremko");
  await page.getByRole("link", { name: "Veilig werken met leerlingen (VOG)" }).click();
  await expect(page).toHaveURL("/organisaties/kiremko/vog");
  const row = page.getByRole("row", { name: /Afdeling onderwijs/ });
  await expect(row).toContainText(/Geldig tot \d{2}-\d{2}-\d{4}/);
  await row.getByRole("link", { name: "VOG van Afdeling onderwijs wijzigen" }).click();

  const field = page.getByLabel("VOG geldig tot");
  await field.fill("2020-01-31");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-validUntil-error")).toHaveText("Deze datum ligt in het verleden. Laat het veld leeg als er geen geldige VOG meer is.");
  await expect(page.getByLabel("VOG geldig tot")).toHaveValue("2020-01-31");

  const next = new Date().getUTCFullYear() + 2;
  await page.getByLabel("VOG geldig tot").fill(`${next}-03-12`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Afdeling onderwijs/ })).toContainText(`Geldig tot 12-03-${next}`);
  await page.close();
});

test("the privacy statement is linked in the footer and says what, why, on which basis and how long", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
  const register = page.getByRole("table", { name: "Persoonsgegevens die Technohub verwerkt" });
  await expect(register.getByRole("row", { name: /Verklaring Omtrent het Gedrag/ })).toContainText("nooit een kopie");
  await expect(register.getByRole("row", { name: /Berichten/ }).first()).toContainText("Meldingen in de inbox: 2 schooljaren");
  await expect(register.getByRole("columnheader", { name: "Grondslag (AVG artikel 6)" })).toBeVisible();
  await expect(page.getByText("Gegevens van leerlingen.", { exact: false })).toBeVisible();

  // A school's privacy officer finds the network's own summary from the network's page.
  await page.goto("/netwerken/technet-utrecht");
  await page.getByRole("link", { name: "Privacyoverzicht voor scholen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Privacyoverzicht /);
  await expect(page.getByText(/\d+ deelnemende organisaties?/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Bewaartermijnen die het platform elke nacht toepast" })).toBeVisible();
});

test("the administrator sees the retention periods and the job's runs", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Bewaartermijnen" }).click();
  await expect(page).toHaveURL("/beheer/bewaartermijnen");
  const table = page.getByRole("table", { name: "Bewaartermijnen die het platform elke nacht toepast" });
  await expect(table.getByRole("row", { name: /Verstuurde e-mails/ })).toContainText("90 dagen");
  await expect(table.getByRole("row", { name: /Het logboek van besluiten/ })).toContainText("audit_log");
  await expect(page.getByRole("heading", { name: "Laatste keren" })).toBeVisible();
});
