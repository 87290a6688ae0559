/** A schedule as a PDF to print or pass on; it says the same as the schedule page. */
import { startPdf } from "~/lib/pdf/pdf-document.server.ts";
import { scheduleAddress, type Schedule } from "./build-schedule.server.ts";

export function schedulePdf(schedule: Schedule): Promise<Buffer> {
  const { doc, finish } = startPdf({ title: `${schedule.event.name} – ${schedule.organisation.name}`, margin: 50 });
  doc.fontSize(18).text(schedule.event.name);
  doc.fontSize(13).text(`Rooster voor ${schedule.organisation.name}`);
  doc.moveDown();
  if (schedule.items.length === 0) doc.fontSize(11).text("Er zijn geen bezoeken ingedeeld.");
  for (const item of schedule.items) {
    doc.fontSize(12).text(`${item.date} · ${item.windowLabel} (${item.start}–${item.end})`, { underline: true });
    doc.fontSize(11).text(`${item.hostName} – ${item.activity}`);
    const where = scheduleAddress(item);
    if (where) doc.text(`Adres: ${where}`);
    if (item.accessibilityNotes) doc.text(`Bereikbaarheid: ${item.accessibilityNotes}`);
    for (const g of item.groups) doc.text(`• ${g.schoolName}: ${g.label} – ${g.size} leerlingen (${g.level})`);
    doc.moveDown();
  }
  if (schedule.unassigned.length) {
    doc.fontSize(12).text("Niet ingedeeld", { underline: true });
    for (const g of schedule.unassigned) doc.fontSize(11).text(`• ${g.label} – ${g.size} leerlingen (${g.level})`);
  }
  return finish();
}
