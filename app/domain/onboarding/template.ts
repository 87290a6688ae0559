import { COLUMNS, HEADINGS, type Column } from "./rows.ts";

/**
 * The template a coordinator fills in (XLSX and CSV): the headings the import reads, two example
 * rows it accepts as they are (a company and a school), and the instructions the XLSX carries on
 * its second sheet. The file is Dutch, as the people who fill it in are.
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
];

export function templateHeadings(): string[] {
  return COLUMNS.map((c) => HEADINGS[c]);
}

function field(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV template: ";" between fields and a BOM, as Dutch spreadsheet programs read and save it. */
export function templateCsv(): string {
  const lines = [templateHeadings(), ...TEMPLATE_EXAMPLES.map((e) => COLUMNS.map((c) => e[c]))];
  return `\uFEFF${lines.map((l) => l.map(field).join(";")).join("\r\n")}\r\n`;
}
