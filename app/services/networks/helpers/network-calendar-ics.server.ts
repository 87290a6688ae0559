import { buildCalendar } from "~/domain/common/ics.ts";
import type { CalendarEntry } from "../get-network-calendar.server.ts";

/**
 * The network calendar as iCalendar. UIDs are the row ids, so a calendar app updates an item
 * instead of duplicating it on every refresh. Appointments carry no link: their pages are private.
 */
export function networkCalendarIcs(entries: readonly CalendarEntry[], calName: string, baseUrl: string): string {
  return buildCalendar({
    product: "technohub/netwerkagenda",
    name: calName,
    items: entries.map((e) => ({
      uid: `${e.kind}-${e.id}@technohub`,
      title: e.title,
      ...(e.url ? { url: new URL(e.url, baseUrl).toString() } : {}),
      ...(e.location ? { location: e.location } : {}),
      when: e.kind === "event" ? { firstDay: e.startsOn, lastDay: e.endsOn } : { startsAt: e.startsAt, endsAt: e.endsAt },
    })),
  });
}
