import type { z } from "zod";
import { foldText } from "~/domain/common/fold.ts";
import { isIsoDate } from "~/domain/common/time.ts";
import { courseFormSchema, sessionFormSchema, type CourseInput, type SessionInput } from "~/domain/courses/forms.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, TARGET_GROUPS, TOPIC_LABELS } from "~/domain/courses/vocabulary.ts";
import { offerFormSchema, offerProblems, type OfferInput } from "~/domain/guest-lessons/forms.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFERING_KINDS } from "~/domain/guest-lessons/vocabulary.ts";
import { normaliseKvk } from "~/domain/organisations/identifiers.ts";
import { bareName, headedRows, KIND_WORDS, rowsFromTable, type OrganisationKind, type RawRow, type RowError } from "./rows.ts";
import {
  COURSE_HEADINGS,
  COURSE_REQUIRED,
  ITEM_SHEETS,
  itemSheetNamed,
  OFFER_HEADINGS,
  OFFER_REQUIRED,
  SESSION_COLUMNS,
  SHEET_NAMES,
  type CourseColumn,
  type ItemSheet,
  type OfferColumn,
} from "./sheets.ts";

/**
 * The "Aanbod" and "Cursussen" sheets (issue 15): each row is put in the shape the offer and course
 * forms post and checked by those forms' own schemas (app/domain/guest-lessons/forms.ts,
 * app/domain/courses/forms.ts), so a row is refused for exactly what the form would refuse, with the
 * form's message, at the sheet's column. What the sheet does not ask for takes the form's defaults.
 */

/** Stands in for the organisation's id while the row is checked: the id exists only after the import. */
const NO_ORGANISATION_YET = "00000000-0000-0000-0000-000000000000";

export type TopicName = { slug: string; nameNl: string; nameEn: string };
export type OfferItem = { row: number; organisation: string; offer: OfferInput };
export type CourseItem = { row: number; organisation: string; course: CourseInput; session: SessionInput | null };

const offerAliases = aliases(OFFER_HEADINGS, { organisatie: "organisation", naam: "organisation", onderwerpen: "topics", niveaus: "levels", plek: "locations", duur: "duration" });
const courseAliases = aliases(COURSE_HEADINGS, { organisatie: "organisation", opleider: "organisation", onderwerpen: "topics", doelgroepen: "targetGroups", datum: "date", capaciteit: "capacity", deadline: "deadline" });

function aliases<C extends string>(headings: Record<C, string>, more: Record<string, C>): Record<string, C> {
  return { ...Object.fromEntries(Object.entries(headings).map(([c, h]) => [foldText(h as string), c])), ...more } as Record<string, C>;
}

/** An optional sheet's table to raw rows, each marked with its sheet. */
export function itemRowsFromTable(sheet: ItemSheet, table: string[][]): { rows: RawRow[]; errors: RowError[] } {
  return sheet === "offers"
    ? headedRows(table, { aliases: offerAliases, required: OFFER_REQUIRED, headings: OFFER_HEADINGS, sheet })
    : headedRows(table, { aliases: courseAliases, required: COURSE_REQUIRED, headings: COURSE_HEADINGS, sheet });
}

/** Words people type for a code: the code itself and its Dutch name, folded. */
function vocabulary<T extends string>(codes: readonly T[], names: Partial<Record<T, string>> = {}, more: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(foldText(code), code);
    if (names[code]) map.set(foldText(names[code]!), code);
  }
  for (const [word, code] of Object.entries(more)) map.set(foldText(word), code);
  return map;
}

const OFFER_KIND_WORDS = vocabulary(OFFER_KINDS, {}, { "guest lesson": "gastles", "company visit": "bedrijfsbezoek", "hybride docent": "hybride_docent" });
const LEVEL_WORDS = vocabulary(LESSON_LEVELS, {}, { po: "po-7-8", "groep 7 8": "po-7-8", "vmbo b": "vmbo-basis", "vmbo k": "vmbo-kader", "vmbo gl": "vmbo-gemengd", "vmbo tl": "vmbo-theoretisch" });
const LOCATION_WORDS = new Map(
  Object.entries({ school: "school", "op school": "school", bedrijf: "company", "bij het bedrijf": "company", company: "company", online: "online" }).map(([w, c]) => [foldText(w), c]),
);
const COURSE_TOPIC_WORDS = vocabulary(COURSE_TOPICS, TOPIC_LABELS);
const TARGET_GROUP_WORDS = vocabulary(TARGET_GROUPS, {}, { "zij-instromers": "zij_instromers" });
const COURSE_LEVEL_WORDS = vocabulary(COURSE_LEVELS, {}, { geen: "none", "geen vooropleiding": "none", "mbo 1": "mbo-1", "mbo 2": "mbo-2", "mbo 3": "mbo-3", "mbo 4": "mbo-4" });
const FORMAT_WORDS = vocabulary(COURSE_FORMATS, {}, { "fysieke hub": "physical_hub", fysiek: "physical_hub", "mobiele hub": "mobile_hub", gemengd: "blended" });

