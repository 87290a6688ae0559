import fs from "node:fs";
import ExcelJS from "exceljs";
import { test, expect, expectAccessible, signInAs } from "./fixtures.ts";

const PROJECTS = [
  "Verbeteren aansluiting primair onderwijs op techn(olog)isch vmbo",
  "Verbeteren aandacht techniek in onderbouw vmbo",
  "Verbeteren aandacht voor meer meiden in de techniek",
  "Verbeteren harde techniekprofielen bovenbouw",
  "Verbeteren techn(olog)isch aanbod in overige profielen",
  "Professionaliseren docenten en instructeurs",
  "Verbeteren facilitair aanbod Techniek",
  "Verbeteren aansluiting vmbo op mbo",
  "Verbeteren samenwerking regionale bedrijfsleven",
];

test("the Deventer-Twello coordinator follows the programme, reports progress, completes a milestone and downloads the report", async ({ page }) => {
  await signInAs(page, "coordinatorDeventer");
  await page.goto("/account");
  // Programma's sits behind "Meer" in the menu bar (app/domain/common/navigation.ts).
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByText("Meer", { exact: true }).click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Programma's" }).click();
  await page.getByRole("link", { name: "Sterk Techniek Onderwijs Deventer-Twello" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sterk Techniek Onderwijs Deventer-Twello");

  // Three goals, nine projects.
  const goals = page.getByRole("heading", { level: 3, name: /^Doel \d\./ });
  await expect(goals).toHaveText([
    "Doel 1. Instroombevordering in het technisch onderwijs",
    "Doel 2. Verbetering van het technisch onderwijs en professionalisering van de docenten",
    "Doel 3. Samenwerking met het bedrijfsleven om meer praktijkgericht onderwijs te kunnen geven",
  ]);
  for (const [i, title] of PROJECTS.entries()) {
    await expect(page.getByRole("link", { name: `Project ${i + 1}. ${title}`, exact: true }).first()).toBeVisible();
  }
  // Overdue milestones come first, on top of the page.
  const overdue = page.locator("section", { has: page.getByRole("heading", { name: "Mijlpalen over de datum" }) });
  await expect(overdue.getByText("Rolmodellenpool van tien technici")).toBeVisible();

  // Post a progress update on project 3 and mark its late milestone done.
  await page.getByRole("link", { name: `Project 3. ${PROJECTS[2]}`, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Project 3. ${PROJECTS[2]}`);
  await page.getByLabel("Wat is er gebeurd en wat is de volgende stap?").fill("Acht technici hebben zich als rolmodel aangemeld.");
  await page.getByLabel("Groen: op koers").check();
  await page.getByRole("button", { name: "Update plaatsen" }).click();
  await expect(page.getByText("Uw update is geplaatst.")).toBeVisible();
  await expect(page.getByText("Acht technici hebben zich als rolmodel aangemeld.")).toBeVisible();

  await page.getByRole("button", { name: "Markeer als afgerond: Rolmodellenpool van tien technici" }).click();
  await expect(page.getByText("De mijlpaal is afgerond.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Markeer als afgerond: Rolmodellenpool van tien technici" })).toHaveCount(0);

  await page.getByRole("link", { name: /Terug naar Sterk Techniek Onderwijs/ }).click();
  await expect(overdue.getByText("Rolmodellenpool van tien technici")).toHaveCount(0);
  const project3 = page.locator("li.th-project", { has: page.getByRole("link", { name: `Project 3. ${PROJECTS[2]}` }) }).first();
  await expect(project3.getByText("Groen: op koers")).toBeVisible();

  // The report for funders, as PDF and as XLSX.
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download rapportage (PDF)" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^rapportage-sterk-techniek-onderwijs-deventer-twello-.*\.pdf$/);
  expect(fs.readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe("%PDF-");

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download rapportage (Excel)" }).click()]);
  const bytes = fs.readFileSync((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Programma", "Doelen", "Projecten", "Mijlpalen", "Updates"]);
  expect(wb.getWorksheet("Projecten")!.rowCount).toBe(10);
});

test("a company contact outside the team reads the programme but cannot report on it", async ({ page }) => {
  await signInAs(page, "company");
  await page.goto("/programmas/sterk-techniek-onderwijs-deventer-twello/projecten/1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Project 1.");
  await expect(page.getByRole("button", { name: "Update plaatsen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Project bewerken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Team beheren" })).toHaveCount(0);
  await page.goto("/programmas/sterk-techniek-onderwijs-deventer-twello");
  await expect(page.getByRole("link", { name: "Download rapportage (PDF)" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Programma bewerken" })).toHaveCount(0);
  expect((await page.request.get("/programmas/sterk-techniek-onderwijs-deventer-twello/bewerken")).status()).toBe(403);
  expect((await page.request.get("/programmas/sterk-techniek-onderwijs-deventer-twello/projecten/1/team")).status()).toBe(403);
  expect((await page.request.get("/programmas/nieuw")).status()).toBe(403);
  const response = await page.request.get("/programmas/sterk-techniek-onderwijs-deventer-twello/rapportage.pdf");
  expect(response.status()).toBe(403);
});

test("a coordinator starts a programme with two goals, a project under both and a team whose lead then moves", async ({ page }) => {
  await signInAs(page, "coordinatorDeventer");
  await page.goto("/programmas");
  await page.getByRole("link", { name: "Nieuw programma" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw programma");

  // A period that ends before it starts comes back with the message beside the end date, and what was typed.
  await page.getByLabel("Naam van het programma").fill("Techniek in de wijk");
  await page.getByLabel("Financiers").fill("Gemeente Deventer");
  await page.getByLabel("Begindatum").fill("2026-08-01");
  await page.getByLabel("Einddatum").fill("2025-07-31");
  await page.getByRole("button", { name: "Programma aanmaken" }).click();
  await expect(page.locator("#f-endsOn-error")).toHaveText("De einddatum moet na de begindatum liggen.");
  await expect(page.getByLabel("Naam van het programma")).toHaveValue("Techniek in de wijk");
  await expectAccessible(page);
  await page.getByLabel("Einddatum").fill("2028-07-31");
  await page.getByRole("button", { name: "Programma aanmaken" }).click();
  await expect(page.getByText("Het programma is aangemaakt. Voeg nu de doelen toe.")).toBeVisible();
  await expect(page).toHaveURL(/\/programmas\/techniek-in-de-wijk\/bewerken/);

  // Two goals, numbered in the order they were added.
  const goalForm = page.locator("form", { has: page.getByRole("button", { name: "Doel toevoegen" }) });
  await goalForm.getByLabel("Omschrijving van het doel").fill("Meer leerlingen kiezen techniek");
  await goalForm.getByLabel("Indicator").fill("Aandeel vmbo-leerlingen in een technisch profiel");
  await goalForm.getByLabel("Streefwaarde").fill("15% in 2028");
  await goalForm.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Het doel is toegevoegd.")).toBeVisible();
  await goalForm.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.locator("#f-title-error")).toHaveText("Dit veld is verplicht.");
  await expectAccessible(page);
  await goalForm.getByLabel("Omschrijving van het doel").fill("Docenten versterken");
  await goalForm.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Doel 1. Meer leerlingen kiezen techniek")).toBeVisible();
  await expect(page.getByText("Doel 2. Docenten versterken")).toBeVisible();

  // A project under both goals; without a goal it is refused.
  await page.getByRole("link", { name: "Project toevoegen" }).click();
  await page.getByLabel("Titel van het project").fill("Techniekcafé in de wijk");
  await page.getByRole("button", { name: "Project toevoegen" }).click();
  await expect(page.getByText("Kies ten minste één doel.").first()).toBeVisible();
  await expect(page.getByLabel("Titel van het project")).toHaveValue("Techniekcafé in de wijk");
  await expectAccessible(page);
  await page.getByLabel("Doel 1. Meer leerlingen kiezen techniek").check();
  await page.getByLabel("Doel 2. Docenten versterken").check();
  await page.getByRole("button", { name: "Project toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ontwikkelteam van project 1");
  await expect(page.getByText("Het project is toegevoegd. Stel nu het ontwikkelteam samen.")).toBeVisible();

  // The first member becomes the lead; then the lead moves to the second.
  await page.getByLabel("Organisatie").selectOption({ label: "Etty Hillesum Lyceum" });
  await page.getByLabel("Rol in het team").fill("Docent techniek");
  await page.getByRole("button", { name: "Teamlid toevoegen" }).click();
  await expect(page.getByText("Het teamlid is toegevoegd.")).toBeVisible();
  await page.getByLabel("Organisatie").selectOption({ label: "ROC Aventus" });
  await page.getByLabel("Rol in het team").fill("Hybride docent");
  await page.getByRole("button", { name: "Teamlid toevoegen" }).click();
  const seat = (role: string) => page.locator("li.th-editor-list__item", { hasText: role });
  await expect(seat("Docent techniek").locator(".th-lead")).toBeVisible();
  await expect(seat("Hybride docent").locator(".th-lead")).toHaveCount(0);
  await page.getByRole("button", { name: "Maak trekker: Hybride docent, ROC Aventus" }).click();
  await expect(page.getByText("De trekker is gewijzigd.")).toBeVisible();
  await expect(seat("Hybride docent").locator(".th-lead")).toBeVisible();
  await expect(seat("Docent techniek").locator(".th-lead")).toHaveCount(0);
  // The lead cannot leave while another member is in the team.
  await page.getByRole("button", { name: "Uit het team halen: Hybride docent, ROC Aventus" }).click();
  await expect(page.getByText("De trekker kan pas uit het team als een ander teamlid trekker is.", { exact: false })).toBeVisible();

  // The project page and the dashboard show the result.
  await page.getByRole("link", { name: "Project 1. Techniekcafé in de wijk" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Hybride docent" })).toContainText("trekker");
  await expect(page.getByText("Doel 1. Meer leerlingen kiezen techniek; Doel 2. Docenten versterken")).toBeVisible();
  await page.getByRole("link", { name: "Terug naar Techniek in de wijk" }).click();
  for (const goal of ["Doel 1. Meer leerlingen kiezen techniek", "Doel 2. Docenten versterken"]) {
    const section = page.locator("section.th-card", { has: page.getByRole("heading", { name: goal }) });
    await expect(section.getByRole("link", { name: "Project 1. Techniekcafé in de wijk" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Programma bewerken" })).toBeVisible();
});
