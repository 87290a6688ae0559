/**
 * A schedule as files: an iCalendar file (one event per visit) and a PDF to
 * print or pass on. Both say the same as the schedule page.
 */
import { createEvents, type EventAttributes } from "ics";
import type { Schedule } from "./schedule.server.ts";
import { startPdf } from "../../lib/pdf/pdf-document.server.ts";

/** The UTC moment of a wall-clock time in the Netherlands on a date (summer and winter time alike). */
export function amsterdamTime(date: string, time: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const guess = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const shown = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(guess));
  const part = (type: string) => Number(shown.find((p) => p.type === type)!.value);
  const asShown = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return guess - (asShown - guess);
}

function address(item: Schedule["items"][number]) {
  return [item.street, [item.postcode, item.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

function describe(schedule: Schedule, item: Schedule["items"][number]) {
  const lines = [item.activity];
  for (const g of item.groups) lines.push(`${g.schoolName}: ${g.label} (${g.size} leerlingen, ${g.level})`);
  if (item.accessibilityNotes) lines.push(`Bereikbaarheid: ${item.accessibilityNotes}`);
  return lines.join("\n");
}

export function scheduleIcs(schedule: Schedule, scheduleUrl: string): string {
  const events: EventAttributes[] = schedule.items.map((item) => ({
    uid: `${item.slotId}-${schedule.organisation.id}@technohub`,
    start: amsterdamTime(item.date, item.start),
    end: amsterdamTime(item.date, item.end),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: `${schedule.event.name}: ${schedule.organisation.kind !== "school" ? item.groups.map((g) => g.schoolName).join(", ") || item.activity : item.hostName}`,
    description: describe(schedule, item),
    location: [item.hostName, address(item)].filter(Boolean).join(", "),
    url: scheduleUrl,
    productId: "technohub/events",
    calName: `${schedule.event.name} – ${schedule.organisation.name}`,
  }));
  const { error, value } = createEvents(events.length ? events : [], { productId: "technohub/events", calName: `${schedule.event.name} – ${schedule.organisation.name}` });
  if (error || value === null) throw error ?? new Error("could not write the calendar");
  return value;
}

export function schedulePdf(schedule: Schedule): Promise<Buffer> {
  const { doc, finish } = startPdf({ title: `${schedule.event.name} – ${schedule.organisation.name}`, margin: 50 });
  doc.fontSize(18).text(schedule.event.name);
  doc.fontSize(13).text(`Rooster voor ${schedule.organisation.name}`);
  doc.moveDown();
  if (schedule.items.length === 0) doc.fontSize(11).text("Er zijn geen bezoeken ingedeeld.");
  for (const item of schedule.items) {
    doc.fontSize(12).text(`${item.date} · ${item.windowLabel} (${item.start}–${item.end})`, { underline: true });
    doc.fontSize(11).text(`${item.hostName} – ${item.activity}`);
    const where = address(item);
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
