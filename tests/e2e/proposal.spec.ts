import { test, expect, expectAccessible, signInAs } from "./fixtures.ts";

const NEW_SUMMARY = "Mbo-scholen en metaalbedrijven in Utrecht vernieuwen samen het metaalonderwijs, met moderne praktijklokalen.";
const NEW_TAG = "Girlsday";

test("Is dit jouw PPS? A company contact proposes a change, the coordinator accepts it, profile and history show it", async ({ page }) => {
  await signInAs(page, "company");
  await page.goto("/netwerken/technologieroute");
  await page.getByRole("link", { name: "Stel een wijziging voor" }).click();
  await expect(page).toHaveURL(/\/netwerken\/technologieroute\/wijzigen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijziging voorstellen voor Technologieroute");

  // The form is prefilled; sending it unchanged is refused with a plain message.
  await expect(page.getByLabel("Naam")).toHaveValue("Technologieroute");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("alert")).toContainText("U heeft niets gewijzigd");

  // A bad value is named beside its field, and what was typed stays.
  await page.getByLabel("Korte omschrijving").fill(NEW_SUMMARY);
  await page.getByLabel("E-mailadres voor contact").fill("technologieroute@");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.").first()).toBeVisible();
  await expect(page.getByLabel("Korte omschrijving")).toHaveValue(NEW_SUMMARY);
  await expectAccessible(page);

  await page.getByLabel("E-mailadres voor contact").fill("technologieroute@demo.technohub.nl");
  const tags = page.getByLabel("Trefwoorden");
  await tags.fill(`${await tags.inputValue()}\n${NEW_TAG}`);
  await page.getByLabel("Toelichting").fill("Zo staat het ook in onze nieuwsbrief.");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedankt voor uw voorstel");

  await signInAs(page, "coordinator");
  await page.goto("/coordinatie");
  const technologieroute = page.getByRole("region", { name: "Technologieroute", exact: true });
  await technologieroute.getByRole("link", { name: /Bekijken en beslissen.*voorstel van Peter Hoekstra/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Voorstel voor Technologieroute");
  await expect(page.getByText("Zo staat het ook in onze nieuwsbrief.")).toBeVisible();

  const summaryRow = page.getByRole("row", { name: /Korte omschrijving/ });
  await expect(summaryRow.locator(".th-diff-old")).toHaveText(/metaalonderwijs in de provincie Utrecht vernieuwt/);
  await expect(summaryRow.locator(".th-diff-new")).toHaveText(NEW_SUMMARY);
  await expect(summaryRow).toContainText("Was:");
  await expect(summaryRow).toContainText("Wordt:");
  const tagRow = page.getByRole("row", { name: /Trefwoorden/ });
  await expect(tagRow).toContainText("Toegevoegd:");
  await expect(tagRow.locator(".th-diff-new")).toHaveText(NEW_TAG);

  // Rejecting without a reason is refused; then accept.
  await page.getByRole("button", { name: "Voorstel afwijzen" }).click();
  await expect(page.getByText("Schrijf kort op waarom u het voorstel afwijst.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Voorstel overnemen" }).click();
  await expect(page).toHaveURL(/\/coordinatie\?besluit=overgenomen$/);
  await expect(page.getByText("Het voorstel is overgenomen.")).toBeVisible();

  await page.goto("/netwerken/technologieroute");
  await expect(page.getByText(NEW_SUMMARY).first()).toBeVisible();
  await expect(page.getByText(NEW_TAG, { exact: true }).first()).toBeVisible();

  await page.goto("/netwerken/technologieroute/geschiedenis");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geschiedenis van Technologieroute");
  await expect(page.getByText("Voorgesteld door Peter Hoekstra (demo).")).toBeVisible();
  await expect(page.getByText("Overgenomen door Sanne de Vries (demo).")).toBeVisible();
  await expect(page.locator(".th-diff-new").filter({ hasText: NEW_SUMMARY })).toBeVisible();
});

test("Ook deelnemen? A provider asks to join, the coordinator accepts, a second request is refused", async ({ page }) => {
  await signInAs(page, "provider");
  // OBM is a partner of the Technologieroute already: a friendly note, no form.
  await page.goto("/netwerken/technologieroute/deelnemen");
  await expect(page.getByText("OBM Midden-Nederland is al partner van dit netwerk.")).toBeVisible();

  await page.goto("/netwerken/technet-utrecht/deelnemen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deelnemen aan TechNet Utrecht");
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByText("Schrijf kort waarom uw organisatie wil meedoen.").first()).toBeVisible();
  await expectAccessible(page);
  // Other specs may have made this user admin of more organisations: choose OBM explicitly.
  await page.getByLabel("Organisatie").selectOption({ label: "OBM Midden-Nederland" });
  await page.getByLabel("Motivatie").fill("Wij bieden praktijkopleidingen metaal en willen die graag aan scholen in Utrecht laten zien.");
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw aanmelding is verstuurd");
  await page.goto("/netwerken/technet-utrecht/deelnemen");
  await expect(page.getByText("Voor OBM Midden-Nederland loopt al een aanmelding.")).toBeVisible();

  // Someone without an organisation of their own is told how to get one.
  await signInAs(page, "teacher");
  await page.goto("/netwerken/technet-utrecht/deelnemen");
  await expect(page.getByRole("link", { name: "Organisatie toevoegen" })).toHaveAttribute("href", "/organisaties/nieuw");
  await page.goto("/coordinatie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expect(page.getByText("Deze pagina is voor coördinatoren van een netwerk.")).toBeVisible();

  await signInAs(page, "coordinator");
  await page.goto("/coordinatie");
  // On a phone each request is a card: the link to decide is on screen, not beyond a sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  const boxes = page.getByRole("region", { name: "TechNet Utrecht", exact: true }).locator(".th-table-scroll");
  await expect(boxes.first()).toBeVisible();
  expect(Math.max(...(await boxes.evaluateAll((all) => all.map((box) => box.scrollWidth - box.clientWidth))))).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page
    .getByRole("region", { name: "TechNet Utrecht", exact: true })
    .getByRole("link", { name: /Bekijken en beslissen.*aanmelding van OBM Midden-Nederland/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelding van OBM Midden-Nederland voor TechNet Utrecht");
  await page.getByRole("button", { name: "Aanmelding aannemen" }).click();
  await expect(page.getByText("De aanmelding is aangenomen.")).toBeVisible();
  await page.goto("/netwerken/technet-utrecht");
  await expect(page.getByText("OBM Midden-Nederland").first()).toBeVisible();
});

test("a coordinator updates their own network's profile on a phone: saved at once, no proposal to accept on another page", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/coordinatie");
  await page.getByRole("link", { name: "Profiel bijwerken: TechNet Utrecht" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profiel van TechNet Utrecht bijwerken");
  await expect(page.getByText("U coördineert TechNet Utrecht.")).toBeVisible();
  const leader = page.getByLabel("Projectleider");
  const before = await leader.inputValue();
  await leader.fill("Programmabureau TechNet Utrecht");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Het profiel is bijgewerkt");
  await page.getByRole("link", { name: "Het profiel van TechNet Utrecht bekijken" }).click();
  await expect(page.getByText("Programmabureau TechNet Utrecht").first()).toBeVisible();
  // Nothing waits for a decision: the change did not become a proposal to the coordinator themself.
  await page.goto("/coordinatie");
  await expect(page.getByRole("region", { name: "TechNet Utrecht", exact: true }).getByRole("link", { name: /voorstel van Sanne/ })).toHaveCount(0);
  // The demo's value back, for the specs after this one.
  await page.goto("/netwerken/technet-utrecht/wijzigen");
  await page.getByLabel("Projectleider").fill(before);
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Het profiel is bijgewerkt");
});
