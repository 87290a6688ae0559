import { COURSE_LEVELS, COURSE_TOPICS, TARGET_GROUPS } from "~/domain/courses/vocabulary.ts";
import { LESSON_LEVELS, OFFER_KINDS } from "~/domain/guest-lessons/vocabulary.ts";
import { COLUMNS, HEADINGS, type Column } from "./rows.ts";
import { COURSE_COLUMNS, COURSE_HEADINGS, OFFER_COLUMNS, OFFER_HEADINGS, SHEET_NAMES, type CourseColumn, type OfferColumn } from "./sheets.ts";

/**
 * The template a coordinator fills in (XLSX and CSV): the headings the import reads, example rows
 * it accepts as they are (a company, a school, a provider; in the XLSX also an offer and a course on
 * the optional sheets), and the instructions the XLSX carries on its "Uitleg" sheet. The file is Dutch, as the people who fill it in are.
 */
export const TEMPLATE_BASENAME = "technohub-organisaties-importeren";

export const TEMPLATE_EXAMPLES: Record<Column, string>[] = [
  {
    name: "Voorbeeld Installatietechniek B.V.",
    kind: "bedrijf",
    kvk: "12345678",
    brin: "",
    branch: "",
    street: "Voorbeeldstraat 1",
    postcode: "3511 AB",
    place: "Utrecht",
    sector: "Installatietechniek",
    contactName: "Afdeling HR",
    contactEmail: "hr@voorbeeld-installatie.example",
  },
  {
    name: "Voorbeeldcollege vmbo",
    kind: "school",
    kvk: "",
    brin: "99XX",
    branch: "01",
    street: "Schoolplein 2",
    postcode: "3512 CD",
    place: "Utrecht",
    sector: "",
    contactName: "Decanaat",
    contactEmail: "decanaat@voorbeeldcollege.example",
  },
  {
    name: "Voorbeeld Opleidingscentrum Techniek",
    kind: "opleider",
    kvk: "87654321",
    brin: "",
    branch: "",
    street: "Leerweg 3",
    postcode: "3513 EF",
    place: "Utrecht",
    sector: "Opleiden",
    contactName: "Cursusadministratie",
    contactEmail: "cursussen@voorbeeld-opleiding.example",
  },
];

/** An example offer of the example company, by its name as on the first sheet. */
export const OFFER_EXAMPLES: Record<OfferColumn, string>[] = [
  {
    organisation: "Voorbeeld Installatietechniek B.V.",
    title: "Gastles warmtepompen",
    kind: "gastles",
    topics: "warmtepompen, installatietechniek",
    levels: "vmbo-kader, vmbo-gemengd",
    locations: "school",
    description: "Een monteur laat zien hoe een warmtepomp werkt en wat het vak inhoudt.",
    duration: "90",
  },
];

/** An example course of the example provider, by its KvK number; without a session (a date would age). */
export const COURSE_EXAMPLES: Record<CourseColumn, string>[] = [
  {
    organisation: "87654321",
    title: "Basiscursus lassen",
    summary: "In vier dagdelen leert u MIG/MAG-lassen.",
    description: "",
    topics: "lassen",
    targetGroups: "werknemers, zij-instromers",
    level: "mbo-2",
    format: "fysieke hub",
    price: "450",
    date: "",
    startTime: "",
    endTime: "",
    address: "",
    place: "",
    capacity: "",
    deadline: "",
  },
];

