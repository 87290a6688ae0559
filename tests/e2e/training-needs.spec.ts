import { test, expect, signInAs, pageAs, expectAccessible, wordsBrokenAcrossLines } from "./fixtures.ts";

test("a company states a need; the provider sees it uncovered, publishes a matching course, and the company gets an e-mail", async ({ page, browser }) => {
  await signInAs(page, "company");
  await page.goto("/behoeften");
  await page.getByRole("link", { name: "Opleidingsbehoefte doorgeven" }).click();
  // Bad input: messages beside the fields, typed values kept.
  await page.getByLabel("Aantal medewerkers").fill("nul");
  await page.getByRole("button", { name: "Behoefte doorgeven" }).click();
  await expect(page.locator("#f-topic-error")).toHaveText("Kies het onderwerp.");
  await expect(page.locator("#f-employeeCount-error")).toContainText("Vul het aantal medewerkers in");
  await expect(page.getByLabel("Aantal medewerkers")).toHaveValue("nul");
  await expectAccessible(page);
  // On a phone the title's long compound word stays whole ("Opleidingsbehoefte", not "…behoeft|e").
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await wordsBrokenAcrossLines(page.getByRole("heading", { level: 1 }))).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByLabel("Onderwerp").selectOption({ label: "Pneumatiek" });
  await page.getByLabel("Wat moeten zij leren?").fill("Storingen zoeken in pneumatische systemen van onze vaatwasmachines.");
  await page.getByLabel("Aantal medewerkers").fill("5");
  await page.getByLabel("Periode: vanaf").fill("2027-04-01");
  await page.getByLabel("Periode: tot en met").fill("2027-06-30");
  await page.getByLabel("Gewenste vorm").selectOption({ label: "Fysieke hub" });
  await page.getByLabel("Plaats", { exact: true }).fill("Woerden");
  await page.getByRole("button", { name: "Behoefte doorgeven" }).click();
  await expect(page.getByText("Uw opleidingsbehoefte is doorgegeven.")).toBeVisible();
  await expect(page.getByText("Er is nog geen cursus die deze behoefte dekt.")).toBeVisible();

  // The provider's demand view lists it among the uncovered demand.
  const provider = await pageAs(browser, "provider");
  await provider.goto("/behoeften/overzicht");
  const uncovered = provider.locator("section", { has: provider.getByRole("heading", { name: /^Vraag zonder aanbod/ }) });
  const row = uncovered.getByRole("row").filter({ hasText: "Kiremko" }).filter({ hasText: "Pneumatiek" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Geen aanbod");
  await expectAccessible(provider);

  // Shaping a draft course from that need, then publishing it.
  await row.getByRole("checkbox").check();
  await provider.getByRole("button", { name: "Conceptcursus maken van de gekozen behoeften" }).click();
  await expect(provider.getByText("Dit concept is gevuld op basis van 1 opleidingsbehoefte.")).toBeVisible();
  await expect(provider.getByRole("checkbox", { name: "Pneumatiek" })).toBeChecked();
  await provider.getByLabel("Titel").fill("Pneumatiek voor monteurs");
  await provider.getByLabel("Prijs per deelnemer in euro").fill("295");
  await provider.getByRole("button", { name: "Publiceren" }).click();
  await expect(provider).toHaveURL(/\/cursussen\/pneumatiek-voor-monteurs\/sessies\?gepubliceerd/);

  await provider.goto("/behoeften/overzicht");
  const covered = provider.locator("section", { has: provider.getByRole("heading", { name: /^Vraag met passend aanbod/ }) });
  await expect(covered.getByRole("row").filter({ hasText: "Kiremko" }).filter({ hasText: "Pneumatiek voor monteurs" })).toHaveCount(1);
  await provider.context().close();

  // The company was told.
  const outbox = (await (await page.request.get("/dev/mail")).text()).split('<li class="th-mail-list__item"');
  const told = outbox.filter((i) => i.includes(">Nieuwe cursus voor uw opleidingsbehoefte: Pneumatiek voor monteurs</a>") && i.includes("bedrijf@demo.technohub.nl"));
  expect(told).toHaveLength(1);
  await page.goto("/behoeften");
  await page.getByRole("link", { name: "Pneumatiek – Kiremko" }).click();
  await expect(page.getByRole("link", { name: "Pneumatiek voor monteurs" })).toBeVisible();
  await page.getByRole("button", { name: "Behoefte sluiten" }).click();
  await expect(page.getByText("De behoefte is gesloten.")).toBeVisible();
});
