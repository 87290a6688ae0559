/**
 * The optional sheets of the template beside "Organisaties" (issue 15): "Aanbod" (an organisation's
 * guest lessons and company visits) and "Cursussen" (a provider's courses, with one session if it is
 * planned). Only the XLSX template has them: a CSV file holds one table, the organisations.
 */
export const ITEM_SHEETS = ["offers", "courses"] as const;
export type ItemSheet = (typeof ITEM_SHEETS)[number];

/** The sheets' names in the workbook; the file is Dutch whatever the reader's language. */
export const SHEET_NAMES = { organisations: "Organisaties", offers: "Aanbod", courses: "Cursussen" } as const;

export const OFFER_COLUMNS = ["organisation", "title", "kind", "topics", "levels", "locations", "description", "duration"] as const;
export type OfferColumn = (typeof OFFER_COLUMNS)[number];
export const OFFER_HEADINGS: Record<OfferColumn, string> = {
  organisation: "Organisatie",
  title: "Titel",
  kind: "Soort",
  topics: "Onderwerp",
  levels: "Niveau",
  locations: "Waar",
  description: "Omschrijving",
  duration: "Duur in minuten",
};
export const OFFER_REQUIRED: OfferColumn[] = ["organisation", "title", "kind", "topics", "levels", "locations", "description"];

export const COURSE_COLUMNS = [
  "organisation",
  "title",
  "summary",
  "description",
  "topics",
  "targetGroups",
  "level",
  "format",
  "price",
  "date",
  "startTime",
  "endTime",
  "address",
  "place",
  "capacity",
  "deadline",
] as const;
export type CourseColumn = (typeof COURSE_COLUMNS)[number];
export const COURSE_HEADINGS: Record<CourseColumn, string> = {
  organisation: "Organisatie",
  title: "Titel",
  summary: "Samenvatting",
  description: "Omschrijving",
  topics: "Onderwerp",
  targetGroups: "Doelgroep",
  level: "Niveau",
  format: "Vorm",
  price: "Prijs",
  date: "Datum sessie",
  startTime: "Begintijd",
  endTime: "Eindtijd",
  address: "Adres",
  place: "Plaats",
  capacity: "Plaatsen",
  deadline: "Inschrijven tot",
};
export const COURSE_REQUIRED: CourseColumn[] = ["organisation", "title", "summary", "topics", "targetGroups", "level", "format"];
/** The columns of the one session a course row may carry: all empty, or the session is checked whole. */
export const SESSION_COLUMNS: CourseColumn[] = ["date", "startTime", "endTime", "address", "place", "capacity", "deadline"];

export const ITEM_HEADINGS: Record<ItemSheet, Record<string, string>> = { offers: OFFER_HEADINGS, courses: COURSE_HEADINGS };

/** Which sheet a worksheet's name is ("aanbod", "Cursussen " alike); null: not one the import reads by name. */
export function itemSheetNamed(name: string): ItemSheet | null {
  const folded = name.trim().toLowerCase();
  if (folded === SHEET_NAMES.offers.toLowerCase()) return "offers";
  if (folded === SHEET_NAMES.courses.toLowerCase()) return "courses";
  return null;
}
