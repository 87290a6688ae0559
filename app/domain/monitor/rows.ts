import type { MessageParams } from "~/domain/errors.ts";
import { translator, type Translate } from "~/i18n/index.ts";

/**
 * Validation of a monitor import. Every row is checked; one bad row refuses
 * the whole file, so each error names its row (as the spreadsheet numbers it,
 * header = row 1) and its column in Dutch.
 */
export const COLUMNS = ["indicator", "regio", "periode", "waarde", "bron", "naam", "eenheid"] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: Column[] = ["indicator", "regio", "periode", "waarde", "bron"];

/** Alternative headings people use for the same column. */
const ALIASES: Record<string, Column> = {
  indicator: "indicator",
  code: "indicator",
  regio: "regio",
  region: "regio",
  periode: "periode",
  schooljaar: "periode",
  jaar: "periode",
  period: "periode",
  waarde: "waarde",
  value: "waarde",
  bron: "bron",
  source: "bron",
  naam: "naam",
  name: "naam",
  eenheid: "eenheid",
  unit: "eenheid",
};

export type RawRow = { row: number; cells: Partial<Record<Column, string>> };
/** `message` is a key (app/i18n/messages/monitor.ts) that `params` fill; `describeError` puts it in words. */
export type RowError = { row: number | null; column: Column | null; message: string; params?: MessageParams };
export type ValidRow = { row: number; indicator: string; region: string; period: string; value: number; source: string; name?: string; unit?: string };
export type KnownIndicator = { code: string; name: string; unit: string };

export const MAX_ROWS = 5000;

/** Maps a table (first row = header) to raw rows by column name; unknown headings are an error. */
export function rowsFromTable(table: string[][]): { rows: RawRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === "")) return { rows: [], errors: [{ row: null, column: null, message: "monitor.row.empty" }] };
  const columns: (Column | null)[] = header.map((h) => ALIASES[h.trim().toLowerCase()] ?? null);
  header.forEach((h, i) => {
    if (columns[i] === null && h.trim() !== "") errors.push({ row: 1, column: null, message: "monitor.row.unknownColumn", params: { name: h.trim().slice(0, 60) } });
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) errors.push({ row: 1, column: required, message: "monitor.row.missingColumn", params: { column: required } });
  }
  const rows: RawRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return; // blank lines at the end of a sheet
    const raw: RawRow = { row: i + 2, cells: {} };
    columns.forEach((col, j) => {
      if (col) raw.cells[col] = (cells[j] ?? "").trim();
    });
    rows.push(raw);
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ row: null, column: null, message: "monitor.row.noDataBelowHeader" });
  if (rows.length > MAX_ROWS) errors.push({ row: null, column: null, message: "monitor.row.tooMany", params: { max: MAX_ROWS } });
  return { rows, errors };
}

/** "11", "11,5", "11.5", "1.234,5", "3 000" → number; anything else → null. */
export function parseDutchNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0%]/g, "");
  if (t === "") return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A school year "2016-2017" (consecutive years) or a calendar year "2016". */
