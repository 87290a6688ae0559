import { test, expect, signInAs, DEMO_PASSWORD } from "./fixtures.ts";

// A demo account no other spec signs in as: blocking it cannot disturb them, and the test lifts the block again.
const PERSON = { name: "Joris Bakker (demo)", email: "coordinator.nop@demo.technohub.nl" };
const ARTICLE = { title: "Financiële injectie voor de maakindustrie in Utrecht-West", slug: "financiele-injectie-voor-mkb-maakindustrie" };

test("the administrator blocks a person, who then cannot sign in, and lifts the block", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/account");
  // The menu leads there (wherever the menu bar puts the item on this screen size).
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).locator('a[href="/beheer"]').first()).toBeAttached();
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await page.getByRole("link", { name: "Personen" }).click();
  await page.getByLabel("Zoek op naam of e-mailadres").fill("coordinator.nop");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("rowheader", { name: new RegExp(PERSON.email) })).toBeVisible();

  await page.getByLabel(`Reden voor het blokkeren van ${PERSON.name} (optioneel)`).fill("Misbruik gemeld");
  await page.getByRole("button", { name: `Blokkeren: ${PERSON.name}` }).click();
  // Nothing happened yet: the block waits for the confirmation.
  await expect(page.getByRole("heading", { name: `Weet u zeker dat u ${PERSON.name} wilt blokkeren?` })).toBeVisible();
  await page.getByRole("button", { name: "Ja, blokkeren" }).click();
  await expect(page.getByText("De persoon is geblokkeerd en overal uitgelogd.")).toBeVisible();
  await expect(page.getByText(/Geblokkeerd op/)).toBeVisible();

  const other = await browser.newContext({ locale: "nl-NL" });
  const visitor = await other.newPage();
  await visitor.goto("/inloggen");
  await visitor.getByLabel("E-mailadres").fill(PERSON.email);
  await visitor.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await visitor.getByRole("button", { name: "Inloggen" }).click();
  await expect(visitor.getByText("Dit account is geblokkeerd door een beheerder.", { exact: false })).toBeVisible();
  await expect(visitor).toHaveURL(/\/inloggen/);

  // The decision is in the log.
  await page.goto("/beheer/logboek?actie=person.block");
  await expect(page.getByRole("cell", { name: new RegExp(PERSON.email) }).first()).toBeVisible();

  await page.goto(`/beheer/personen?zoek=${encodeURIComponent("coordinator.nop")}`);
  await page.getByRole("button", { name: `Deblokkeren: ${PERSON.name}` }).click();
  await expect(page.getByText("De blokkade is opgeheven. De persoon kan weer inloggen.")).toBeVisible();
  await visitor.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await visitor.getByRole("button", { name: "Inloggen" }).click();
  await expect(visitor).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await other.close();
});

test("the administrator hides a news item from everyone else, and shows it again", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/beheer/inhoud");
  await page.getByLabel("Zoek op titel").fill("Financiële injectie");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("button", { name: `Verbergen: \u201c${ARTICLE.title}\u201d` }).click();
  await expect(page.getByText("De inhoud is verborgen.")).toBeVisible();

  const other = await browser.newContext({ locale: "nl-NL" });
  const reader = await other.newPage();
  await reader.goto("/nieuws");
  await expect(reader.getByRole("heading", { level: 1, name: "Nieuws" })).toBeVisible();
  await expect(reader.getByRole("link", { name: ARTICLE.title })).toHaveCount(0);
  const response = await reader.goto(`/nieuws/${ARTICLE.slug}`);
  expect(response?.status()).toBe(404);
  const feed = await reader.request.get("/nieuws.xml");
  expect(await feed.text()).not.toContain(ARTICLE.title);

  // The administrator still reads it.
  await page.goto(`/nieuws/${ARTICLE.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();

  await page.goto("/beheer/inhoud");
  await page.getByRole("button", { name: `Weer tonen: \u201c${ARTICLE.title}\u201d` }).click();
  await expect(page.getByText("De inhoud is weer zichtbaar.")).toBeVisible();
  await reader.goto("/nieuws");
  await expect(reader.getByRole("link", { name: ARTICLE.title }).first()).toBeVisible();
  await other.close();
});

test("the administrator creates a network, archives it after confirming, restores it, and finds it all in the log", async ({ page }) => {
  const name = `Beheertest netwerk ${Date.now()}`;
  await signInAs(page, "admin");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Netwerken beheren" }).click();
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Soort").selectOption({ label: "PPS" });
  await page.getByLabel("Provincie").selectOption("Utrecht");
  await page.getByLabel("Contactadres (e-mail)").fill("geen-adres");
  await page.getByRole("button", { name: "Netwerk aanmaken" }).click();
  // A bad address is told beside its field, and what was typed stays.
  await expect(page.getByText("Vul een geldig e-mailadres in", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
  await page.getByLabel("Contactadres (e-mail)").fill("info@beheertest.nl");
  await page.getByRole("button", { name: "Netwerk aanmaken" }).click();
  await expect(page.getByText("Het netwerk is aangemaakt.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const adminUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: "Netwerk archiveren" }).click();
  await expect(page.getByRole("heading", { name: "Weet u zeker dat u dit netwerk wilt archiveren?" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, archiveren" }).click();
  await expect(page.getByText("Het netwerk is gearchiveerd.")).toBeVisible();

  await page.goto(`/netwerken?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  await page.goto(adminUrl);
  await page.getByRole("button", { name: "Netwerk herstellen" }).click();
  await expect(page.getByText("Het netwerk is hersteld en staat weer in de netwerkenlijst.")).toBeVisible();
  await page.goto(`/netwerken?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();

  await page.goto("/beheer/logboek");
  await page.getByLabel("Onderwerp").fill(name);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Gevonden: 3", { exact: false })).toBeVisible();
  for (const action of ["network.create", "network.archive", "network.restore"]) await expect(page.getByRole("cell", { name: action })).toBeVisible();
  const csv = await page.request.get(await page.getByRole("link", { name: "Downloaden als CSV" }).getAttribute("href").then((h) => h!));
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(4);
  expect(text).toContain(name);
});

test("the people page shows the newest accounts at once, a page at a time, with the search above them", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/beheer/personen");
  const table = page.getByRole("table", { name: /personen, het nieuwste account eerst$/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toContainText("Account sinds");
  // The demo's people fit on one page (25 a page; the paging itself is in tests/integration/admin.test.ts).
  await page.goto("/beheer/personen?pagina=9");
  await expect(page.getByText("Pagina 9 bestaat niet; dit is de laatste pagina, 1.")).toBeVisible();
  await page.getByLabel("Zoek op naam of e-mailadres").fill("docent@demo");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("table", { name: "1 persoon gevonden voor “docent@demo”" })).toBeVisible();
});
