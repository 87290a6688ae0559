import { buildCalendar, type CalendarItem as IcsItem } from "~/domain/common/ics.ts";
import { timeRange } from "~/domain/guest-lessons/agreed-time.ts";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";
import type { AppointmentRow } from "./load-appointment.server.ts";

export type CalendarItem = {
  appointment: Pick<AppointmentRow, "id" | "state" | "date" | "startsAt" | "endsAt" | "location" | "pupils" | "level" | "updatedAt">;
  offerTitle: string;
  schoolName: string;
  providerName: string;
  place: string | null;
  url: string;
};

function calendarItem(item: CalendarItem, t: Translate): IcsItem | null {
  const where = (location: string) => t(`appointments.where.${location}`);
  const a = item.appointment;
  if (!a.startsAt || !a.endsAt) return null;
  const cancelled = a.state === "cancelled" || a.state === "declined" || a.state === "expired";
  return {
    uid: `afspraak-${a.id}@technohub`,
    title: t(cancelled ? "appointments.ics.titleCancelled" : "appointments.ics.title", { offer: item.offerTitle, school: item.schoolName, provider: item.providerName }),
    description: [
      `${item.offerTitle}`,
      `${t("appointments.detail.school")}: ${item.schoolName}`,
      `${t("appointments.detail.provider")}: ${item.providerName}`,
      `${t("appointments.detail.time")}: ${timeRange(a.startsAt, a.endsAt)}`,
      a.pupils ? `${t("appointments.detail.class")}: ${t("appointments.ics.pupils", { count: a.pupils })}${a.level ? ` (${t(`guestLessons.level.${a.level}`)})` : ""}` : null,
      a.location ? `${t("appointments.detail.where")}: ${where(a.location)}` : null,
      t("appointments.ics.details", { url: item.url }),
    ]
      .filter(Boolean)
      .join("\n"),
    location: [a.location ? where(a.location) : null, item.place].filter(Boolean).join(", ") || undefined,
    url: item.url,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    // The last change, in seconds: it grows with every change, as calendars require.
    sequence: Math.floor(a.updatedAt.getTime() / 1000) % 2_000_000_000,
    when: { startsAt: a.startsAt, endsAt: a.endsAt },
  };
}

/** One file for one appointment (mail attachment, download) or a user's whole feed, in the reader's language. */
export function appointmentsIcs(items: readonly CalendarItem[], calName: string, method: "PUBLISH" | "REQUEST" | "CANCEL" = "PUBLISH", locale: Locale = "nl"): string {
  const t = translator(locale);
  return buildCalendar({
    product: "technohub/afspraken",
    name: calName,
    method,
    items: items.map((item) => calendarItem(item, t)).filter((i): i is IcsItem => i !== null),
  });
}
