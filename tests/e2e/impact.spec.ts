import { test, expect, signInAs } from "./fixtures.ts";

test("impact page is public; the ledger and exports are for the network's coordinator; the agenda offers an ICS feed", async ({ page, request }) => {
  await page.goto("/netwerken/technet-utrecht");
  await page.getByRole("link", { name: "Impact van TechNet Utrecht" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impact van TechNet Utrecht" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ontmoetingen per school" })).toHaveCount(0);
  expect((await request.get("/netwerken/technet-utrecht/impact.xlsx", { maxRedirects: 0 })).status()).toBe(302);

  await page.goto("/netwerken/technet-utrecht/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda van TechNet Utrecht" })).toBeVisible();
  const feed = await request.get("/netwerken/technet-utrecht/agenda.ics");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

  await signInAs(page, "coordinator");
  await page.goto("/netwerken/technet-utrecht/impact");
  await expect(page.getByRole("heading", { name: "Ontmoetingen per school" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Impact en ontmoetingen per school als Excel (XLSX)" }).click();
  expect((await download).suggestedFilename()).toBe("impact-technet-utrecht.xlsx");
});

test("an appointment shows in the network agenda only while both sides agree; the company withdraws from its appointment page", async ({ page }) => {
  const visit = "Bedrijfsbezoek: van plaatstaal tot frituurwand: Vmbo Techniekcollege Kanaleneiland (NUOVO) en Kiremko";
  await page.goto("/netwerken/technet-utrecht/agenda");
  await expect(page.getByRole("rowheader", { name: visit })).toBeVisible();

  await signInAs(page, "company");
  await page.goto("/afspraken");
  const planned = page.locator("section", { has: page.getByRole("heading", { name: /^Ingepland/ }) });
  // The row links to the appointment (its title) and to what waits there; the title opens it.
  await planned.getByRole("row", { name: /Vmbo Techniekcollege Kanaleneiland/ }).getByRole("link").first().click();
  const calendar = page.getByRole("region", { name: "Netwerkagenda" });
  await expect(calendar).toContainText("staat in de openbare agenda van TechNet Utrecht");
  await calendar.getByRole("button", { name: "Niet meer tonen in de netwerkagenda" }).click();
  await expect(page.getByRole("region", { name: "Netwerkagenda" })).toContainText("De andere kant wil deze afspraak tonen");

  await page.goto("/netwerken/technet-utrecht/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda van TechNet Utrecht" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: visit })).toHaveCount(0);
});
