import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, pageAs, expectAccessible } from "./fixtures.ts";

const COURSE = "/cursussen/mig-mag-lassen-voor-beginners";

/** The first (soonest) session of the course: the demo gives it two places. */
const firstSession = (page: Page) => page.locator("tbody tr").first();

/** The path of the newest outbox mail to an address with this subject (read without a page visit). */
async function mailTo(page: Page, to: string, subject: string): Promise<string> {
  const html = await (await page.request.get("/dev/mail")).text();
  // Each outbox item: the subject's link, then the facts with the address.
  const items = html.split('<li class="th-mail-list__item"').slice(1);
  const item = items.find((i) => i.includes(`>${subject}</a>`) && i.includes(to));
  expect(item, `mail "${subject}" to ${to}`).toBeTruthy();
  return /href="(\/dev\/mail\/[0-9a-f-]+)"/.exec(item!)![1]!;
}

test("an employee finds welding courses near Emmeloord, registers, gets the ICS; the session fills; the waiting list moves up on a cancellation", async ({ page, browser }) => {
  await signInAs(page, "employee");
  await page.goto("/cursussen");
  await page.getByLabel("Zoekwoorden").fill("lassen");
  await page.getByLabel("Plaats").fill("Emmeloord");
  await page.getByLabel("Afstand").selectOption("25");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/cursussen\?q=lassen&plaats=Emmeloord&afstand=25/);
  await expect(page.getByRole("link", { name: "MIG/MAG-lassen voor beginners" })).toBeVisible();
  await expect(page.getByRole("link", { name: "TIG-lassen van RVS" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CNC-draaien en -frezen" })).toHaveCount(0); // Nieuwegein is far away
  // The provider is typed, part of its name: hundreds of providers would not fit a phone's picker.
  await page.getByLabel("Opleider").fill("friese poort");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/cursussen\?q=lassen&plaats=Emmeloord&afstand=25&opleider=friese\+poort/);
  await expect(page.getByLabel("Opleider")).toHaveValue("friese poort");
  await expect(page.getByRole("link", { name: "MIG/MAG-lassen voor beginners" })).toBeVisible();

  await page.getByRole("link", { name: "MIG/MAG-lassen voor beginners" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MIG/MAG-lassen voor beginners");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Course", name: "MIG/MAG-lassen voor beginners", provider: { name: "ROC Friese Poort" } });
  expect(jsonLd.hasCourseInstance.length).toBeGreaterThanOrEqual(2);
  await expect(firstSession(page)).toContainText("Nog 2 van 2 plaatsen vrij");
  await firstSession(page).getByRole("button", { name: /^Aanmelden/ }).click();
  // A paid course asks first: price and cancellation terms, then "Bevestigen en aanmelden".
  const step = page.getByRole("region", { name: "Aanmelding bevestigen" });
  await expect(step).toContainText("€ 395,00");
  await expect(step).toContainText("Annuleren kan tot en met");
  await step.getByRole("button", { name: "Bevestigen en aanmelden" }).click();
  await expect(page).toHaveURL(/\/aanmelding\/[0-9a-f-]+\?aangemeld/);
  await expect(page.getByTestId("registration-status")).toHaveText("Aangemeld");
  const daanRegistration = new URL(page.url()).pathname;

  // The confirmation e-mail carries a calendar file for this session.
  const mail = await mailTo(page, "werknemer@demo.technohub.nl", "Aanmelding bevestigd: MIG/MAG-lassen voor beginners");
  const ics = await (await page.request.get(`${mail}/bijlage/0`)).text();
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe("MIG/MAG-lassen voor beginners");
  expect(event.location).toBe("Fysieke hub ROC Friese Poort Emmeloord, Emmeloord");

  // A second employee takes the last place.
  const sem = await pageAs(browser, "welder");
  await sem.goto(COURSE);
  await expect(firstSession(sem)).toContainText("Nog 1 van 2 plaatsen vrij");
  await firstSession(sem).getByRole("button", { name: /^Aanmelden/ }).click();
  await sem.getByRole("button", { name: "Bevestigen en aanmelden" }).click();
  await expect(sem.getByTestId("registration-status")).toHaveText("Aangemeld");

  // The next person lands on the waiting list at position 1.
  const noor = await pageAs(browser, "mechanic");
  await noor.goto(COURSE);
  await expect(firstSession(noor)).toContainText("Vol");
  await firstSession(noor).getByRole("button", { name: /^Op de wachtlijst/ }).click();
  await expect(noor.getByRole("region", { name: "Aanmelding bevestigen" })).toContainText("De sessie is vol.");
  await noor.getByRole("button", { name: "Bevestigen en aanmelden" }).click();
  await expect(noor).toHaveURL(/\?wachtlijst/);
  await expect(noor.getByTestId("registration-status")).toHaveText("Op de wachtlijst, plaats 1");
  const noorRegistration = new URL(noor.url()).pathname;
  await expectAccessible(noor);

  // Registering twice is refused with a clear message.
  await noor.goto(COURSE);
  await expect(firstSession(noor).getByRole("link", { name: "Op de wachtlijst, plaats 1" })).toBeVisible();

  // Daan cancels: Noor is offered the place and takes it.
  await page.goto(daanRegistration);
  await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
  await expect(page.getByText("Uw aanmelding is geannuleerd.")).toBeVisible();
  await expect(page.getByTestId("registration-status")).toHaveText("Geannuleerd");

  await noor.goto(noorRegistration);
  await expect(noor.getByTestId("registration-status")).toHaveText("Plaats aangeboden");
  await expectAccessible(noor);
  await noor.getByRole("button", { name: "Plaats aannemen" }).click();
  await expect(noor.getByText("U heeft de plaats aangenomen. U bent aangemeld.")).toBeVisible();
  await expect(noor.getByTestId("registration-status")).toHaveText("Aangemeld");
  await mailTo(noor, "monteur@demo.technohub.nl", "Er is een plaats vrij: MIG/MAG-lassen voor beginners");
  await mailTo(noor, "monteur@demo.technohub.nl", "Aanmelding bevestigd: MIG/MAG-lassen voor beginners");

  // The provider sees it all; the export downloads.
  await sem.context().close();
  await noor.context().close();
});

test("the provider sees registrations, exports them and a participant who attended downloads a certificate", async ({ page }) => {
  // The participant finds the lesson he attended under "Mijn aanmeldingen" and downloads his certificate.
  await signInAs(page, "employee");
  await page.goto("/cursussen");
  const mine = page.locator("section", { has: page.getByRole("heading", { name: "Mijn aanmeldingen" }) });
  await expect(mine.getByRole("listitem").filter({ hasText: "Aanwezig geweest" })).toHaveCount(1);
  await mine.getByRole("link", { name: "Digitale vaardigheden voor de werkvloer" }).click();
  await expect(page.getByTestId("registration-status")).toHaveText("Aanwezig geweest");
  const own = await page.request.get((await page.getByRole("link", { name: "Bewijs van deelname downloaden (pdf)" }).getAttribute("href"))!);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  await signInAs(page, "admin");
  await page.goto("/cursussen/digitale-vaardigheden-voor-de-werkvloer/sessies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessies");
  await page.getByRole("link", { name: /^Deelnemers/ }).first().click();
  await expect(page.getByRole("rowheader", { name: "Daan Mulder (demo)", exact: true })).toBeVisible();
  // On a phone each participant is a card: status and attendance are on screen, not beyond a sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  const box = page.locator(".th-table-scroll", { hasText: "Daan Mulder (demo)" });
  expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  const csv = await (await page.request.get(page.url().replace("/deelnemers", "/export/csv"))).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Daan Mulder (demo);werknemer@demo.technohub.nl;;Aanwezig geweest");
  const xlsx = await page.request.get(page.url().replace("/deelnemers", "/export/xlsx"));
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const pdfLink = page.getByRole("link", { name: /^Bewijs van deelname/ });
  const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("registering after the deadline or for a cancelled session is refused in Dutch", async ({ page }) => {
  // The provider cancels the one session of the mobile hub course: one tap only asks, and says who hears of it …
  await signInAs(page, "provider");
  await page.goto("/cursussen/lassen-en-plaatbewerking-op-locatie/sessies");
  const row = page.locator("tbody tr").first();
  await row.getByRole("button", { name: /^Sessie annuleren/ }).click();
  const question = page.getByRole("heading", { name: /^De sessie van .+ annuleren\?$/ });
  await expect(question).toBeFocused();
  await expect(page.getByText(/Dit kunt u niet ongedaan maken\./)).toBeVisible();
  await expectAccessible(page);
  // … "Niet annuleren" leaves it as it was …
  await page.getByRole("link", { name: "Niet annuleren" }).click();
  await expect(question).toHaveCount(0);
  await expect(page.locator("tbody tr").first().getByRole("button", { name: /^Sessie annuleren/ })).toBeVisible();
  // … and confirming cancels it.
  await page.locator("tbody tr").first().getByRole("button", { name: /^Sessie annuleren/ }).click();
  // Nobody had registered: the step says so, and the notice after it does not claim that "the participants" were mailed.
  await expect(page.getByText("Er is nog niemand aangemeld.")).toBeVisible();
  await page.getByRole("button", { name: "Ja, sessie annuleren" }).click();
  await expect(page.getByText("De sessie is geannuleerd. Er was nog niemand aangemeld, dus niemand kreeg een e-mail.")).toBeVisible();
  const participantsLink = await page.locator("tbody tr").first().getByRole("link", { name: /^Deelnemers/ }).getAttribute("href");
  const sessionId = participantsLink!.split("/")[4];

  // … and a registration sent anyway gets a clear refusal.
  await signInAs(page, "welder");
  await page.goto(`/cursussen/lassen-en-plaatbewerking-op-locatie/sessies/${sessionId}/aanmelden`);
  await expect(page.getByRole("button", { name: "Aanmelden" })).toHaveCount(0);
  const response = await page.request.post(`/cursussen/lassen-en-plaatbewerking-op-locatie/sessies/${sessionId}/aanmelden`, {
    form: { intent: "self" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Deze sessie is geannuleerd. Aanmelden is niet meer mogelijk.");
});

test("a provider adds a session: the form is empty again for the next one, and the same session twice is refused beside the date", async ({ page }) => {
  await signInAs(page, "provider");
  await page.goto("/cursussen/tig-lassen-van-rvs/sessies");
  const date = page.getByLabel("Datum", { exact: true });
  const add = async () => {
    await date.fill("2027-09-14");
    await page.getByLabel("Begintijd").fill("09:00");
    await page.getByLabel("Aantal plaatsen").fill("8");
    await page.getByLabel("Aanmelden kan tot en met").fill("2027-09-01");
    await page.getByRole("button", { name: "Sessie toevoegen" }).click();
  };
  await add();
  await expect(page.getByText("De sessie is toegevoegd.")).toBeVisible();
  await expect(page).toHaveURL(/\/sessies\?toegevoegd=[0-9a-f-]+$/);
  await expect(date).toHaveValue("");
  await expect(page.getByLabel("Aantal plaatsen")).toHaveValue("");
  // Without a minimum the row says nothing of one (it said "minimum 0").
  const row = page.locator("tbody tr").filter({ hasText: "14 september 2027" });
  await expect(row).toContainText("0 van 8 bezet · 0 op de wachtlijst");
  await expect(row).not.toContainText("minimum");
  await add();
  await expect(page.getByText("Deze sessie bestaat al").first()).toBeVisible();
  await expect(date).toHaveValue("2027-09-14");
});

