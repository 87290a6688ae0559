import ExcelJS from "exceljs";
import { invalid } from "~/domain/errors.ts";
import { parseCsv } from "~/domain/monitor/csv.ts";

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

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

/** A spreadsheet as rows of text: CSV (UTF-8, "," or ";") or the first sheet of an XLSX file. */
export async function readTable(filename: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength === 0) throw invalid("monitor.import.fileEmpty", "file");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw invalid("monitor.import.fileTooLarge", "file");
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container
  if (isXlsx) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch {
      throw invalid("monitor.import.fileUnreadable", "file");
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw invalid("monitor.import.fileEmpty", "file");
    const rows: string[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
      rows[number - 1] = cells;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  if (!/\.(csv|txt)$/i.test(filename) && bytes.includes(0)) throw invalid("monitor.import.fileUnreadable", "file");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return parseCsv(text);
}
