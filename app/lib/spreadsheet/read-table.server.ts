import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { DomainError, invalid } from "~/domain/errors.ts";
import { parseCsv } from "~/domain/monitor/csv.ts";
import { cleanText } from "~/domain/common/clean-text.ts";
import { loadExcelJS } from "./exceljs.server.ts";
import { assertColumnsWithinLimits, assertCsvWithinLimits, assertSpreadsheetWithinLimits, UPLOAD_LIMITS } from "./upload-limits.server.ts";

export const MAX_UPLOAD_BYTES = UPLOAD_LIMITS.maxBytes;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

/** A worksheet's rows as text, each row and the row count bounded before a row is kept. */
async function tableOf(rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>): Promise<string[][]> {
  const L = UPLOAD_LIMITS;
  const kept: string[][] = [];
  for await (const row of rows) {
    // The row and column numbers may exceed what was counted (a lone cell in row 1,000,000 is one
    // row in the file); both are bounded before a row is kept.
    if (row.number > L.maxRows + 1) throw new DomainError("too_large", "monitor.import.fileTooManyRows", "file");
    const values = row.values as ExcelJS.CellValue[];
    if (values.length - 1 > L.maxColumns) throw new DomainError("too_large", "monitor.import.fileTooManyColumns", "file");
    kept[row.number - 1] = values.slice(1).map((v) => cellText(v).trim());
  }
  const width = Math.max(0, ...kept.map((r) => r?.length ?? 0));
  return Array.from(kept, (r) => {
    const cells = r ?? [];
    while (cells.length < width) cells.push("");
    return cells;
  });
}

/**
 * The worksheets `keep` chooses (by name and place in the workbook), read with exceljs's streaming
 * reader: it parses the XML a chunk at a time and lets other requests in between, where `xlsx.load`
 * held the thread for seconds on a 5,000-row file. A sheet not kept is not parsed.
 */
export async function streamSheets(bytes: Uint8Array, keep: (name: string, index: number) => boolean): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  const { stream } = await loadExcelJS();
  const reader = new stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let index = 0;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? "";
    if (!keep(name, index++)) continue;
    sheets.push({ name, table: await tableOf(sheet as AsyncIterable<ExcelJS.Row>) });
  }
  return sheets;
}

/** The same sheets from the whole file at once (the container's limits were checked before). */
export async function loadSheets(bytes: Uint8Array, keep: (name: string, index: number) => boolean): Promise<Sheet[]> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  for (const [index, sheet] of workbook.worksheets.entries()) {
    if (!keep(sheet.name, index)) continue;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
    sheets.push({ name: sheet.name, table: await tableOf(rows) });
  }
  return sheets;
}

/**
 * The streaming reader now and then loses the workbook's own part (xl/workbook.xml) when a worksheet
 * came before it in the zip and had to wait in a temporary file: it then fails on `model.sheets`
 * (exceljs 4.4, seen under load on our own template, which exceljs writes in that order). A file it
 * cannot read is read once more whole; only a file neither reads is unreadable.
 */
async function readSheets(bytes: Uint8Array, keep: (name: string, index: number) => boolean): Promise<Sheet[]> {
  try {
    return await streamSheets(bytes, keep);
  } catch (error) {
    if (error instanceof DomainError) throw error;
  }
  try {
    return await loadSheets(bytes, keep);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid("monitor.import.fileUnreadable", "file");
  }
}

/** A worksheet's name and rows of text; a CSV file is one sheet without a name. */
export type Sheet = { name: string | null; table: string[][] };

/**
 * A spreadsheet's sheets as rows of text: a CSV file (UTF-8, "," or ";") is one; of an XLSX file the
 * sheets `keep` chooses by name and place (0 is the first), in the workbook's order.
 */
export async function readWorkbook(filename: string, bytes: Uint8Array, keep: (name: string, index: number) => boolean): Promise<Sheet[]> {
  if (bytes.byteLength === 0) throw invalid("monitor.import.fileEmpty", "file");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("too_large", "monitor.import.fileTooLarge", "file");
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container
  if (isXlsx) {
    // Sizes, ratio, parts, rows, cells and columns are checked on the container first, before
    // exceljs unpacks anything.
    assertSpreadsheetWithinLimits(bytes);
    return cleanSheets(await readSheets(bytes, keep));
  }
  // A NUL byte is no text, whatever the name says (a binary file, or UTF-16 from an old Excel); it
  // could not be stored either: PostgreSQL's text and jsonb refuse \u0000.
  if (bytes.includes(0)) throw invalid("monitor.import.fileUnreadable", "file");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  assertCsvWithinLimits(text);
  const table = parseCsv(text);
  assertColumnsWithinLimits(table);
  return cleanSheets([{ name: null, table }]);
}

/**
 * Every cell as a form field's text is (`cleanText`): a spreadsheet is typed by someone else, and
 * an organisation's name with a direction override would read backwards on every page it is on.
 */
function cleanSheets(sheets: Sheet[]): Sheet[] {
  return sheets.map((sheet) => ({ ...sheet, table: sheet.table.map((row) => row.map(cleanText)) }));
}

/** A spreadsheet as rows of text: CSV (UTF-8, "," or ";") or the first sheet of an XLSX file. */
export async function readTable(filename: string, bytes: Uint8Array): Promise<string[][]> {
  const [first] = await readWorkbook(filename, bytes, (_name, index) => index === 0);
  return first?.table ?? [];
}
