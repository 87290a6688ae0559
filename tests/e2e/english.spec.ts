import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures.ts";

/**
 * With English chosen, the words the platform itself puts on a page (headings, labels, hints,
 * buttons, table heads, alerts, the menu, placeholders and accessible names) are English. What
 * people typed stays in their language: offer titles, descriptions, organisation and network
 * names in the demo data are Dutch, so the check reads the interface's own elements, and strips
 * the names below before it looks for Dutch words.
 */
const NAMES = [
  /Feest van de Techniek/g,
  /Techniekdag Utrecht \d{4}/g,
  /Sem de Boer/g,
  /Jan de Vries/g,
  /Sanne de Vries/g,
  /ROC Midden[- ]Nederland/g,
  /OBM Midden-Nederland/g,
  /Sterk Techniek Onderwijs[^,.)]*/g,
  /MKB-deal[^,.)]*/g,
  /TechNet [A-Z][\w-]*( en [A-Z][\w-]*)?/g,
  /\(demo\)/g,
  // Free-text tags and monitor indicators as the networks typed them.
  /meiden in de techniek/g,
  /Aandeel vmbo-leerlingen in een technische richting/g,
  /Groei van het aantal vacatures in de bouwnijverheid/g,
  /Nieuwe banen in de technische sector per jaar/g,
];

/** Dutch words an English interface never uses; whole words, case-insensitive. */
const DUTCH = [
  "de", "het", "een", "van", "voor", "niet", "uw", "naar", "met", "zijn", "wordt", "geen", "nog", "bij", "aan",
  "aanmelden", "aangemeld", "opslaan", "annuleren", "zoeken", "terug", "bekijken", "pagina", "kaart", "ochtend", "middag",
  "leerlingen", "bedrijven", "netwerken", "cursussen", "gastlessen", "vragen", "afspraken", "niveau", "plaats", "wachtlijst",
  "Nederland", "Regionaal", "Mbo-initiatief", "Vo-initiatief", "inloggen", "uitloggen",
];
const DUTCH_WORD = new RegExp(`(^|[^\\p{L}-])(${DUTCH.join("|")})(?![\\p{L}-])`, "iu");

/** The interface's own texts on the page: elements that never hold what a person typed. */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      "header nav a",
      "header button",
      "main h1",
      "main label",
      "main legend",
      "main button",
      "main th",
      "main caption",
      "main dt",
      "main dd",
      "main summary",
      "main .utrecht-form-field-description",
      "main .utrecht-alert",
      "footer",
    ].join(",");
    // Dutch marked as Dutch (lang="nl") is meant: the switch back to Dutch says "Schakel naar Nederlands".
    const english = (el: Element) => !el.closest('[lang="nl"]');
    const texts = [...document.querySelectorAll<HTMLElement>(selector)].filter(english).map((el) => el.innerText || el.textContent || "");
    // A map marker's name is the place it marks (a network's or an offer's own name and town): content, not interface.
    const marker = (el: Element) => !!el.closest(".leaflet-marker-pane");
    for (const el of [...document.querySelectorAll<HTMLElement>("main [placeholder], main [aria-label], header [aria-label]")].filter((el) => english(el) && !marker(el))) {
      texts.push(el.getAttribute("placeholder") ?? "", el.getAttribute("aria-label") ?? "");
    }
    return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
  });
}

/** The texts with Dutch in them, after the names are taken out; the page's whole text for faked plurals. */
async function dutchOn(page: Page): Promise<string[]> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const found = (await interfaceTexts(page)).filter((text) => DUTCH_WORD.test(NAMES.reduce((t, name) => t.replace(name, ""), text)));
  const main = await page.locator("main").innerText();
  for (const faked of main.match(/\p{L}\((en|s|n)\)/gu) ?? []) found.push(`faked plural: ${faked}`);
  return found.map((text) => `${new URL(page.url()).pathname}: ${text}`);
}

async function chooseEnglish(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/**
 * The switch stores a signed-in person's choice on the account, and the demo accounts are shared
 * by every spec that runs after this one: each test that switches gives the account its Dutch back.
 */
async function chooseDutchAgain(page: Page) {
  await page.goto("/");
  if ((await page.locator("html").getAttribute("lang")) === "en") {
    await page.locator("form.th-lang button").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  }
}

async function expectEnglish(page: Page, paths: string[]) {
  const dutch: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    dutch.push(...(await dutchOn(page)));
  }
  expect(dutch).toEqual([]);
}

test("a visitor who chose English sees the public pages in English", async ({ page }) => {
  await chooseEnglish(page);
  await expectEnglish(page, [
    "/",
    "/netwerken",
    "/netwerken/technet-utrecht",
    "/netwerken/technologieroute",
    "/netwerken/technet-utrecht/impact",
    "/netwerken/technet-utrecht/agenda",
    "/aanbod",
    "/cursussen",
    "/evenementen",
    "/evenementen/techniekdag-utrecht-2027",
    "/nieuws",
    "/tips",
    "/organisaties",
    "/programmas",
    "/inloggen",
    "/registreren",
    "/zoeken?q=girlsdag",
    "/toegankelijkheid",
  ]);
});

test("a teacher who switches to English sees their pages in English, and keeps the choice", async ({ page }) => {
  await signInAs(page, "teacher");
  try {
    await chooseEnglish(page);
    await expectEnglish(page, ["/", "/aanbod", "/vragen", "/vragen/nieuw", "/afspraken", "/inbox", "/zoeken?q=lassen", "/evenementen/techniekdag-utrecht-2027", "/account"]);
    // The switch stored the preference: the account form shows it.
    await expect(page.getByLabel("Website language")).toHaveValue("en");
  } finally {
    await chooseDutchAgain(page);
  }
});

test("a coordinator who switches to English sees the coordination pages in English", async ({ page }) => {
  await signInAs(page, "coordinator");
  try {
    await chooseEnglish(page);
    await expectEnglish(page, ["/", "/coordinatie", "/coordinatie/vragen", "/netwerken/technet-utrecht/impact", "/netwerken/technet-utrecht/monitor", "/behoeften/overzicht"]);
  } finally {
    await chooseDutchAgain(page);
  }
});
