import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { CalendarEntry } from "./get-network-calendar.server.ts";

const dateArray = (iso: string): DateArray => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The network calendar as iCalendar. UIDs are the row ids, so a calendar app updates an item
 * instead of duplicating it on every refresh. Appointments carry no link: their pages are private.
 */
export function networkCalendarIcs(entries: readonly CalendarEntry[], calName: string, baseUrl: string): string {
  const events: EventAttributes[] = entries.map((e) => {
    const common = {
      uid: `${e.kind}-${e.id}@technohub`,
      title: e.title,
      productId: "technohub/netwerkagenda",
      ...(e.url ? { url: new URL(e.url, baseUrl).toString() } : {}),
      ...(e.location ? { location: e.location } : {}),
    };
    if (e.kind === "event") {
      // All-day: DTEND is exclusive, so the day after the last day.
      return { ...common, start: dateArray(e.startsOn), end: dateArray(nextDay(e.endsOn)) };
    }
    return {
      ...common,
      start: e.startsAt.getTime(),
      end: e.endsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      endInputType: "utc",
      endOutputType: "utc",
    };
  });
  if (events.length === 0) return emptyCalendar(calName);
  const { error, value } = createEvents(events, { productId: "technohub/netwerkagenda", calName, method: "PUBLISH" });
  if (error || !value) throw error ?? new Error("could not write the calendar");
  return value;
}

// The ics package refuses an empty list, but an empty feed is a valid calendar.
function emptyCalendar(calName: string) {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:technohub/netwerkagenda", "METHOD:PUBLISH", `X-WR-CALNAME:${calName.replace(/[\\;,\n]/g, " ")}`, "END:VCALENDAR", ""].join("\r\n");
}
