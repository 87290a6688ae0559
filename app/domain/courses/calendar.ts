import { buildCalendar } from "../common/ics.ts";

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

/** An iCalendar file (text) for one session. */
export function sessionIcs(session: CalendarSession): string {
  return buildCalendar({
    product: "technohub/cursussen",
    items: [
      {
        uid: session.uid,
        title: session.title,
        description: session.description,
        location: session.location,
        url: session.url,
        status: "CONFIRMED",
        when: { startsAt: session.startsAt, endsAt: session.endsAt },
      },
    ],
  });
}
