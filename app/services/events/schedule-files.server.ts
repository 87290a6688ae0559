/**
 * A schedule as an iCalendar file (one event per visit); it says the same as
 * the schedule page. Not a use-case: it stays here while the Amsterdam
 * wall-clock converter and the ICS builder are consolidated into
 * app/domain/common (then it moves to helpers/; the PDF is in helpers/schedule-pdf.server.ts).
 */
import { createEvents, type EventAttributes } from "ics";
import type { Schedule } from "./helpers/build-schedule.server.ts";

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
