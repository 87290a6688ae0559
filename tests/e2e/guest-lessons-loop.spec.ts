import type { Page } from "@playwright/test";
import { advanceClock, futureWeekday, resetClock } from "./demo-clock.ts";
import { test, expect, signInAs, expectAccessible } from "./fixtures.ts";

/** The signed-in company or provider publishes a guest lesson on 3D printing for vmbo-kader, 90 minutes, at school. */
async function publishOffer(page: Page, title: string) {
  await page.goto("/aanbod/nieuw");
  await page.getByLabel("Soort aanbod").selectOption({ label: "Gastles" });
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Een vakman laat zien hoe een 3D-printer een onderdeel voor een machine maakt.");
  await page.getByRole("checkbox", { name: "3D-printen" }).check();
  await page.getByRole("checkbox", { name: "vmbo-kader" }).check();
  await page.getByLabel("Duur in minuten").fill("90");
  await page.getByRole("checkbox", { name: "Op school" }).check();
  await page.getByLabel("Hoe ver wilt u reizen, of hoe ver mogen scholen naar u reizen (km)?").fill("200");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.getByText("Het aanbod is gepubliceerd.")).toBeVisible();
}

test("a teacher sends her request to two suggested companies from the request page; one proposes 09:30 on another date; the school agrees; the ICS says 09:30; evaluating is a link", async ({ page }) => {
  const stamp = Date.now();
  const kiremko = `3D-printen bij Kiremko ${stamp}`;
  const provider = `3D-printen bij de opleider ${stamp}`;
  const requestTitle = `3D-printen voor 3 kader ${stamp}`;
  const asked = futureWeekday(5);
  const other = futureWeekday(12);

  await signInAs(page, "company");
  await publishOffer(page, kiremko);
  await signInAs(page, "provider");
  await publishOffer(page, provider);

  // The teacher asks an open question and finds both offers among its suggestions.
  await signInAs(page, "teacher");
  await page.goto("/vragen/nieuw");
  await page.getByLabel("Wat zoekt u", { exact: true }).selectOption({ label: "Gastles" });
  await page.getByLabel("Korte titel").fill(requestTitle);
  await page.getByRole("checkbox", { name: "3D-printen" }).check();
  await page.getByLabel("Niveau van de klas").selectOption({ label: "vmbo-kader" });
  await page.getByLabel("Aantal leerlingen").fill("24");
  await page.getByLabel("Datum 1", { exact: true }).fill(asked);
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen.")).toBeVisible();
  const requestUrl = page.url().replace(/\?.*$/, "");

  // Nothing chosen is said beside the choice; then both are ticked and confirmed on the next step.
  await page.getByRole("button", { name: "Verder: controleren en versturen" }).click();
  await expect(page.getByText("Kies ten minste één bedrijf.").first()).toBeVisible();
  await page.getByRole("checkbox", { name: `Vraag “${kiremko}” aan` }).check();
  await page.getByRole("checkbox", { name: `Vraag “${provider}” aan` }).check();
  await page.getByRole("button", { name: "Verder: controleren en versturen" }).click();
  await expect(page.getByRole("heading", { name: "Uw vraag naar deze 2 bedrijven versturen?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, versturen" }).click();
  await expect(page.getByText("Uw vraag is naar 2 bedrijven verstuurd.")).toBeVisible();
  const sentTo = page.getByRole("region", { name: "Verstuurd naar" });
  await expect(sentTo.getByRole("link", { name: kiremko })).toBeVisible();
  await expect(sentTo.getByRole("link", { name: provider })).toBeVisible();
  // Still one request.
  await page.goto("/vragen");
  await expect(page.getByRole("link", { name: requestTitle })).toHaveCount(1);

  // Kiremko proposes 09:30 on another date while the request is still "Aangevraagd". It starts from
  // the school's request, which now says where to answer (it used to end in "Terug naar de vragen").
  await signInAs(page, "company");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(requestUrl);
  const next = page.getByRole("region", { name: "Wat kunt u doen?" });
  await expect(next).toContainText("De school heeft deze vraag naar uw organisatie gestuurd.");
  await next.getByRole("link", { name: "Vraag beantwoorden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Afspraak: ${kiremko}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByText("Aangevraagd", { exact: true })).toBeVisible();
  await page.getByLabel("Voorgestelde datum").fill(other);
  await page.getByLabel("Voorgestelde begintijd (bijvoorbeeld 09:30)").fill("09:30");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByText("Uw voorstel voor een andere datum is verstuurd. De andere partij gaat akkoord of niet.")).toBeVisible();
  await expect(page.getByText("Geaccepteerd, datum volgt", { exact: true })).toBeVisible();

  // The teacher sees the answer on her request's page and agrees.
  await signInAs(page, "teacher");
  await page.goto(requestUrl);
  await expect(page.getByText(/om 09:30 voor\./)).toBeVisible();
  await page.getByRole("link", { name: "Antwoord op het voorstel" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Akkoord, plan het in" }).click();
  await expect(page.getByText("Ingepland", { exact: true })).toBeVisible();
  await expect(page.getByText("09:30–11:00")).toBeVisible();

  // The calendar file says 09:30 too.
  const appointmentId = new URL(page.url()).pathname.split("/")[2];
  const ics = await (await page.request.get(`/afspraken/${appointmentId}/agenda.ics`)).text();
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  expect(unfolded).toContain("Tijd: 09:30–11:00");
  // 09:30 in Amsterdam is 07:30 (summer) or 08:30 (winter) UTC.
  expect(unfolded).toMatch(new RegExp(`DTSTART:${other.replaceAll("-", "")}T0[78]3000Z`));

  // After the day: "Evalueren" in /afspraken is a link to the evaluation form.
  try {
    await advanceClock(page, 16);
    await page.goto(`/afspraken/${appointmentId}`);
    await page.getByLabel("Aantal leerlingen bereikt").first().fill("24");
    await page.getByRole("button", { name: "Bevestigen dat het heeft plaatsgevonden" }).click();
    await expect(page.getByText("Heeft plaatsgevonden", { exact: true })).toBeVisible();
    await page.goto("/afspraken");
    await page.getByRole("row", { name: new RegExp(kiremko) }).getByRole("link", { name: "Evalueren" }).click();
    await expect(page).toHaveURL(new RegExp(`/afspraken/${appointmentId}#evaluation$`));
    await expect(page.getByRole("button", { name: "Evaluatie opslaan" })).toBeVisible();
  } finally {
    await resetClock(page);
  }
});
