import type { Page } from "@playwright/test";
import { E2E_OIDC_PORT } from "../../playwright.config.ts";
import { startOidcProvider, type TestIdentityProvider } from "../support/oidc-provider.ts";
import { test, expect, signInAs } from "./fixtures.ts";

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider on 127.0.0.1, which the
 * server may reach through SSO_PRIVATE_ISSUERS in playwright.config.ts; ADR 033). The
 * administrator configures it on the admin page; then people sign in through it.
 */
const SCHOOL = "vmbo-de-werkplaats";
const SCHOOL_NAME = "Vmbo De Werkplaats (NUOVO)";
const DOMAIN = "werkplaats-sso.test";
const PERSON = { login: "an", email: `an.jansen@${DOMAIN}`, name: "An Jansen" };
/** Known at the provider, but with an address at a domain nobody mapped. */
const STRANGER = { login: "piet", email: "piet@elders-sso.test", name: "Piet Elders" };

let idp: TestIdentityProvider;

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL!;
  idp = await startOidcProvider({ port: E2E_OIDC_PORT, relyingParty: base, people: [PERSON, STRANGER] });
});

test.afterAll(async () => {
  await idp?.close();
});

/** At the provider's own login form: its development form takes the login and any password. */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("wachtwoord-bij-de-school");
  await page.locator('button[type="submit"]').click();
}

async function startAtOurPage(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Inloggen met uw school- of bedrijfsaccount" }).click();
  await expect(page).toHaveURL(/\/inloggen\/organisatie/);
  await page.getByLabel("E-mailadres van school of werk").fill(email);
  await page.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
}

test.describe.configure({ mode: "serial" });

test("the administrator adds the school's identity provider; its secret is never shown again", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Inloggen via organisaties" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen via organisaties");

  // A bad domain and a missing secret are told beside their fields.
  await page.getByLabel("Naam", { exact: true }).fill("De Werkplaats (test)");
  await page.getByLabel("Issuer (adres van de aanbieder)").fill(idp.issuer);
  await page.getByLabel("Client-ID").fill(idp.clientId);
  await page.getByLabel("E-maildomeinen").fill("werkplaats");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("Vul domeinen in zoals school.nl, gescheiden door komma's.").first()).toBeVisible();

  await page.getByLabel("E-maildomeinen").fill(DOMAIN);
  await page.getByLabel("Client-ID").fill(idp.clientId);
  await page.getByLabel("Clientgeheim").fill(idp.clientSecret);
  await page.getByLabel("Organisatie (adresnaam, zoals in /organisaties/…)").fill(SCHOOL);
  await page.getByLabel("Rol bij de eerste keer inloggen").selectOption("admin");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("De identiteitsaanbieder is toegevoegd.")).toBeVisible();
  await expect(page.getByText("Uitloggen beëindigt ook de sessie bij de aanbieder.")).toBeVisible();
  await expect(page.getByLabel("Clientgeheim")).toHaveValue("");
  expect(await page.content()).not.toContain(idp.clientSecret);
});

test("first sign-in makes the person at the school with the mapped role; sign-out ends the provider's session; the second sign-in is the same person", async ({ page }) => {
  await startAtOurPage(page, PERSON.email);
  await signInAtProvider(page, PERSON.login);
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
  await expect(page.getByText(PERSON.email).first()).toBeVisible();
  const school = page.getByRole("listitem").filter({ hasText: SCHOOL_NAME });
  await expect(school).toBeVisible();
  await expect(school.getByText("Beheerder")).toBeVisible();

  // Signing out goes by the provider's end-session page, then back to ours.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/session/end`));
  await page.locator('button[autofocus], button[type="submit"]').first().click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);

  // The provider's session is gone too: it asks for the login again. Same person, same membership.
  await startAtOurPage(page, PERSON.email);
  await signInAtProvider(page, PERSON.login);
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
  await expect(page.getByRole("listitem").filter({ hasText: SCHOOL_NAME })).toHaveCount(1);

  const admin = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  const adminPage = await admin.newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto(`/beheer/personen?zoek=${encodeURIComponent(PERSON.email)}`);
  await expect(adminPage.getByRole("row").filter({ hasText: PERSON.email })).toHaveCount(1);
  await admin.close();
});

test("an address at a domain nobody mapped is refused on our page, and one the provider returns is refused after it", async ({ page }) => {
  await startAtOurPage(page, "iemand@onbekend-sso.test");
  await expect(page.getByText("Voor onbekend-sso.test is geen inloggen via de organisatie ingesteld.", { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen\/organisatie/);

  // The person types the school's domain but is someone else at the provider.
  await startAtOurPage(page, PERSON.email);
  await signInAtProvider(page, STRANGER.login);
  await expect(page).toHaveURL(/\/inloggen\/organisatie\?error=sso_unknown_domain/);
  await expect(page.getByRole("alert")).toContainText("Uw e-mailadres hoort niet bij een organisatie die op deze manier mag inloggen.");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=/);
});

test("a tampered answer is refused: an id_token with a broken signature, a forged state", async ({ page }) => {
  idp.tamperNextIdToken();
  await startAtOurPage(page, PERSON.email);
  await signInAtProvider(page, PERSON.login);
  await expect(page).toHaveURL(/\/inloggen\/organisatie\?error=/);
  await expect(page.getByRole("alert")).toContainText("Het antwoord van uw organisatie kon niet worden gecontroleerd");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=/);

  const providerId = await providerIdOf(page);
  await page.goto(`/api/auth/sso/callback/${providerId}?code=vervalst&state=vervalst`);
  await expect(page).toHaveURL(/\/inloggen\/organisatie\?error=/);
  await expect(page.getByRole("alert")).toContainText("kon niet worden gecontroleerd");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=/);
});

/** The id better-auth's callback address carries, read from the administrator's page. */
async function providerIdOf(page: Page): Promise<string> {
  const admin = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  const adminPage = await admin.newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto("/beheer/inloggen-met-organisatie");
  const href = await adminPage.getByRole("link", { name: "De Werkplaats (test)" }).getAttribute("href");
  await admin.close();
  return decodeURIComponent(href!.split("/").pop()!);
}