/** "a, b; c" as a list; a word the vocabulary does not know is kept as typed, so the form's schema names it. */
function listOf(text: string | undefined, words: ReadonlyMap<string, string>): string[] {
  return (text ?? "")
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => words.get(foldText(w)) ?? w);
}
const oneOf = (text: string | undefined, words: ReadonlyMap<string, string>) => (text ? (words.get(foldText(text)) ?? text) : undefined);

/** "15-03-2027" or "15/3/2027" as the ISO date the forms take; anything else is left for the form to refuse. */
export function isoDateOf(text: string | undefined): string | undefined {
  const t = (text ?? "").trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (dutch) {
    const iso = `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : t;
  }
  return t;
}
/** "9:00" or "9.00" as "09:00". */
export function timeOf(text: string | undefined): string | undefined {
  const t = (text ?? "").trim();
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : t;
}

/** The schema's issues as errors at the sheet's columns (a field the sheet does not have: the row). */
function issuesAt<C extends string>(sheet: ItemSheet, row: number, error: z.ZodError | undefined, columnOf: Partial<Record<string, C>>): RowError[] {
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const issue of error?.issues ?? []) {
    const column = columnOf[String(issue.path[0] ?? "")] ?? null;
    const key = `${column}:${issue.message}`;
    if (seen.has(key)) continue; // a list's items fail one by one; one message per cell is enough
    seen.add(key);
    errors.push({ sheet, row, column, message: issue.message });
  }
  return errors;
}

const OFFER_FIELD_COLUMN: Partial<Record<string, OfferColumn>> = {
  organisationId: "organisation",
  kind: "kind",
  title: "title",
  description: "description",
  topics: "topics",
  levels: "levels",
  locations: "locations",
  durationMinutes: "duration",
};

/**
 * One offer row through the offer form's schema and its topic rule (`offerProblems`). What the sheet
 * does not ask for is what a new offer's form starts with: groups of 1 to 30, 25 km, Monday to Friday.
 */
export function checkOfferRow(raw: RawRow, topics: readonly TopicName[]): { value: OfferItem | null; errors: RowError[] } {
  const cells = raw.cells as Partial<Record<OfferColumn, string>>;
  const topicWords = new Map<string, string>();
  for (const t of topics) for (const w of [t.slug, t.nameNl, t.nameEn]) topicWords.set(foldText(w), t.slug);
  const parsed = offerFormSchema.safeParse({
    organisationId: NO_ORGANISATION_YET,
    kind: oneOf(cells.kind, OFFER_KIND_WORDS) ?? "",
    title: cells.title ?? "",
    description: cells.description ?? "",
    topics: listOf(cells.topics, topicWords),
    tags: "",
    levels: listOf(cells.levels, LEVEL_WORDS),
    groupSizeMin: "1",
    groupSizeMax: "30",
    durationMinutes: cells.duration || "60",
    locations: listOf(cells.locations, LOCATION_WORDS),
    travelRadiusKm: "25",
    weekdays: ["1", "2", "3", "4", "5"],
    blackoutDates: "",
    language: "nl",
    preparationTips: "",
  });
  const errors = issuesAt("offers", raw.row, parsed.error, OFFER_FIELD_COLUMN);
  const organisation = (cells.organisation ?? "").trim();
  if (organisation === "") errors.push({ sheet: "offers", row: raw.row, column: "organisation", message: "onboarding.row.required" });
  if (!parsed.success || errors.length > 0) return { value: null, errors };
  const problems = offerProblems(parsed.data, new Set(topics.map((t) => t.slug)));
  if (problems.topics) return { value: null, errors: [{ sheet: "offers", row: raw.row, column: "topics", message: problems.topics }] };
  return { value: { row: raw.row, organisation, offer: parsed.data }, errors };
}

const COURSE_FIELD_COLUMN: Partial<Record<string, CourseColumn>> = {
  providerId: "organisation",
  title: "title",
  summary: "summary",
  description: "description",
  topics: "topics",
  targetGroups: "targetGroups",
  level: "level",
  format: "format",
  price: "price",
};
const SESSION_FIELD_COLUMN: Partial<Record<string, CourseColumn>> = {
  date: "date",
  startTime: "startTime",
  endTime: "endTime",
  endDate: "date",
  address: "address",
  place: "place",
  capacity: "capacity",
  minParticipants: "capacity",
  deadline: "deadline",
};

/**
 * One course row through the course form's schema and, when any of its session columns is filled,
 * the session form's schema, with the rule of adding a session: it lies in the future (`now`).
 */
export function checkCourseRow(raw: RawRow, now: Date): { value: CourseItem | null; errors: RowError[] } {
  const cells = raw.cells as Partial<Record<CourseColumn, string>>;
  const parsed = courseFormSchema.safeParse({
    providerId: NO_ORGANISATION_YET,
    title: cells.title ?? "",
    summary: cells.summary ?? "",
    description: cells.description ?? "",
    topics: listOf(cells.topics, COURSE_TOPIC_WORDS),
    targetGroups: listOf(cells.targetGroups, TARGET_GROUP_WORDS),
    level: oneOf(cells.level, COURSE_LEVEL_WORDS) ?? "",
    format: oneOf(cells.format, FORMAT_WORDS) ?? "",
    duration: "",
    price: cells.price ?? "",
    leadsTo: "",
    intent: "draft",
  });
  const errors = issuesAt("courses", raw.row, parsed.error, COURSE_FIELD_COLUMN);
  const organisation = (cells.organisation ?? "").trim();
  if (organisation === "") errors.push({ sheet: "courses", row: raw.row, column: "organisation", message: "onboarding.row.required" });

  let session: SessionInput | null = null;
  if (SESSION_COLUMNS.some((c) => (cells[c] ?? "").trim() !== "")) {
    const planned = sessionFormSchema.safeParse({
      date: isoDateOf(cells.date),
      startTime: timeOf(cells.startTime),
      endTime: timeOf(cells.endTime),
      address: cells.address ?? "",
      place: cells.place ?? "",
      capacity: cells.capacity ?? "",
      minParticipants: "",
      deadline: isoDateOf(cells.deadline),
    });
    errors.push(...issuesAt("courses", raw.row, planned.error, SESSION_FIELD_COLUMN));
    if (planned.success) {
      if (planned.data.startsAt.getTime() <= now.getTime()) errors.push({ sheet: "courses", row: raw.row, column: "date", message: "courses.error.sessionInPast" });
      else session = planned.data;
    }
  }
  if (!parsed.success || errors.length > 0) return { value: null, errors };
  const { price, intent: _intent, ...course } = parsed.data;
  return { value: { row: raw.row, organisation, course: { ...course, priceCents: price }, session }, errors };
}

/** An organisation of the network an offer or course may name (by name or KvK number). */
/** `managed`: people have claimed the organisation (it has members), so it keeps its own offers and courses. */
export type NetworkOrganisation = { id: string; name: string; kind: OrganisationKind; kvkNumber: string | null; managed: boolean };
/** Whose an offer or course is: a row of the "Organisaties" sheet, or an organisation of the network. */
export type Owner = { row: number } | { id: string };

/**
 * Which organisation an offer or course row names: a row of the "Organisaties" sheet first (by KvK
 * number, or by name without legal form), else an organisation of the network. Offers belong to
 * companies and providers (as the offer form allows), courses to providers.
 */
export function ownerResolver(organisationRows: readonly RawRow[], network: readonly NetworkOrganisation[]) {
  const index = <T>(items: readonly T[], kvk: (i: T) => string | null, name: (i: T) => string) => {
    const byKvk = new Map<string, T[]>();
    const byName = new Map<string, T[]>();
    for (const item of items) {
      const k = kvk(item);
      if (k) byKvk.set(k, [...(byKvk.get(k) ?? []), item]);
      const n = bareName(name(item));
      if (n) byName.set(n, [...(byName.get(n) ?? []), item]);
    }
    return (text: string) => {
      const k = normaliseKvk(text);
      return (k ? byKvk.get(k) : undefined) ?? byName.get(bareName(text)) ?? [];
    };
  };
  const inSheet = index(organisationRows, (r) => normaliseKvk(r.cells.kvk ?? ""), (r) => r.cells.name ?? "");
  const inNetwork = index(network, (o) => o.kvkNumber, (o) => o.name);
  return (sheet: ItemSheet, row: number, text: string): { owner: Owner | null; error: RowError | null } => {
    const fail = (message: string) => ({ owner: null, error: { sheet, row, column: "organisation", message } });
    const allowed: readonly OrganisationKind[] = sheet === "courses" ? ["provider"] : OFFERING_KINDS;
    const kindMessage = sheet === "courses" ? "onboarding.item.courseOwnerKind" : "onboarding.item.offerOwnerKind";
    const rows = inSheet(text);
    if (rows.length > 1) return fail("onboarding.item.ownerAmbiguous");
    if (rows.length === 1) {
      // A row whose kind is unreadable has its own error on the first sheet; no second one here.
      const kind = KIND_WORDS[foldText(rows[0]!.cells.kind ?? "")];
      if (kind && !allowed.includes(kind)) return fail(kindMessage);
      return { owner: { row: rows[0]!.row }, error: null };
    }
    const found = inNetwork(text);
    if (found.length > 1) return fail("onboarding.item.ownerAmbiguous");
    if (found.length === 0) return fail("onboarding.item.ownerUnknown");
    if (!allowed.includes(found[0]!.kind)) return fail(kindMessage);
    if (found[0]!.managed) return fail("onboarding.item.ownerManaged");
    return { owner: { id: found[0]!.id }, error: null };
  };
}

export type CheckedItems = {
  offers: (OfferItem & { owner: Owner })[];
  courses: (CourseItem & { owner: Owner })[];
  errors: RowError[];
};

/**
 * The offers and courses whose owner is a row of the first sheet that turned out to be an organisation
 * the platform has, which people have claimed: a coordinator fills in what nobody manages yet, never
 * the catalogue of an organisation that keeps its own (not even as drafts). Those rows become errors.
 */
export function withoutManagedOwners(checked: CheckedItems, managedRows: ReadonlySet<number>): CheckedItems {
  if (managedRows.size === 0) return checked;
  const errors = [...checked.errors];
  const keep = <T extends { row: number; owner: Owner }>(sheet: ItemSheet, items: readonly T[]) =>
    items.filter((item) => {
      if (!("row" in item.owner) || !managedRows.has(item.owner.row)) return true;
      errors.push({ sheet, row: item.row, column: "organisation", message: "onboarding.item.ownerManaged" });
      return false;
    });
  return { offers: keep("offers", checked.offers), courses: keep("courses", checked.courses), errors };
}

/** Every offer and course row checked and given its owner; every error by sheet, row and column. */
export function checkItems(
  items: readonly RawRow[],
  context: { organisationRows: readonly RawRow[]; network: readonly NetworkOrganisation[]; topics: readonly TopicName[]; now: Date },
): CheckedItems {
  const ownerOf = ownerResolver(context.organisationRows, context.network);
  const out: CheckedItems = { offers: [], courses: [], errors: [] };
  for (const raw of items) {
    const checked = raw.sheet === "offers" ? checkOfferRow(raw, context.topics) : checkCourseRow(raw, context.now);
    const name = (raw.cells as Record<string, string | undefined>).organisation?.trim() ?? "";
    const owned = name ? ownerOf(raw.sheet!, raw.row, name) : { owner: null, error: null };
    if (owned.error) out.errors.push(owned.error);
    out.errors.push(...checked.errors);
    if (!checked.value || !owned.owner) continue;
    if (raw.sheet === "offers") out.offers.push({ ...(checked.value as OfferItem), owner: owned.owner });
    else out.courses.push({ ...(checked.value as CourseItem), owner: owned.owner });
  }
  return out;
}

/**
 * A workbook's sheets to the rows the import keeps: the organisations from the sheet named
 * "Organisaties" or else the first, offers and courses from the sheets of those names; a CSV file
 * (one sheet without a name) holds organisations only. A file with offers or courses alone (for
 * organisations already in the network) needs no organisations.
 */
export function rowsFromSheets(sheets: readonly { name: string | null; table: string[][] }[]): { rows: RawRow[]; errors: RowError[] } {
  const organisations =
    sheets.find((s) => s.name !== null && s.name.trim().toLowerCase() === SHEET_NAMES.organisations.toLowerCase()) ??
    sheets.find((s) => s.name === null || itemSheetNamed(s.name) === null);
  const first = rowsFromTable(organisations?.table ?? []);
  const rows = [...first.rows];
  const errors = [...first.errors];
  for (const sheet of ITEM_SHEETS) {
    const found = sheets.find((s) => s.name !== null && itemSheetNamed(s.name) === sheet);
    if (!found) continue;
    const read = itemRowsFromTable(sheet, found.table);
    rows.push(...read.rows);
    errors.push(...read.errors);
  }
  const hasItems = rows.some((r) => r.sheet);
  return { rows, errors: hasItems ? errors.filter((e) => e.message !== "onboarding.row.empty") : errors };
}
