import { test, expect, signInAs } from "./fixtures.ts";
import { startSamlIdp, type SamlIdp, type SamlIdpUser } from "../support/saml-idp.ts";

/**
 * Signing in through Entree Federatie, played by a real SAML 2.0 IdP (tests/support/saml-idp.ts):
 * the administrator adds it with its metadata; a teacher's first sign-in puts her in the school
 * with the BRIN the IdP sends (the demo's Vmbo De Werkplaats, 99DW), the second finds her again;
 * a pupil, a school that is not on Technohub and a response changed after signing are refused,
 * each with its own Dutch message; signing out ends the IdP's session too (single logout).
 */

const DOMAIN = "nuovo-demo.nl";
const entree = (nameId: string, attributes: Record<string, string | string[]>): Record<string, string | string[]> => ({
  uid: nameId,
  givenName: "Sanne",
  sn: "Bakker",
  eduPersonAffiliation: "employee",
  nlEduPersonHomeOrganization: "Vmbo De Werkplaats (NUOVO)",
  nlEduPersonHomeOrganizationId: "99DW",
  mail: `sanne.bakker@${DOMAIN}`,
  ...attributes,
});

const USERS: SamlIdpUser[] = [
  { label: "Sanne Bakker, docent", nameId: "a81x2@werkplaats", attributes: entree("a81x2@werkplaats", {}) },
  { label: "Leerling", nameId: "l77q@werkplaats", attributes: entree("l77q@werkplaats", { eduPersonAffiliation: "student", givenName: "Tim", mail: `tim@${DOMAIN}` }) },
  {
    label: "Docent van een onbekende school",
    nameId: "z11@elders",
    attributes: entree("z11@elders", { nlEduPersonHomeOrganizationId: "98ZZ", nlEduPersonHomeOrganization: "Onbekende school", mail: `ander@${DOMAIN}` }),
  },
];

let idp: SamlIdp;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  idp = await startSamlIdp({ users: USERS, spOrigin: new URL(baseURL!).origin });
});

test.afterAll(async () => {
  await idp.close();
});

/** From /inloggen/organisatie to the IdP's page, where the person is picked. */
async function startSignIn(page: import("@playwright/test").Page, email: string) {
  await page.context().clearCookies();
  await page.goto("/inloggen/organisatie");
  await page.getByLabel("E-mailadres van school of werk").fill(email);
  await page.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen bij de test-IdP" })).toBeVisible();
}

/** The account page's list of the person's organisations. */
const organisations = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Mijn organisaties" }).getByRole("listitem");

test("the administrator adds Entree Federatie with its metadata", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/beheer/inloggen-met-organisatie");
  await page.getByLabel("Naam", { exact: true }).fill("Entree Federatie (test)");
  await page.getByLabel("Protocol").selectOption("saml");
  await page.getByLabel("Soort").selectOption("entree");
  await page.getByLabel("E-maildomeinen").fill(DOMAIN);

  // Nothing to know the IdP by: told beside the metadata field.
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("Geef het adres van de metadata, plak de metadata").first()).toBeVisible();

  await page.getByLabel("Metadata (XML)").fill(idp.metadataXml);
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("Entree Federatie (test)").first()).toBeVisible();
});

