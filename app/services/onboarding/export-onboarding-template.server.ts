import { loadExcelJS } from "~/lib/spreadsheet/exceljs.server.ts";
import type { Actor, AppServices } from "~/context.ts";
import { COLUMNS } from "~/domain/onboarding/rows.ts";
import { TEMPLATE_BASENAME, TEMPLATE_EXAMPLES, TEMPLATE_INSTRUCTIONS, templateCsv, templateHeadings, templateItemSheets } from "~/domain/onboarding/template.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";

export type OnboardingTemplate = { filename: string; contentType: string; content: string | Uint8Array<ArrayBuffer> };

/**
 * The template to fill in, for the network's coordinators: XLSX (an "Organisaties" sheet whose cells
 * are text, so "01" and a KvK number keep their leading zeros, the optional "Aanbod" and "Cursussen"
 * sheets, and an "Uitleg" sheet) or CSV (organisations only).
 */
export async function exportOnboardingTemplate(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; format: "xlsx" | "csv" }): Promise<OnboardingTemplate> {
  await networkForOnboarding(services, actor, input.slug);
  if (input.format === "csv") return { filename: `${TEMPLATE_BASENAME}.csv`, contentType: "text/csv; charset=utf-8", content: templateCsv() };
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Technohub";
  const sheet = workbook.addWorksheet("Organisaties", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = templateHeadings().map((header) => ({ header, width: Math.max(14, header.length + 4), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const example of TEMPLATE_EXAMPLES) sheet.addRow(COLUMNS.map((c) => example[c]));
  for (const item of templateItemSheets()) {
    const extra = workbook.addWorksheet(item.name, { views: [{ state: "frozen", ySplit: 1 }] });
    extra.columns = item.headings.map((header) => ({ header, width: Math.max(14, header.length + 4), style: { numFmt: "@" } }));
    extra.getRow(1).font = { bold: true };
    for (const example of item.examples) extra.addRow(example);
  }
  const help = workbook.addWorksheet("Uitleg");
  help.getColumn(1).width = 120;
  for (const line of TEMPLATE_INSTRUCTIONS) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  const buffer = await workbook.xlsx.writeBuffer();
  return { filename: `${TEMPLATE_BASENAME}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content: new Uint8Array(buffer as ArrayBuffer) };
}
