import fs from "node:fs";
import { test, expect, expectAccessible } from "./fixtures.ts";

const PASSWORD = "mijn-lange-wachtwoord";

test("a new person signs up, confirms by mail, signs out and in, downloads their data and deletes the account", async ({ page }) => {
  const email = `e2e.${Date.now()}@school.example`;

  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Eva Tester");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben u een e-mail gestuurd");

  // The tester's mailbox: the outbox, newest first.
  await page.goto("/dev/mail");
  const row = page.getByRole("listitem").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "Bevestig uw e-mailadres voor Technohub" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bevestig uw e-mailadres voor Technohub");
  await page.locator('a[href*="/email-bevestigen?token="]').click();

  await expect(page).toHaveURL(/\/account\?bevestigd=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await expect(page.getByText("Uw e-mailadres is bevestigd.")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);

  // A page behind sign-in sends the visitor to the form and back afterwards.
  await page.goto("/account/verwijderen");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Faccount%2Fverwijderen$/);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("niet-mijn-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await expectAccessible(page);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/account\/verwijderen$/);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();

  await page.goto("/account");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Mijn gegevens downloaden" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^technohub-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(exported.user).toMatchObject({ email, name: "Eva Tester", emailVerified: true });
  expect(exported.sessions.length).toBeGreaterThanOrEqual(1);
  expect(exported.accounts).toEqual([expect.objectContaining({ provider: "credential" })]);
  expect(exported.mails.map((m: { subject: string }) => m.subject)).toContain("Bevestig uw e-mailadres voor Technohub");
  expect(JSON.stringify(exported)).not.toMatch(/"password"|"token"/);

  await page.getByRole("link", { name: "Account verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account verwijderen");
  await expect(page.getByRole("heading", { name: "Dit verwijderen we" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dit blijft bestaan, zonder uw naam" })).toBeVisible();
  await page.getByLabel("Typ uw e-mailadres om te bevestigen").fill("iemand.anders@school.example");
  await page.getByRole("button", { name: "Account definitief verwijderen" }).click();
  await expect(page.locator("#f-confirmEmail-error")).toContainText("Dit is niet het e-mailadres van uw account.");
  await expectAccessible(page);
  await page.getByLabel("Typ uw e-mailadres om te bevestigen").fill(email);
  await page.getByRole("button", { name: "Account definitief verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw account is verwijderd");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");

  // Mail to the deleted address went with the account.
  await page.goto("/dev/mail");
  await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
});

test("a bad sign-up shows Dutch messages beside the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Fatima de Vries");
  await page.getByLabel("E-mailadres").fill("fatima-at-school");
  await page.getByLabel("Nieuw wachtwoord").fill("kort");
  await page.getByLabel("Herhaal het wachtwoord").fill("anders");
  await page.getByRole("button", { name: "Account maken" }).click();

  await expect(page.locator("#f-email-error")).toHaveText("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
  await expect(page.locator("#f-password-error")).toHaveText("Kies een wachtwoord van minstens 15 tekens.");
  await expect(page.locator("#f-passwordRepeat-error")).toContainText("De wachtwoorden zijn niet hetzelfde.");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam")).toHaveValue("Fatima de Vries");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("fatima-at-school");
  await expect(page.getByRole("alert").first()).toContainText("Controleer de velden met een foutmelding.");
  await expectAccessible(page);

  // The unverified path: sign up, then try to sign in before confirming.
  const email = `onbevestigd.${Date.now()}@bedrijf.example`;
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben u een e-mail gestuurd");
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("U heeft uw e-mailadres nog niet bevestigd.");
  await expect(page.getByRole("link", { name: "Geen mail gekregen? Vraag een nieuwe link aan" })).toBeVisible();
  await expectAccessible(page);

  // A broken verification link explains itself and offers a new one.
  await page.goto("/email-bevestigen?token=kapot");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet (meer)");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur een nieuwe link" }).click();
  await expect(page.getByText("hebben we een nieuwe link gestuurd")).toBeVisible();
  await expectAccessible(page);
});

test("the forms work without JavaScript: sign-up errors, then sign-up, sign-in and sign-out", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Noor Zonder Script");
  await page.getByLabel("E-mailadres").fill("noor@");
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.locator("#f-email-error")).toHaveText("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
  await expect(page.locator("#f-password-error")).toHaveText("Kies een wachtwoord van minstens 15 tekens.");
  await expect(page.getByLabel("Naam")).toHaveValue("Noor Zonder Script");

  const email = `noor.${Date.now()}@school.example`;
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben u een e-mail gestuurd");

  await page.goto("/dev/mail");
  await page.getByRole("listitem").filter({ hasText: email }).getByRole("link").click();
  await page.locator('a[href*="/email-bevestigen?token="]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");

  await page.getByLabel("Naam", { exact: true }).fill("Noor de Vries");
  await page.getByLabel("Taal van de website").selectOption("en");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Noor de Vries").first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in lands on the person's home, not on the account settings.
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Noor de Vries");
  await context.close();
});

test("forgotten password: a neutral answer, a link by mail, a new password", async ({ page }) => {
  const email = `vergeten.${Date.now()}@school.example`;
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Bram Vergeetachtig");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben u een e-mail gestuurd");

  await page.goto("/wachtwoord-vergeten");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText(`Als er een account is met het e-mailadres ${email}`)).toBeVisible();

  await page.goto("/dev/mail");
  await page.getByRole("listitem").filter({ hasText: email }).getByRole("link", { name: "Nieuw wachtwoord instellen voor Technohub" }).click();
  await page.locator('a[href*="/wachtwoord-herstellen/"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw wachtwoord instellen");
  await page.getByLabel("Nieuw wachtwoord").fill("een-ander-lang-wachtwoord");
  await page.getByLabel("Herhaal het wachtwoord").fill("een-ander-lang-wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Uw wachtwoord is gewijzigd.")).toBeVisible();

  // The link works once.
  await page.goBack();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet (meer)");
});
