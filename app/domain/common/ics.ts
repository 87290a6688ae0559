/**
 * The one iCalendar (RFC 5545) builder: appointments, course sessions, event schedules and the
 * network agenda all write their files through it. Times are written in UTC, so every calendar
 * shows the right local time without a time-zone block; all-day items are dates.
 */
import { createEvents, type DateArray, type EventAttributes } from "ics";

export type CalendarItem = {
  /** Stable across versions of the file, so a calendar app updates the item instead of adding it again. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  status?: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
  /** Calendars replace an item with the same uid only when the sequence grows. */
  sequence?: number;
  when: { startsAt: Date; endsAt: Date } | { firstDay: string; lastDay: string };
};

export type Calendar = {
  /** Shown as PRODID, e.g. "technohub/afspraken". */
  product: string;
  name?: string;
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  items: readonly CalendarItem[];
};

const dateArray = (iso: string): DateArray => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function attributes(item: CalendarItem, product: string): EventAttributes {
  const common = {
    uid: item.uid,
    title: item.title,
    productId: product,
    ...(item.description ? { description: item.description } : {}),
    ...(item.location ? { location: item.location } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(item.status ? { status: item.status } : {}),
    ...(item.sequence !== undefined ? { sequence: item.sequence } : {}),
  };
  if ("firstDay" in item.when) {
    // All-day: DTEND is exclusive, so the day after the last day.
    return { ...common, start: dateArray(item.when.firstDay), end: dateArray(dayAfter(item.when.lastDay)) };
  }
  return {
    ...common,
    start: item.when.startsAt.getTime(),
    end: item.when.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
  };
}

/** The text of one .ics file; an empty list is a valid, empty calendar (a feed with nothing yet). */
export function buildCalendar(calendar: Calendar): string {
  const method = calendar.method ?? "PUBLISH";
  if (calendar.items.length === 0) {
    // The ics package refuses an empty list.
    const name = calendar.name ? [`X-WR-CALNAME:${calendar.name.replace(/[\\;,\r\n]/g, " ")}`] : [];
    return ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${calendar.product}`, `METHOD:${method}`, ...name, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(
    calendar.items.map((item) => attributes(item, calendar.product)),
    { productId: calendar.product, method, ...(calendar.name ? { calName: calendar.name } : {}) },
  );
  if (error || !value) throw error ?? new Error("could not write the calendar");
  return value;
}
