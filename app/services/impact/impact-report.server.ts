import PDFDocument from "pdfkit";
import ExcelJS from "exceljs";
import type { AppServices, SessionUser } from "~/context.ts";
import { FIGURE_KEYS } from "~/domain/impact/impact.ts";
import { translator, type Locale } from "~/i18n/index.ts";
import { getEncounterLedger } from "./get-encounter-ledger.server.ts";
import { getNetworkImpact } from "./get-network-impact.server.ts";

/** Figures and ledger together; the ledger's permission check makes the whole report coordinator-only. */
async function load(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string) {
  const ledger = await getEncounterLedger(services, user, slug);
  const impact = await getNetworkImpact(services, user, slug);
  return { ...impact, ledger };
}

const level = (t: ReturnType<typeof translator>, code: string) => {
  const label = t(`guestLessons.level.${code}`);
  return label.startsWith("guestLessons.") ? code : label;
};

export async function impactReportXlsx(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, locale: Locale = "nl") {
  const t = translator(locale);
  const { network, figures, ledger } = await load(services, user, slug);
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

export async function impactReportPdf(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string, locale: Locale = "nl") {
  const t = translator(locale);
  const { network, figures, ledger } = await load(services, user, slug);
  const title = t("impact.title", { name: network.name });
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title, Author: "Technohub" }, lang: locale === "nl" ? "nl-NL" : "en-GB" } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(20).text(title);
  doc.moveDown(0.5).font("Helvetica").fontSize(10).text(t("impact.intro"));
  if (figures.length === 0) doc.moveDown().text(t("impact.empty"));
  for (const f of figures) {
    doc.moveDown().font("Helvetica-Bold").fontSize(14).text(f.schoolYear);
    doc.font("Helvetica").fontSize(10);
    for (const key of FIGURE_KEYS) doc.text(`${t(`impact.figure.${key}`)}: ${f[key]}`);
  }
  doc.moveDown().font("Helvetica-Bold").fontSize(14).text(t("impact.ledger.title"));
  doc.font("Helvetica").fontSize(10);
  if (ledger.lines.length === 0) doc.text(t("impact.ledger.empty"));
  for (const l of ledger.lines) {
    doc.text(`${l.schoolYear} · ${l.schoolName} · ${level(t, l.level)}: ${l.groupsReached} / ${l.groupsKnown}`);
  }
  doc.moveDown().font("Helvetica-Bold").fontSize(12).text(t("impact.ledger.unreachedTitle"));
  doc.font("Helvetica").fontSize(10);
  if (ledger.unreached.length === 0) doc.text(t("impact.ledger.unreachedNone"));
  for (const l of ledger.unreached) doc.text(t("impact.ledger.unreachedLine", { school: l.schoolName, level: level(t, l.level), year: l.schoolYear }));
  doc.end();
  return { filename: `impact-${network.slug}.pdf`, content: await done };
}
