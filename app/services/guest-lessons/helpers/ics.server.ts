import { createEvents, type EventAttributes } from "ics";
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

function event(item: CalendarItem, sequence: number): EventAttributes | null {
  const a = item.appointment;
  if (!a.startsAt || !a.endsAt) return null;
  const cancelled = a.state === "cancelled" || a.state === "declined" || a.state === "expired";
  return {
    uid: `afspraak-${a.id}@technohub`,
    start: a.startsAt.getTime(),
    end: a.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: `${cancelled ? "Geannuleerd: " : ""}${item.offerTitle} – ${item.schoolName} en ${item.providerName}`,
    description: [
      `${item.offerTitle}`,
      `School: ${item.schoolName}`,
      `Bedrijf: ${item.providerName}`,
      a.pupils ? `Leerlingen: ${a.pupils}${a.level ? ` (${a.level})` : ""}` : null,
      a.location ? `Waar: ${WHERE[a.location] ?? a.location}` : null,
      `Details en berichten: ${item.url}`,
    ]
      .filter(Boolean)
      .join("\n"),
    location: [a.location ? (WHERE[a.location] ?? a.location) : null, item.place].filter(Boolean).join(", ") || undefined,
    url: item.url,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    // Calendars replace an event with the same uid only when the sequence grows.
    sequence,
    productId: "technohub/afspraken",
  };
}

/** One file for one appointment (mail attachment, download) or a user's whole feed. */
export function appointmentsIcs(items: readonly CalendarItem[], calName: string, method: "PUBLISH" | "REQUEST" | "CANCEL" = "PUBLISH"): string {
  const events = items
    .map((item) => event(item, Math.floor(item.appointment.updatedAt.getTime() / 1000) % 2_000_000_000))
    .filter((e): e is EventAttributes => e !== null);
  const { error, value } = createEvents(events, { productId: "technohub/afspraken", calName, method });
  if (error || value === undefined || value === null) throw error ?? new Error("could not write the calendar");
  return value;
}
