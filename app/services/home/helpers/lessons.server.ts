import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { appointment, offer } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type Rows = { upcoming: { id: string; offerTitle: string; date: string | null; startsAt: string | null }[] };

/** Guest lessons and visits with a date still to come, for the school that has them or for whoever gives them. */
export function upcomingLessonsPart(services: Pick<AppServices, "db" | "clock">, side: "school" | "provider", organisationIds: string[]): Part | null {
  if (organisationIds.length === 0) return null;
  const today = amsterdamToday(services.clock.now());
  const whose = side === "school" ? appointment.schoolOrganisationId : appointment.providerOrganisationId;
  const columns = {
    upcoming: jsonRows<Rows["upcoming"][number]>(
      services.db
        .select(named({ id: appointment.id, offerTitle: offer.title, date: appointment.date, startsAt: appointment.startsAt }))
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .where(and(inArray(whose, organisationIds), eq(appointment.state, "scheduled"), gte(appointment.date, today)))
        .orderBy(asc(appointment.date))
        .limit(20),
    ),
  };
  return part<Rows>(columns, ({ upcoming }) =>
    upcoming.map((a) => ({
      key: `upcoming-${a.id}`,
      kind: "appointmentUpcoming" as const,
      title: a.offerTitle,
      href: `/afspraken/${a.id}`,
      due: a.startsAt ? new Date(a.startsAt).toISOString() : a.date,
      action: false,
    })),
  );
}
