import type ExcelJSModule from "exceljs";

let exceljs: Promise<typeof ExcelJSModule> | undefined;

/**
 * exceljs, loaded when the first spreadsheet is read or written rather than when the server
 * starts: with its zip and XML libraries it holds ~8 MB of heap that an instance serving pages
 * never needs (ADR 027, amendment "what the server loads at start").
 */
export function loadExcelJS(): Promise<typeof ExcelJSModule> {
  return (exceljs ??= import("exceljs").then((m) => m.default));
}