export function normalisePeriod(text: string): string | null {
  const t = text.replace(/\s/g, "").replace(/[/–—]/g, "-");
  const year = /^(19|20)\d{2}$/.exec(t);
  if (year) return t;
  const sy = /^((?:19|20)\d{2})-((?:19|20)?\d{2})$/.exec(t);
  if (sy) {
    const start = Number(sy[1]);
    const endRaw = sy[2]!;
    const end = endRaw.length === 2 ? Math.floor(start / 100) * 100 + Number(endRaw) : Number(endRaw);
    return end === start + 1 ? `${start}-${end}` : null;
  }
  return null;
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

export function validateRows(rows: RawRow[], known: KnownIndicator[]): { valid: ValidRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const valid: ValidRow[] = [];
  const knownByCode = new Map(known.map((k) => [k.code, k]));
  const seen = new Map<string, number>();
  const newIndicators = new Map<string, { name: string; unit: string }>();
  for (const { row, cells } of rows) {
    const rowErrors: RowError[] = [];
    const fail = (column: Column, message: string, params?: MessageParams) => rowErrors.push({ row, column, message, ...(params ? { params } : {}) });
    const code = (cells.indicator ?? "").toLowerCase();
    if (!code) fail("indicator", "monitor.row.indicatorRequired");
    else if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(code)) fail("indicator", "monitor.row.indicatorFormat");
    else if (knownByCode.has(code)) {
      // A name or unit other than the known indicator's is someone creating a new indicator with a
      // code that is taken: refused, rather than merging the figures into the existing one and
      // dropping the name. The same name (or none) adds figures to the known indicator.
      const k = knownByCode.get(code)!;
      const name = cells.naam ?? "";
      const unit = cells.eenheid ?? "";
      if ((name && !sameText(name, k.name)) || (unit && !sameText(unit, k.unit))) fail("naam", "monitor.row.codeTaken", { code, name: k.name, unit: k.unit });
    } else {
      const name = cells.naam ?? "";
      const unit = cells.eenheid ?? "";
      const earlier = newIndicators.get(code);
      if (earlier) {
        if ((name && name !== earlier.name) || (unit && unit !== earlier.unit)) fail("naam", "monitor.row.nameMismatch", { code });
      } else if (!name) fail("naam", "monitor.row.nameRequired", { code });
      else if (!unit) fail("eenheid", "monitor.row.unitRequired", { code });
      else newIndicators.set(code, { name, unit });
    }
    const region = cells.regio ?? "";
    if (!region) fail("regio", "monitor.row.regionRequired");
    else if (region.length > 120) fail("regio", "monitor.row.regionTooLong", { max: 120 });
    const period = normalisePeriod(cells.periode ?? "");
    if (!cells.periode) fail("periode", "monitor.row.periodRequired");
    else if (!period) fail("periode", "monitor.row.periodInvalid", { value: cells.periode.slice(0, 60) });
    const value = parseDutchNumber(cells.waarde ?? "");
    if (!cells.waarde) fail("waarde", "monitor.row.valueRequired");
    else if (value === null) fail("waarde", "monitor.row.valueInvalid", { value: cells.waarde.slice(0, 60) });
    const source = cells.bron ?? "";
    if (!source) fail("bron", "monitor.row.sourceRequired");
    else if (source.length > 300) fail("bron", "monitor.row.sourceTooLong", { max: 300 });
    if (code && region && period) {
      const key = `${code}\u0000${region.toLowerCase()}\u0000${period}`;
      const first = seen.get(key);
      if (first !== undefined) fail("periode", "monitor.row.duplicate", { first });
      else seen.set(key, row);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else {
      const nw = newIndicators.get(code);
      valid.push({ row, indicator: code, region, period: period!, value: value!, source, ...(nw ? { name: nw.name, unit: nw.unit } : {}) });
    }
  }
  return { valid, errors };
}

export const COLUMN_LABELS: Record<Column, string> = {
  indicator: "indicator",
  regio: "regio",
  periode: "periode",
  waarde: "waarde",
  bron: "bron",
  naam: "naam",
  eenheid: "eenheid",
};

/** Puts row errors in words in one language: "Rij 3, kolom ‘waarde’: ‘elf’ is geen getal." */
export function rowErrorDescriber(t: Translate): (e: RowError) => string {
  return (e) => {
    const message = t(e.message, e.params);
    if (e.row !== null && e.column) return t("monitor.row.atRowColumn", { row: e.row, column: COLUMN_LABELS[e.column], message });
    if (e.row !== null) return t("monitor.row.atRow", { row: e.row, message });
    if (e.column) return t("monitor.row.atColumn", { column: COLUMN_LABELS[e.column], message });
    return message;
  };
}

/** A row error in Dutch (logs, tests). Pages use `rowErrorDescriber(t)` for the reader's language. */
export function describeError(e: RowError): string {
  return rowErrorDescriber(translator("nl"))(e);
}
