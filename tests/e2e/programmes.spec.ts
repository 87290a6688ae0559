import fs from "node:fs";
import ExcelJS from "exceljs";
import { test, expect, signIn, DEMO_PASSWORD } from "./fixtures.ts";

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
  await signIn(page, "coordinator.deventer@demo.technohub.nl", DEMO_PASSWORD);
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

  await page.getByRole("button", { name: "Markeer ‘Rolmodellenpool van tien technici’ als afgerond" }).click();
  await expect(page.getByText("De mijlpaal is afgerond.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Markeer ‘Rolmodellenpool van tien technici’ als afgerond" })).toHaveCount(0);

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
  await signIn(page, "bedrijf@demo.technohub.nl", DEMO_PASSWORD);
  await page.goto("/programmas/sterk-techniek-onderwijs-deventer-twello/projecten/1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Project 1.");
  await expect(page.getByRole("button", { name: "Update plaatsen" })).toHaveCount(0);
  await page.goto("/programmas/sterk-techniek-onderwijs-deventer-twello");
  await expect(page.getByRole("link", { name: "Download rapportage (PDF)" })).toHaveCount(0);
  const response = await page.request.get("/programmas/sterk-techniek-onderwijs-deventer-twello/rapportage.pdf");
  expect(response.status()).toBe(403);
});
