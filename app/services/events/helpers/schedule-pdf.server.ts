/** A schedule as a PDF to print or pass on; it says the same as the schedule page, in the reader's language. */
import { labelOf, translator, type Locale } from "~/i18n/index.ts";
import { startPdf } from "~/lib/pdf/pdf-document.server.ts";
import { scheduleAddress, type Schedule } from "./build-schedule.server.ts";

export async function schedulePdf(schedule: Schedule, locale: Locale = "nl"): Promise<Buffer> {
  const t = translator(locale);
  const pupils = (g: { size: number; level: string }) => `${t("events.group.pupils", { count: g.size })}, ${t(`events.level.${g.level}`)}`;
  const { doc, finish } = await startPdf({ title: `${schedule.event.name} – ${schedule.organisation.name}`, margin: 50, lang: locale === "en" ? "en-GB" : "nl-NL" });
  doc.fontSize(18).text(schedule.event.name);
  doc.fontSize(13).text(t("events.pdf.scheduleFor", { name: schedule.organisation.name }));
  doc.moveDown();
  if (schedule.items.length === 0) doc.fontSize(11).text(t("events.schedule.empty"));
  for (const item of schedule.items) {
    const window = labelOf(t, `events.window.${item.windowLabel.toLowerCase()}`, item.windowLabel);
    doc.fontSize(12).text(`${item.date} · ${window} (${item.start}–${item.end})`, { underline: true });
    doc.fontSize(11).text(`${item.hostName} – ${item.activity}`);
    const where = scheduleAddress(item);
    if (where) doc.text(`${t("events.schedule.address")}: ${where}`);
    if (item.accessibilityNotes) doc.text(`${t("events.schedule.accessibility")}: ${item.accessibilityNotes}`);
    for (const g of item.groups) doc.text(`• ${g.schoolName}: ${g.label} – ${pupils(g)}`);
    doc.moveDown();
  }
  if (schedule.unassigned.length) {
    doc.fontSize(12).text(t("events.schedule.unassigned"), { underline: true });
    for (const g of schedule.unassigned) doc.fontSize(11).text(`• ${g.label} – ${pupils(g)}`);
  }
  return finish();
}
