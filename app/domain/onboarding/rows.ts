import type { MessageParams } from "~/domain/errors.ts";
import { foldText } from "~/domain/common/fold.ts";
import type { Translate } from "~/i18n/index.ts";
import { normaliseBranchNumber, normaliseBrin, normaliseKvk } from "~/domain/organisations/identifiers.ts";
import { normalisePostcode } from "~/domain/organisations/postcode.ts";
import { normaliseEmail } from "./identifiers.ts";
import { ITEM_HEADINGS, SHEET_NAMES, type ItemSheet } from "./sheets.ts";

/**
 * A region's organisations from a spreadsheet (issue 15, ADR 034). Every row is checked and every
 * error names its row (as the spreadsheet numbers it: the header is row 1) and its column by the
 * heading the template gives it, so "Rij 14, kolom KvK-nummer: …" points at one cell.
 */
export const COLUMNS = ["name", "kind", "kvk", "brin", "branch", "street", "postcode", "place", "sector", "contactName", "contactEmail"] as const;
export type Column = (typeof COLUMNS)[number];

/** The headings of the template, in its order; the file is Dutch whatever the reader's language. */
export const HEADINGS: Record<Column, string> = {
  name: "Naam",
  kind: "Soort",
  kvk: "KvK-nummer",
  brin: "BRIN",
  branch: "Vestigingsnummer",
  street: "Straat en huisnummer",
  postcode: "Postcode",
  place: "Plaats",
  sector: "Sector",
  contactName: "Naam contactpersoon",
  contactEmail: "E-mail contactpersoon",
};

const REQUIRED: Column[] = ["name", "kind", "place"];

/** Other headings people write for the same column (folded: case, accents and punctuation do not count). */
const ALIASES: Record<string, Column> = {
  ...Object.fromEntries(COLUMNS.map((c) => [foldText(HEADINGS[c]), c])),
  organisatie: "name",
  "naam organisatie": "name",
  name: "name",
  type: "kind",
  kind: "kind",
  kvk: "kvk",
  "kvk nummer": "kvk",
  "brin nummer": "brin",
  brinnummer: "brin",
  vestiging: "branch",
  adres: "street",
  straat: "street",
  woonplaats: "place",
  place: "place",
  contactpersoon: "contactName",
  "e mail": "contactEmail",
  email: "contactEmail",
};

export type OrganisationKind = "school" | "company" | "provider" | "public_body" | "fund";

/** The words the "Soort" column takes: the Dutch labels the platform shows, and the code names. */
export const KIND_WORDS: Record<string, OrganisationKind> = {
  school: "school",
  bedrijf: "company",
  company: "company",
  opleider: "provider",
  provider: "provider",
  overheid: "public_body",
  "public body": "public_body",
  fonds: "fund",
  fund: "fund",
};
export const KIND_LABELS: Record<OrganisationKind, string> = { school: "school", company: "bedrijf", provider: "opleider", public_body: "overheid", fund: "fonds" };

/** Organisations with a BRIN number: schools and the providers DUO funds (ROCs, AOCs). */
const HAS_BRIN: OrganisationKind[] = ["school", "provider"];

export const MAX_ROWS = 5000;
const MAX_TEXT = 200;

/** A row as read; `sheet` names an optional sheet (offers, courses), absent for the organisations. */
export type RawRow = { row: number; cells: Partial<Record<Column, string>>; sheet?: ItemSheet };
/**
 * `message` is a key (app/i18n/messages/onboarding.ts, or the offer and course forms' own) that
 * `params` fill; `rowErrorDescriber` puts it in words. `column` is a column of the row's sheet.
 */
export type RowError = { sheet?: ItemSheet; row: number | null; column: string | null; message: string; params?: MessageParams };
export type OrganisationRow = {
  row: number;
  name: string;
  kind: OrganisationKind;
  kvkNumber: string | null;
  brin: string | null;
  branchNumber: string | null;
  street: string | null;
  postcode: string | null;
  place: string;
  sector: string | null;
  contactName: string | null;
  contactEmail: string | null;
};

/** Maps a table (first row = header) to raw rows by heading; an unknown or missing heading is an error. */
export function rowsFromTable(table: string[][]): { rows: RawRow[]; errors: RowError[] } {
  return headedRows(table, { aliases: ALIASES, required: REQUIRED, headings: HEADINGS });
}

/**
 * Any sheet's table to raw rows by heading (the first row), each cell trimmed; an unknown or
 * missing heading is an error of the sheet. Only the organisations' sheet must hold rows.
 */
