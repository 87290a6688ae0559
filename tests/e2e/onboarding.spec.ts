import type { Page } from "@playwright/test";
import { test, expect, signInAs, pageAs, expectAccessible, signUpThroughMail } from "./fixtures.ts";

const BASE = "/netwerken/technet-utrecht/organisaties-importeren";
const HEADER = "Naam;Soort;KvK-nummer;BRIN;Vestigingsnummer;Straat en huisnummer;Postcode;Plaats;Sector;Naam contactpersoon;E-mail contactpersoon";

/** The invitation link in the newest outbox mail to an address (read as the tester's mailbox is). */
async function invitationLink(page: Page, to: string): Promise<string> {
  const list = await (await page.request.get("/dev/mail")).text();
  const item = list.split('<li class="th-mail-list__item"').slice(1).find((i) => i.includes(to) && i.includes("Uitnodiging: beheer"));
  expect(item, `invitation to ${to}`).toBeTruthy();
  const mail = await (await page.request.get(/href="(\/dev\/mail\/[0-9a-f-]+)"/.exec(item!)![1]!)).text();
  return /\/uitnodiging\/[A-Za-z0-9_-]+/.exec(mail)![0];
}

const upload = async (page: Page, lines: string[]) => {
  await page.getByLabel("Bestand (CSV of Excel, hoogstens 2 MB)").setInputFiles({ name: "organisaties.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...lines].join("\n")) });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
};

test("a coordinator downloads the template, sees an error by row and column, uploads the fixed file, confirms; the contact claims the organisation from the invitation mail", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const contact = `hr-${run}@lasbedrijf.example`;
  await signInAs(page, "coordinator");
  await page.goto(BASE);
  await expect(page.getByRole("heading", { level: 1, name: "Organisaties importeren voor TechNet Utrecht" })).toBeVisible();
  await expectAccessible(page);

  const xlsx = await page.request.get((await page.getByRole("link", { name: "Sjabloon downloaden (Excel, .xlsx)" }).getAttribute("href"))!);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const csv = await page.request.get((await page.getByRole("link", { name: "Sjabloon downloaden (CSV)" }).getAttribute("href"))!);
  expect(await csv.text()).toContain(HEADER);

  // The XLSX template as downloaded is accepted as it is, its example offer and course included (not confirmed).
  await page.getByLabel("Bestand (CSV of Excel, hoogstens 2 MB)").setInputFiles({ name: "sjabloon.xlsx", mimeType: xlsx.headers()["content-type"]!, buffer: await xlsx.body() });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: /^Aanbod: 1$/ })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^Cursussen: 1$/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Gastles warmtepompen.*Wordt concept/ })).toBeVisible();
  await expect(page.getByText(/fouten?: los/)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ander bestand uploaden" }).click();

  const good = [`Lasbedrijf ${run};bedrijf;;;;Industrieweg 4;3433 PA;Nieuwegein;Metaal;Afdeling HR;${contact}`, `Techniekschool ${run};school;;;;;;Utrecht;;;`];
  await upload(page, [good[0]!.replace(";;;;Industrieweg", ";1234567;;;Industrieweg"), good[1]!]);
  await expect(page.getByText("Rij 2, kolom KvK-nummer: een KvK-nummer heeft 8 cijfers.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /importeren$/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ander bestand uploaden" }).click();
  await upload(page, good);
  await expect(page.getByText("2 organisaties kloppen en kunnen worden geïmporteerd.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Lasbedrijf ${run}.*Nieuw`) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "2 organisaties importeren" }).click();
  await expect(page.getByText("Geïmporteerd: 2 nieuw, 0 samengevoegd.")).toBeVisible();

  await page.getByRole("link", { name: "Bekijk wie de uitnodiging nog niet heeft aangenomen" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`Lasbedrijf ${run}`) })).toContainText(contact);
  await expectAccessible(page);

  // The contact (here the demo employee, who belongs to no organisation yet) opens the mail's link.
  const link = await invitationLink(page, contact);
  const visitor = await browser.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1, name: `Uitnodiging voor Lasbedrijf ${run}` })).toBeVisible();
  await visitor.close();
  const employee = await pageAs(browser, "employee");
  await employee.goto(link);
  await expectAccessible(employee);
  await employee.getByRole("button", { name: `Lasbedrijf ${run} beheren` }).click();
  await expect(employee).toHaveURL(new RegExp(`/organisaties/lasbedrijf-${run}$`));
  await employee.goto(link);
  await expect(employee.getByText("Deze uitnodiging is al aangenomen.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(`Lasbedrijf ${run}`) })).toHaveCount(0);
  await expect(page.getByText("1 uitnodiging is aangenomen.")).toBeVisible();
});

test("an invited contact without an account signs up from the invitation and, after confirming the address, lands back on it to accept", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const contact = `eigenaar-${run}@schilders.example`;
  await signInAs(page, "coordinator");
  await page.goto(BASE);
  await upload(page, [`Schildersbedrijf ${run};bedrijf;;;;;;Utrecht;;Eigenaar;${contact}`]);
  await page.getByRole("button", { name: "1 organisatie importeren" }).click();
  await expect(page.getByText("Geïmporteerd: 1 nieuw, 0 samengevoegd.")).toBeVisible();
  const link = await invitationLink(page, contact);

  const visitor = await browser.newPage();
  await visitor.goto(link);
  await expect(visitor.getByText("Na het registreren en het bevestigen van uw e-mailadres komt u vanzelf terug op deze pagina")).toBeVisible();
  await visitor.getByRole("link", { name: "Nog geen account? Registreren" }).click();
  await expect(visitor).toHaveURL(/\/registreren\?redirectTo=%2Fuitnodiging%2F/);
  await expectAccessible(visitor);
  // The confirmation mail's link carries the invitation along; confirming signs in and goes back there.
  await signUpThroughMail(visitor, { name: "Sanne Schilder", email: contact });
  await expect(visitor).toHaveURL(new RegExp(`${link}$`));
  await visitor.getByRole("button", { name: `Schildersbedrijf ${run} beheren` }).click();
  await expect(visitor).toHaveURL(new RegExp(`/organisaties/schildersbedrijf-${run}$`));
  await visitor.close();
});
