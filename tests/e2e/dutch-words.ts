import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

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
  /ROC Midden[- ]Nederland/g,
  /OBM Midden-Nederland/g,
  /Sterk Techniek Onderwijs[^,.)]*/g,
  /MKB-deal[^,.)]*/g,
  /TechNet [A-Z][\w-]*( en [A-Z][\w-]*)?/g,
  /\(demo\)/g,
  // Web addresses are addresses, not words: the open data's identifiers name the sets in Dutch (/open-data#netwerken).
  /https?:\/\/\S+/g,
  // Free-text tags and monitor indicators as the networks typed them.
  /meiden in de techniek/g,
  /Aandeel vmbo-leerlingen in een technische richting/g,
  /Groei van het aantal vacatures in de bouwnijverheid/g,
  /Nieuwe banen in de technische sector per jaar/g,
  // What people typed, as the interface quotes or names it: titles in quotes, the map's
  // "title, organisation · place", and the demo's requests, offers, goals, projects, people and news.
  /“[^”]*”/g,
  /[^,]+, [^,·]+ · [\p{L}-]+/gu,
  /Vmbo De Werkplaats \(NUOVO\)/g,
  /Gastles lassen voor 3 kader/g,
  /Hoe werkt een frituurmachine\? Gastles over machinebouw/g,
  /Een gastles voorbereiden/g,
  /Mobiele hub van Technohub NOP gaat op pad/g,
  /NEN 3140[^.]*\./g,
  /Sanne de Vries/g,
  // People's names with a Dutch particle, as the seed and the tests' sign-ups write them
  // (/beheer/personen lists the newest accounts, whoever a test made just before).
  /\p{Lu}\p{Ll}+ (?:van (?:de|der|den) |de |den |der |ter |ten |van )\p{Lu}[\p{L}-]+/gu,
  /Ministerie van OCW/g,
  /Stichting Platforms vmbo/g,
  /Vakcentrum voor de maakindustrie/g,
  /Digitale vaardigheden voor de werkvloer/g,
  /Het mkb in Utrecht-West voorzien van voldoende en adequaat opgeleide vakmensen/g,
  /Een doorlopende leerlijn voor alle opleidingsniveaus, van basisschool tot zij-instromer/g,
];

/** The demo's offer, request and course titles (app/db/seed), which the interface names in labels such as "Request this: …". */
const DEMO_TITLES = [
  "Basiscursus PLC-programmeren",
  "Bedrijfsbezoek CNC-verspanen en meten",
  "Bedrijfsbezoek installatietechniek voor 2 basis",
  "Bedrijfsbezoek machinebouw voor 4 kader",
  "Bedrijfsbezoek staalconstructie in de Noordoostpolder",
  "Bedrijfsbezoek: trekkers, drones en melkrobots",
  "Bedrijfsbezoek: van plaatstaal tot frituurwand",
  "CNC-draaien en -frezen",
  "Digitale vaardigheden voor de werkvloer",
  "Gastles duurzame energie voor havo 4",
  "Gastles lassen voor 3 kader",
  "Gastles: een dag als installatiemonteur",
  "Hoe werkt een frituurmachine? Gastles over machinebouw",
  "Hybride docent precisielandbouw en automatisering",
  "Hydrauliek in landbouwmachines",
  "Lassen en plaatbewerking op locatie",
  "Lassen en snijden: gastles metaal",
  "MIG/MAG-lassen voor beginners",
  "Praktijklokaal installatietechniek voor scholen",
  "Praktijkopdracht: ontwerp een onderdeel voor de maakindustrie",
  "Precisielandbouw en GPS-besturing",
  "Robots en drones in de landbouw",
  "Stroom en schakelen voor groep 7 en 8",
  "TIG-lassen van RVS",
  "Van aardappel tot friet: voedseltechnologie in de polder",
  "Workshop lassen voor beginners",
  "Workshop warmtepomp en zonnepanelen",
  "Workshop: programmeer een robotarm",
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
      // Column heads are the interface; a row's header cell names the row with what people typed.
      'main th:not([scope="row"])',
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
    for (const el of [...document.querySelectorAll<HTMLElement>("main [placeholder], main [aria-label], header [aria-label]")].filter(english)) {
      texts.push(el.getAttribute("placeholder") ?? "", el.getAttribute("aria-label") ?? "");
    }
    return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
  });
}

/** The texts with Dutch in them, after the names are taken out; the page's whole text for faked plurals. */
export async function dutchOn(page: Page): Promise<string[]> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The developer's outbox shows each mail as it was sent, in its reader's language: content, not interface.
  if (new URL(page.url()).pathname.startsWith("/dev/")) return [];
  const withoutContent = (text: string) => DEMO_TITLES.reduce((t, title) => t.split(title).join(""), NAMES.reduce((t, name) => t.replace(name, ""), text));
  const found = (await interfaceTexts(page)).filter((text) => DUTCH_WORD.test(withoutContent(text)));
  const main = await page.locator("main").innerText();
  for (const faked of main.match(/\p{L}\((en|s|n)\)/gu) ?? []) found.push(`faked plural: ${faked}`);
  return found.map((text) => `${new URL(page.url()).pathname}: ${text}`);
}
