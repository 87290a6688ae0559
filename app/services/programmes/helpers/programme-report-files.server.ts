import { startPdf } from "~/lib/pdf/pdf-document.server.ts";
import { loadExcelJS } from "~/lib/spreadsheet/exceljs.server.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import type { Rag } from "~/domain/programmes/status.ts";
import type { ProgrammeView } from "./programme-view.server.ts";

/**
 * The programme report for funders (OCW/SPV for Sterk Techniekonderwijs,
 * A&O Metalektro, …): goals → projects → status, milestones and the latest
 * updates, in Dutch, as PDF and as XLSX (one sheet per section).
 */
const RAG_LABEL: Record<Rag, string> = { green: "Groen (op koers)", amber: "Oranje (aandacht nodig)", red: "Rood (knelpunt)" };
const STATE_LABEL = { done: "Afgerond", late: "Te laat", planned: "Gepland" } as const;
const ragText = (rag: Rag | null) => (rag ? RAG_LABEL[rag] : "Nog geen update");
const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, "nl", { dateStyle: "long" });
const when = (d: Date) => formatDate(d, "nl", { dateStyle: "long" });
// The report is Dutch by design; numbers that count something still take the real plural.
const t = translator("nl");

export function reportFilename(view: ProgrammeView, ext: "pdf" | "xlsx") {
  return `rapportage-${view.slug}-${view.today}.${ext}`;
}

export async function renderPdf(view: ProgrammeView): Promise<Buffer> {
  const { doc, finish } = await startPdf({ title: `Voortgangsrapportage ${view.name}` });

  doc.font("Helvetica-Bold").fontSize(20).text(`Voortgangsrapportage ${view.name}`);
  doc.moveDown(0.3).font("Helvetica").fontSize(10).fillColor("#333333");
  doc.text(`Netwerk: ${view.network.name}`);
  doc.text(`Looptijd: ${day(view.startsOn)} tot en met ${day(view.endsOn)}`);
  if (view.funders) doc.text(`Financiers: ${view.funders}`);
  doc.text(`Peildatum: ${day(view.today)}`);
  doc.fillColor("#000000");
  if (view.description) doc.moveDown(0.5).fontSize(10).text(view.description);

  doc.moveDown().font("Helvetica-Bold").fontSize(14).text("Samenvatting");
  doc.font("Helvetica").fontSize(10);
  doc.text(`Doelen: ${view.goals.length}. Projecten: ${view.projects.length}. Mijlpalen over de datum: ${view.overdue.length}.`);
  for (const goal of view.goals) doc.text(`Doel ${goal.position}. ${goal.title}: ${ragText(goal.rag)}`);

  if (view.overdue.length) {
    doc.moveDown().font("Helvetica-Bold").fontSize(14).text("Mijlpalen over de datum");
    doc.font("Helvetica").fontSize(10);
    for (const m of view.overdue) doc.text(`• Project ${m.projectPosition} – ${m.title}: gepland op ${day(m.dueOn)} (${t("programmes.overdue.item", { count: m.daysLate })})`);
  }

  for (const goal of view.goals) {
    doc.moveDown().font("Helvetica-Bold").fontSize(14).text(`Doel ${goal.position}. ${goal.title}`);
    doc.font("Helvetica").fontSize(10);
    if (goal.indicator) doc.text(`Indicator: ${goal.indicator}`);
    if (goal.target) doc.text(`Streefwaarde: ${goal.target}`);
    doc.text(`Status: ${ragText(goal.rag)}`);
    for (const p of goal.projects) {
      doc.moveDown(0.5).font("Helvetica-Bold").fontSize(11).text(`Project ${p.position}. ${p.title}`);
      doc.font("Helvetica").fontSize(10).text(`Status: ${ragText(p.rag)}`);
      const lead = p.team.find((s) => s.isLead);
      if (lead) doc.text(`Trekker: ${[lead.role, lead.organisation].filter(Boolean).join(", ")}`);
      if (p.milestones.length) {
        doc.text("Mijlpalen:");
        for (const m of p.milestones) doc.text(`  • ${m.title} – ${day(m.dueOn)} – ${STATE_LABEL[m.state]}`);
      }
      if (p.latestUpdate) doc.text(`Laatste update (${when(p.latestUpdate.createdAt)}): ${p.latestUpdate.text}`);
    }
  }
  return finish();
}

export async function renderXlsx(view: ProgrammeView): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Technohub";
  wb.title = `Voortgangsrapportage ${view.name}`;
  const sheet = (name: string, columns: { header: string; key: string; width: number }[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = columns;
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    return ws;
  };

  const overview = sheet("Programma", [
    { header: "Onderdeel", key: "k", width: 24 },
    { header: "Waarde", key: "v", width: 80 },
  ]);
  overview.addRows([
    { k: "Programma", v: view.name },
    { k: "Netwerk", v: view.network.name },
    { k: "Looptijd", v: `${view.startsOn} t/m ${view.endsOn}` },
    { k: "Financiers", v: view.funders },
    { k: "Peildatum", v: view.today },
    { k: "Mijlpalen over de datum", v: view.overdue.length },
  ]);

  const goals = sheet("Doelen", [
    { header: "Nr", key: "nr", width: 6 },
    { header: "Doel", key: "title", width: 60 },
    { header: "Indicator", key: "indicator", width: 40 },
    { header: "Streefwaarde", key: "target", width: 30 },
    { header: "Status", key: "status", width: 24 },
  ]);
  for (const g of view.goals) goals.addRow({ nr: g.position, title: g.title, indicator: g.indicator ?? "", target: g.target ?? "", status: ragText(g.rag) });

  const projects = sheet("Projecten", [
    { header: "Nr", key: "nr", width: 6 },
    { header: "Project", key: "title", width: 55 },
    { header: "Doelen", key: "goals", width: 10 },
    { header: "Trekker", key: "lead", width: 40 },
    { header: "Status", key: "status", width: 24 },
    { header: "Mijlpalen te laat", key: "late", width: 16 },
    { header: "Laatste update", key: "update", width: 70 },
  ]);
  for (const p of view.projects) {
    const lead = p.team.find((s) => s.isLead);
    projects.addRow({
      nr: p.position,
      title: p.title,
      goals: p.goalPositions.join(", "),
      lead: lead ? [lead.role, lead.organisation].filter(Boolean).join(", ") : "",
      status: ragText(p.rag),
      late: p.lateCount,
      update: p.latestUpdate?.text ?? "",
    });
  }

  const milestones = sheet("Mijlpalen", [
    { header: "Project", key: "project", width: 8 },
    { header: "Mijlpaal", key: "title", width: 60 },
    { header: "Datum", key: "due", width: 14 },
    { header: "Status", key: "state", width: 12 },
    { header: "Dagen te laat", key: "late", width: 14 },
  ]);
  for (const p of view.projects)
    for (const m of p.milestones) milestones.addRow({ project: p.position, title: m.title, due: m.dueOn, state: STATE_LABEL[m.state], late: m.daysLate || "" });

  const updates = sheet("Updates", [
    { header: "Project", key: "project", width: 8 },
    { header: "Datum", key: "date", width: 14 },
    { header: "Status", key: "rag", width: 24 },
    { header: "Tekst", key: "text", width: 90 },
  ]);
  for (const p of view.projects)
    for (const u of p.updates) updates.addRow({ project: p.position, date: u.createdAt.toISOString().slice(0, 10), rag: RAG_LABEL[u.rag], text: u.text });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