export function headedRows<C extends string>(
  table: string[][],
  shape: { aliases: Record<string, C>; required: readonly C[]; headings: Record<C, string>; sheet?: ItemSheet },
): { rows: RawRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const at = shape.sheet ? { sheet: shape.sheet } : {};
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === "")) return { rows: [], errors: shape.sheet ? [] : [{ row: null, column: null, message: "onboarding.row.empty" }] };
  const columns: (C | null)[] = header.map((h) => shape.aliases[foldText(h)] ?? null);
  header.forEach((h, i) => {
    if (columns[i] === null && h.trim() !== "") errors.push({ ...at, row: 1, column: null, message: "onboarding.row.unknownColumn", params: { name: h.trim().slice(0, 60) } });
  });
  for (const required of shape.required) {
    if (!columns.includes(required)) errors.push({ ...at, row: 1, column: required, message: "onboarding.row.missingColumn", params: { column: shape.headings[required] } });
  }
  const rows: RawRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return; // blank lines at the end of a sheet
    const raw: RawRow = { ...at, row: i + 2, cells: {} };
    const target = raw.cells as Record<string, string>;
    columns.forEach((col, j) => {
      if (col) target[col] = (cells[j] ?? "").trim().slice(0, 1000);
    });
    rows.push(raw);
  });
  if (rows.length > MAX_ROWS) errors.push({ ...at, row: null, column: null, message: "onboarding.row.tooMany", params: { max: MAX_ROWS } });
  else if (rows.length === 0 && errors.length === 0 && !shape.sheet) errors.push({ row: null, column: null, message: "onboarding.row.empty" });
  return { rows, errors };
}

/** An organisation's name without its legal form: "Kiremko B.V." is "kiremko". */
export function bareName(name: string): string {
  return foldText(name)
    .replace(/\b(b ?v|n ?v|v ?o ?f|bv|nv|vof|holding|stichting)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The name and place two rows must share to be the same organisation: "Kiremko B.V." is "kiremko". */
export function nameKey(name: string, place: string): string {
  return `${bareName(name)}\u0000${foldText(place)}`;
}

/** One row checked: the organisation it describes, or its errors, each at its column. */
export function checkRow(raw: RawRow): { value: OrganisationRow | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: Column, message: string, params?: MessageParams) => errors.push({ row: raw.row, column, message, ...(params ? { params } : {}) });
  const text = (column: Column) => (raw.cells[column] ?? "").trim();
  const optional = (column: Column) => {
    const value = text(column);
    if (value.length > MAX_TEXT) fail(column, "onboarding.row.tooLong", { max: MAX_TEXT });
    return value === "" ? null : value;
  };

  const name = text("name");
  if (name === "") fail("name", "onboarding.row.required");
  else if (name.length > MAX_TEXT) fail("name", "onboarding.row.tooLong", { max: MAX_TEXT });

  const kindText = text("kind");
  const kind = KIND_WORDS[foldText(kindText)] ?? null;
  if (kindText === "") fail("kind", "onboarding.row.required");
  else if (!kind) fail("kind", "onboarding.row.kind");

  const kvkText = text("kvk");
  const kvkNumber = kvkText === "" ? null : normaliseKvk(kvkText);
  if (kvkText !== "" && !kvkNumber) fail("kvk", "onboarding.row.kvk");

  const brinText = text("brin");
  const brin = brinText === "" ? null : normaliseBrin(brinText);
  if (brinText !== "" && !brin) fail("brin", "onboarding.row.brin");
  else if (brin && kind && !HAS_BRIN.includes(kind)) fail("brin", "onboarding.row.brinKind");

  const branchText = text("branch");
  const branchNumber = branchText === "" ? null : normaliseBranchNumber(branchText);
  if (branchText !== "" && !branchNumber) fail("branch", "onboarding.row.branch");
  else if (branchNumber && brinText === "") fail("branch", "onboarding.row.branchWithoutBrin");

  const postcodeText = text("postcode");
  const postcode = postcodeText === "" ? null : normalisePostcode(postcodeText);
  if (postcodeText !== "" && !postcode) fail("postcode", "onboarding.row.postcode");

  const place = text("place");
  if (place === "") fail("place", "onboarding.row.required");
  else if (place.length > 100) fail("place", "onboarding.row.tooLong", { max: 100 });

  const emailText = text("contactEmail");
  const contactEmail = emailText === "" ? null : normaliseEmail(emailText);
  if (emailText !== "" && !contactEmail) fail("contactEmail", "onboarding.row.email");

  const street = optional("street");
  const sector = optional("sector");
  const contactName = optional("contactName");
  if (contactName && !contactEmail && emailText === "") fail("contactEmail", "onboarding.row.emailForContact");

  if (errors.length > 0) return { value: null, errors };
  return { value: { row: raw.row, name, kind: kind!, kvkNumber, brin, branchNumber, street, postcode, place, sector, contactName, contactEmail }, errors };
}

/**
 * Every row checked, and rows that describe the same organisation twice in one file (same KvK
 * number, same BRIN and vestiging, or the same name in the same place) refused at the later row.
 */
export function checkRows(rows: RawRow[]): { valid: OrganisationRow[]; errors: RowError[] } {
  const valid: OrganisationRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const checked = checkRow(raw);
    if (!checked.value) {
      errors.push(...checked.errors);
      continue;
    }
    const v = checked.value;
    const keys: [string, Column][] = [[`n:${nameKey(v.name, v.place)}`, "name"]];
    if (v.kvkNumber) keys.push([`k:${v.kvkNumber}`, "kvk"]);
    if (v.brin) keys.push([`b:${v.brin}:${v.branchNumber ?? ""}`, "brin"]);
    const earlier = keys.map(([key, column]) => ({ first: seen.get(key), column })).find((k) => k.first !== undefined);
    if (earlier) {
      errors.push({ row: v.row, column: earlier.column, message: "onboarding.row.sameAsRow", params: { first: earlier.first! } });
      continue;
    }
    for (const [key] of keys) seen.set(key, v.row);
    valid.push(v);
  }
  return { valid, errors };
}