test("a teacher's first sign-in puts her in the school with her BRIN", async ({ page }) => {
  await startSignIn(page, `sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
  await expect(organisations(page)).toHaveText([/^Vmbo De Werkplaats \(NUOVO\) \(school\)\s*Lid$/]);

  // Signing out goes by the IdP (single logout) and back.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("her second sign-in finds the same account, with one membership", async ({ page }) => {
  await startSignIn(page, `sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
  await expect(organisations(page)).toHaveText([/^Vmbo De Werkplaats \(NUOVO\) \(school\)\s*Lid$/]);
  await expect(page.getByText("Sanne Bakker").first()).toBeVisible();
});

test("a teacher picks Entree from the list instead of typing her address", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto("/inloggen/organisatie");
  const federations = page.getByRole("region", { name: "Of kies uw federatie" });
  // A federation no longer there (switched off between page and click) is told, not a 500.
  await federations.getByRole("button", { name: "Inloggen via Entree Federatie (test)" }).evaluate((button) => ((button as HTMLButtonElement).value = "bestaat-niet"));
  await federations.getByRole("button", { name: "Inloggen via Entree Federatie (test)" }).click();
  await expect(page.getByRole("alert")).toContainText("Deze federatie is niet (meer) beschikbaar.");

  await page.goto("/inloggen/organisatie");
  await federations.getByRole("button", { name: "Inloggen via Entree Federatie (test)" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen bij de test-IdP" })).toBeVisible();
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");
});

test("signing out ends her session at the IdP too (single logout): the next sign-in asks there again", async ({ page }) => {
  await startSignIn(page, `sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");

  // While the IdP's session lasts it does not ask again: without our cookie she is back at once.
  await page.context().clearCookies({ name: /^technohub/ });
  await page.goto("/inloggen/organisatie");
  await page.getByLabel("E-mailadres van school of werk").fill(`sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");

  const before = idp.loggedOut.length;
  const sessions = idp.sessions();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  // Our sign-out sent a signed LogoutRequest; the IdP's signed LogoutResponse brought her back.
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
  expect(idp.loggedOut.slice(before)).toEqual(["a81x2@werkplaats"]);
  // This browser's session at the IdP ended (an earlier test's, of another SessionIndex, stays).
  expect(idp.sessions()).toBe(sessions - 1);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);

  await page.goto("/inloggen/organisatie");
  await page.getByLabel("E-mailadres van school of werk").fill(`sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen bij de test-IdP" })).toBeVisible();
});

test("a LogoutRequest the IdP started ends her session only signed by the IdP: a hand-made one is refused", async ({ page, request }) => {
  await startSignIn(page, `sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");

  // Anyone who knows her NameID can make this request; without the IdP's signature it must end nothing.
  const signed = await idp.logoutRequestUrl("a81x2@werkplaats");
  // Sent from elsewhere (`request` shares no cookies with her browser), as the IdP's redirect of another browser would be.
  const unsigned = await request.get(signed.replace(/&SigAlg=[^&]+/, "").replace(/&Signature=[^&]+/, ""), { maxRedirects: 0 });
  expect(unsigned.status()).toBe(400);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account$/);

  // The IdP's own, signed: the SSO plugin ends her session here and answers the IdP.
  const answered = await request.get(signed, { maxRedirects: 0 });
  expect(answered.status()).toBe(302);
  expect(answered.headers().location).toContain(`${idp.url}/slo?SAMLResponse=`);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("single logout works without JavaScript: the sign-out form, the IdP and back", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/inloggen/organisatie");
  await page.getByLabel("E-mailadres van school of werk").fill(`sanne.bakker@${DOMAIN}`);
  await page.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  // The IdP's page posts the answer by script; without it, the person presses the button.
  await page.getByRole("button", { name: "Doorgaan" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await page.goto("/account");

  const before = idp.loggedOut.length;
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  expect(idp.loggedOut.slice(before)).toEqual(["a81x2@werkplaats"]);
  await context.close();
});

test("a pupil and a teacher of a school that is not on Technohub are refused, each with a Dutch message", async ({ page }) => {
  await startSignIn(page, `tim@${DOMAIN}`);
  await page.getByRole("button", { name: "Leerling" }).click();
  await expect(page.getByRole("alert")).toContainText("Leerlingen en studenten kunnen niet inloggen bij Technohub.");

  await startSignIn(page, `ander@${DOMAIN}`);
  await page.getByRole("button", { name: "Docent van een onbekende school" }).click();
  await expect(page.getByRole("alert")).toContainText("Uw school staat nog niet op Technohub");
});

test("a response changed after the IdP signed it is refused", async ({ page }) => {
  await startSignIn(page, `sanne.bakker@${DOMAIN}`);
  // A man in the middle makes her someone at another school.
  idp.tamperNextResponse((xml) => xml.replace(">99DW<", ">99TK<"));
  await page.getByRole("button", { name: "Sanne Bakker, docent" }).click();
  await expect(page.getByRole("alert")).toContainText("Het antwoord van uw organisatie kon niet worden gecontroleerd");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);
});
