/**
 * CSV for open data (RFC 4180): comma-separated, CRLF line ends, a header row, and a field quoted
 * only when it holds a comma, quote or line break (quotes doubled). No byte order mark: the files
 * are for programs first (ADR 032), and a BOM ends up in the first column's name for many of them.
 *
 * A text cell starting with = + - @ (or a tab or carriage return) is prefixed with ' so a
 * spreadsheet never runs it as a formula: names and websites are text other people typed. Numbers
 * are written as they are (a negative number is not text). The JSON download carries every value
 * unchanged, for whoever needs the exact text.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
