import { createEvent, type DateArray } from "ics";

export type CalendarSession = {
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  provider: string;
};

const utcArray = (d: Date): DateArray => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

/** An iCalendar file (text) for one session, in UTC so every calendar shows the right local time. */
export function sessionIcs(session: CalendarSession): string {
  const { error, value } = createEvent({
    uid: session.uid,
    title: session.title,
    description: session.description,
    location: session.location,
    url: session.url,
    start: utcArray(session.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcArray(session.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    status: "CONFIRMED",
    productId: "technohub/cursussen",
  });
  if (error || !value) throw error ?? new Error("ICS could not be created");
  return value;
}
