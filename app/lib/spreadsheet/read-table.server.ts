import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DomainError, invalid } from "~/domain/errors.ts";
import { parseCsv } from "~/domain/monitor/csv.ts";
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

/**
 * The first worksheet, read with exceljs's streaming reader: it parses the XML a chunk at a time and
 * lets other requests in between, where `xlsx.load` held the thread for seconds on a 5,000-row file.
 */
async function readFirstSheet(bytes: Uint8Array): Promise<string[][]> {
  const L = UPLOAD_LIMITS;
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        // The row and column numbers may exceed what was counted (a lone cell in row 1,000,000 is one
        // row in the file); both are bounded before a row is kept.
        if (row.number > L.maxRows + 1) throw new DomainError("too_large", "monitor.import.fileTooManyRows", "file");
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > L.maxColumns) throw new DomainError("too_large", "monitor.import.fileTooManyColumns", "file");
        rows[row.number - 1] = values.slice(1).map((v) => cellText(v).trim());
      }
      break; // the first sheet only; the others are not read
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid("monitor.import.fileUnreadable", "file");
  }
  const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
  return Array.from(rows, (r) => {
    const cells = r ?? [];
    while (cells.length < width) cells.push("");
    return cells;
  });
}

/** A spreadsheet as rows of text: CSV (UTF-8, "," or ";") or the first sheet of an XLSX file. */
export async function readTable(filename: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength === 0) throw invalid("monitor.import.fileEmpty", "file");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("too_large", "monitor.import.fileTooLarge", "file");
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container
  if (isXlsx) {
    // Sizes, ratio, parts, rows, cells and columns are checked on the container first, before
    // exceljs unpacks anything.
    assertSpreadsheetWithinLimits(bytes);
    return await readFirstSheet(bytes);
  }
  // A NUL byte is no text, whatever the name says (a binary file, or UTF-16 from an old Excel); it
  // could not be stored either: PostgreSQL's text and jsonb refuse \u0000.
  if (bytes.includes(0)) throw invalid("monitor.import.fileUnreadable", "file");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  assertCsvWithinLimits(text);
  const table = parseCsv(text);
  assertColumnsWithinLimits(table);
  return table;
}
