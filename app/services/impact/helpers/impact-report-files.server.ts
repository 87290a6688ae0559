import { loadExcelJS } from "~/lib/spreadsheet/exceljs.server.ts";
import { FIGURE_KEYS } from "~/domain/impact/impact.ts";
import { translator, type Locale } from "~/i18n/index.ts";
import { pdfTable, startPdf } from "~/lib/pdf/pdf-document.server.ts";
import type { getEncounterLedger } from "../get-encounter-ledger.server.ts";
import type { getNetworkImpact } from "../get-network-impact.server.ts";

/** What the report shows: a network's figures and its encounter ledger. */
export type ImpactReport = Awaited<ReturnType<typeof getNetworkImpact>> & { ledger: Awaited<ReturnType<typeof getEncounterLedger>> };

/** The impact report as a workbook (figures, ledger) and as a PDF, in the reader's language. */
const level = (t: ReturnType<typeof translator>, code: string) => {
  const label = t(`guestLessons.level.${code}`);
  return label.startsWith("guestLessons.") ? code : label;
};

export async function impactXlsx({ network, figures, ledger }: ImpactReport, locale: Locale) {
  const t = translator(locale);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Technohub";
  const ws = wb.addWorksheet("Impact");
  ws.addRow([t("impact.col.figure"), ...figures.map((f) => f.schoolYear)]);
  for (const key of FIGURE_KEYS) ws.addRow([t(`impact.figure.${key}`), ...figures.map((f) => f[key])]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 38;
  const wl = wb.addWorksheet(t("impact.ledger.title").slice(0, 31));
  wl.addRow([t("impact.ledger.year"), t("impact.ledger.school"), t("impact.ledger.level"), t("impact.ledger.known"), t("impact.ledger.reached")]);
  for (const l of ledger.lines) wl.addRow([l.schoolYear, l.schoolName, level(t, l.level), l.groupsKnown, l.groupsReached]);
  wl.getRow(1).font = { bold: true };
  wl.getColumn(2).width = 40;
  return { filename: `impact-${network.slug}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) };
}

export async function impactPdf({ network, figures, ledger }: ImpactReport, locale: Locale) {
  const t = translator(locale);
  const title = t("impact.title", { name: network.name });
  const { doc, finish } = await startPdf({ title, lang: locale === "nl" ? "nl-NL" : "en-GB" });
  const heading = (text: string, size = 14) => doc.moveDown().font("Helvetica-Bold").fontSize(size).text(text).moveDown(0.3).font("Helvetica").fontSize(10);

  doc.font("Helvetica-Bold").fontSize(20).text(title);
  doc.moveDown(0.5).font("Helvetica").fontSize(10).text(t("impact.intro"));

  heading(t("impact.tableCaption"));
  if (figures.length === 0) doc.text(t("impact.empty"));
  else
    pdfTable(
      doc,
      [{ header: t("impact.col.figure"), weight: 3 }, ...figures.map((f) => ({ header: f.schoolYear, weight: 1, align: "right" as const }))],
      FIGURE_KEYS.map((key) => [t(`impact.figure.${key}`), ...figures.map((f) => f[key])]),
    );

  heading(t("impact.ledger.unreachedTitle"), 12);
  if (ledger.unreached.length === 0) doc.text(t("impact.ledger.unreachedNone"));
  for (const l of ledger.unreached) doc.text(`• ${t("impact.ledger.unreachedLine", { school: l.schoolName, level: level(t, l.level), year: l.schoolYear })}`);

  heading(t("impact.ledger.title"));
  if (ledger.lines.length === 0) doc.text(t("impact.ledger.empty"));
  else
    pdfTable(
      doc,
      [
        { header: t("impact.ledger.year"), weight: 1.2 },
        { header: t("impact.ledger.school"), weight: 3.5 },
        { header: t("impact.ledger.level"), weight: 1.4 },
        { header: t("impact.ledger.reached"), weight: 1.2, align: "right" },
        { header: t("impact.ledger.known"), weight: 1.2, align: "right" },
      ],
      ledger.lines.map((l) => [l.schoolYear, l.schoolName, level(t, l.level), l.groupsReached, l.groupsKnown]),
    );
  return { filename: `impact-${network.slug}.pdf`, content: await finish() };
}