export const TEMPLATE_INSTRUCTIONS: string[] = [
  "Organisaties importeren in Technohub",
  "",
  "Vul op het blad 'Organisaties' één organisatie per rij in. Laat de koprij staan; de voorbeeldrijen mag u overschrijven of verwijderen.",
  "Verplicht: Naam, Soort en Plaats.",
  "Soort: school, bedrijf, opleider, overheid of fonds.",
  "KvK-nummer: 8 cijfers (bijvoorbeeld 12345678).",
  "BRIN: 4 tekens, 2 cijfers en 2 letters of cijfers (bijvoorbeeld 25LP); alleen voor scholen en opleiders.",
  "Vestigingsnummer: 2 cijfers (bijvoorbeeld 01); alleen samen met een BRIN.",
  "Postcode: 4 cijfers en 2 letters (bijvoorbeeld 3511 AB).",
  "E-mail contactpersoon: deze persoon krijgt een uitnodiging om de organisatie op Technohub te beheren. Gebruik bij voorkeur een functieadres.",
  "",
  "Na het uploaden ziet u eerst een voorbeeld met elke fout per rij en kolom. Er wordt niets opgeslagen tot u bevestigt.",
  "Organisaties die al op Technohub staan (zelfde KvK-nummer of BRIN, of dezelfde naam in dezelfde plaats) kunt u samenvoegen of overslaan.",
  "",
  "Aanbod en cursussen (mag leeg blijven)",
  "Op de bladen 'Aanbod' en 'Cursussen' zet u per rij één gastles of bedrijfsbezoek, of één cursus. Dat kan alleen in dit Excel-bestand, niet in CSV.",
  "Organisatie: de naam of het KvK-nummer zoals op het blad 'Organisaties', of van een organisatie die al in uw netwerk zit. Aanbod hoort bij een bedrijf of opleider, een cursus bij een opleider.",
  "Aanbod en cursussen worden als concept toegevoegd; de organisatie publiceert ze zelf nadat zij de uitnodiging heeft aangenomen. Bij een organisatie die al op Technohub staat, komen ze bij de bestaande organisatie (ook als u haar overslaat).",
  `Aanbod, verplicht: Organisatie, Titel, Soort, Onderwerp, Niveau, Waar en Omschrijving. Soort: ${OFFER_KINDS.join(", ")}.`,
  "Onderwerp: één of meer onderwerpen van Technohub, gescheiden door komma's (bijvoorbeeld lassen, warmtepompen, elektrotechniek).",
  `Niveau: één of meer van ${LESSON_LEVELS.join(", ")}.`,
  "Waar: school, bedrijf en/of online. Duur in minuten: 15 tot 2400 (leeg is 60).",
  `Cursussen, verplicht: Organisatie, Titel, Samenvatting, Onderwerp, Doelgroep, Niveau en Vorm. Onderwerp: ${COURSE_TOPICS.join(", ")}.`,
  `Doelgroep: ${TARGET_GROUPS.join(", ")}. Niveau: ${COURSE_LEVELS.join(", ")} (none of 'geen': geen vooropleiding nodig). Vorm: fysieke hub, mobiele hub, online of gemengd. Prijs in euro per deelnemer (leeg is gratis).`,
  "Eén sessie (mag leeg blijven): Datum sessie (2027-03-15 of 15-03-2027), Begintijd en Eindtijd (09:00), Plaats en Adres (leeg: online), Plaatsen (1 tot 1000) en Inschrijven tot (een datum vóór de sessie).",
];

export function templateHeadings(): string[] {
  return COLUMNS.map((c) => HEADINGS[c]);
}

/** The optional sheets: their name, headings and example rows, in the workbook's order. */
export function templateItemSheets(): { name: string; headings: string[]; examples: string[][] }[] {
  return [
    { name: SHEET_NAMES.offers, headings: OFFER_COLUMNS.map((c) => OFFER_HEADINGS[c]), examples: OFFER_EXAMPLES.map((e) => OFFER_COLUMNS.map((c) => e[c])) },
    { name: SHEET_NAMES.courses, headings: COURSE_COLUMNS.map((c) => COURSE_HEADINGS[c]), examples: COURSE_EXAMPLES.map((e) => COURSE_COLUMNS.map((c) => e[c])) },
  ];
}

function field(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV template: ";" between fields and a BOM, as Dutch spreadsheet programs read and save it. */
export function templateCsv(): string {
  const lines = [templateHeadings(), ...TEMPLATE_EXAMPLES.map((e) => COLUMNS.map((c) => e[c]))];
  return `\uFEFF${lines.map((l) => l.map(field).join(";")).join("\r\n")}\r\n`;
}