export type ExistingOrganisation = {
  id: string;
  slug: string;
  name: string;
  place: string | null;
  kvkNumber: string | null;
  brin: string | null;
  branchNumber: string | null;
};
/**
 * `brinHeldBy`: the row brings a BRIN (with its vestigingsnummer) that another organisation than the
 * matched one holds, so merging would give the matched one a taken number (one holder each, ADR 033).
 */
export type DuplicateMatch = { row: number; existing: ExistingOrganisation; by: "kvk" | "brin" | "name"; brinHeldBy?: string };

/**
 * Which rows describe an organisation the platform already has: by KvK number or BRIN (with the
 * same vestiging) first, then by name and place, since a name can be written in several ways
 * but a number is one organisation's.
 */
export function matchExisting(rows: OrganisationRow[], existing: ExistingOrganisation[]): DuplicateMatch[] {
  const byKvk = new Map<string, ExistingOrganisation>();
  const byBrin = new Map<string, ExistingOrganisation>();
  const byName = new Map<string, ExistingOrganisation>();
  for (const e of existing) {
    if (e.kvkNumber && !byKvk.has(e.kvkNumber)) byKvk.set(e.kvkNumber, e);
    if (e.brin) byBrin.set(`${e.brin}:${e.branchNumber ?? ""}`, e);
    if (e.place) byName.set(nameKey(e.name, e.place), e);
  }
  const matches: DuplicateMatch[] = [];
  for (const r of rows) {
    const kvk = r.kvkNumber ? byKvk.get(r.kvkNumber) : undefined;
    const brin = r.brin ? byBrin.get(`${r.brin}:${r.branchNumber ?? ""}`) : undefined;
    const name = byName.get(nameKey(r.name, r.place));
    const match = kvk ? { existing: kvk, by: "kvk" as const } : brin ? { existing: brin, by: "brin" as const } : name ? { existing: name, by: "name" as const } : null;
    if (!match) continue;
    // A merge fills the BRIN only where the matched organisation has none (fillEmpty).
    const heldBy = brin && brin.id !== match.existing.id && !match.existing.brin ? { brinHeldBy: brin.name } : {};
    matches.push({ row: r.row, ...match, ...heldBy });
  }
  return matches;
}

/** The fields a merge fills: only those the existing organisation has empty. */
export type MergeableFields = Pick<OrganisationRow, "kvkNumber" | "brin" | "branchNumber" | "street" | "postcode" | "sector">;
export function fillEmpty(existing: Partial<Record<keyof MergeableFields, string | null>>, row: OrganisationRow): Partial<MergeableFields> {
  const filled: Partial<MergeableFields> = {};
  for (const field of ["kvkNumber", "street", "postcode", "sector"] as const) {
    if (!existing[field] && row[field]) filled[field] = row[field];
  }
  // A vestigingsnummer belongs to its BRIN: both come from the row, or neither.
  if (!existing.brin && row.brin) {
    filled.brin = row.brin;
    if (!existing.branchNumber && row.branchNumber) filled.branchNumber = row.branchNumber;
  }
  return filled;
}

/**
 * Puts row errors in words in one language: "Rij 14, kolom KvK-nummer: een KvK-nummer heeft 8 cijfers."
 * An optional sheet's error names its sheet: "Blad Aanbod, rij 4, kolom Niveau: …".
 */
export function rowErrorDescriber(t: Translate): (e: RowError) => string {
  return (e) => {
    const message = t(e.message, e.params);
    const column = e.column ? (e.sheet ? (ITEM_HEADINGS[e.sheet][e.column] ?? e.column) : (HEADINGS[e.column as Column] ?? e.column)) : null;
    const sheet = e.sheet ? { sheet: SHEET_NAMES[e.sheet] } : null;
    const key = sheet ? "onboarding.row.inSheet" : "onboarding.row";
    if (e.row !== null && column) return t(`${key}.atRowColumn`, { ...sheet, row: e.row, column, message });
    if (e.row !== null) return t(`${key}.atRow`, { ...sheet, row: e.row, message });
    if (column) return t(`${key}.atColumn`, { ...sheet, column, message });
    return sheet ? t("onboarding.row.inSheet.only", { ...sheet, message }) : message;
  };
}
