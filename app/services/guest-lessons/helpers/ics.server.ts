import { buildCalendar, type CalendarItem as IcsItem } from "~/domain/common/ics.ts";
import { timeRange } from "~/domain/guest-lessons/agreed-time.ts";
import type { AppointmentRow } from "./load-appointment.server.ts";

export type CalendarItem = {
  appointment: Pick<AppointmentRow, "id" | "state" | "date" | "startsAt" | "endsAt" | "location" | "pupils" | "level" | "updatedAt">;
  offerTitle: string;
  schoolName: string;
  providerName: string;
  place: string | null;
  url: string;
};

const WHERE: Record<string, string> = { school: "op school", company: "bij het bedrijf", online: "online" };

function calendarItem(item: CalendarItem): IcsItem | null {
  const a = item.appointment;
  if (!a.startsAt || !a.endsAt) return null;
  const cancelled = a.state === "cancelled" || a.state === "declined" || a.state === "expired";
  return {
    uid: `afspraak-${a.id}@technohub`,
    title: `${cancelled ? "Geannuleerd: " : ""}${item.offerTitle} – ${item.schoolName} en ${item.providerName}`,
    description: [
      `${item.offerTitle}`,
      `School: ${item.schoolName}`,
      `Bedrijf: ${item.providerName}`,
      `Tijd: ${timeRange(a.startsAt, a.endsAt)}`,
      a.pupils ? `Leerlingen: ${a.pupils}${a.level ? ` (${a.level})` : ""}` : null,
      a.location ? `Waar: ${WHERE[a.location] ?? a.location}` : null,
      `Details en berichten: ${item.url}`,
    ]
      .filter(Boolean)
      .join("\n"),
    location: [a.location ? (WHERE[a.location] ?? a.location) : null, item.place].filter(Boolean).join(", ") || undefined,
    url: item.url,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    // The last change, in seconds: it grows with every change, as calendars require.
    sequence: Math.floor(a.updatedAt.getTime() / 1000) % 2_000_000_000,
    when: { startsAt: a.startsAt, endsAt: a.endsAt },
  };
}

/** One file for one appointment (mail attachment, download) or a user's whole feed. */
export function appointmentsIcs(items: readonly CalendarItem[], calName: string, method: "PUBLISH" | "REQUEST" | "CANCEL" = "PUBLISH"): string {
  return buildCalendar({
    product: "technohub/afspraken",
    name: calName,
    method,
    items: items.map(calendarItem).filter((i): i is IcsItem => i !== null),
  });
}
