import { and, asc, eq, gte, inArray, lte, notExists, or } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { appointment, event, eventGroup, eventSlot, networkSetting, offer } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { effectiveEscalationDays } from "~/domain/guest-lessons/escalation-settings.ts";
import { addWorkingDays } from "~/domain/guest-lessons/working-days.ts";
import { ofNoOrActiveNetwork } from "~/services/common/networks.server.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type OfferingRows = {
  open: { id: string; state: string; offerTitle: string; requestedAt: string; date: string | null; escalationDays: number | null }[];
  offers: { id: string; title: string; status: string }[];
};

type EventEntryRows = { entries: { id: string; slug: string; name: string; startsOn: string }[]; open: { id: string; slug: string; name: string; closesOn: string | null }[] };

/**
 * What waits for whoever offers guest lessons and visits (a company or a provider): requests to
 * answer before the network's deadline, appointments to fix a date for, the organisation's own
 * offers (the lessons coming up are `upcomingLessonsPart`'s).
 */
export function offeringPart(services: Pick<AppServices, "db" | "clock">, organisationIds: string[]): Part | null {
  if (organisationIds.length === 0) return null;
  const { db } = services;
  const columns = {
    open: jsonRows<OfferingRows["open"][number]>(
      db
        .select(named({
          id: appointment.id,
          state: appointment.state,
          offerTitle: offer.title,
          requestedAt: appointment.requestedAt,
          date: appointment.date,
          escalationDays: networkSetting.escalationWorkingDays,
        }))
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .leftJoin(networkSetting, eq(networkSetting.networkId, appointment.networkId))
        .where(and(inArray(appointment.providerOrganisationId, organisationIds), inArray(appointment.state, ["requested", "accepted"])))
        .limit(30),
    ),
    offers: jsonRows<OfferingRows["offers"][number]>(
      db
        .select(named({ id: offer.id, title: offer.title, status: offer.status }))
        .from(offer)
        .where(and(inArray(offer.organisationId, organisationIds), inArray(offer.status, ["draft", "published"])))
        .orderBy(asc(offer.title))
        .limit(20),
    ),
  };
  return part<OfferingRows>(columns, ({ open, offers }) => {
    return [
      ...open.map((a) => ({
        key: `answer-${a.id}`,
        kind: a.state === "requested" ? ("appointmentToAnswer" as const) : ("appointmentToSchedule" as const),
        title: a.offerTitle,
        href: `/afspraken/${a.id}`,
        // An unanswered request goes to the coordinator after the network's working days; that is the deadline.
        due: a.state === "requested" ? addWorkingDays(amsterdamToday(new Date(a.requestedAt)), effectiveEscalationDays(a.escalationDays)) : a.date,
        action: true,
      })),
      ...offers.map((o) => ({
        key: `offer-${o.id}`,
        kind: o.status === "draft" ? ("offerDraft" as const) : ("offerPublished" as const),
        title: o.title,
        href: `/aanbod/${o.id}`,
        due: null,
        action: o.status === "draft",
      })),
    ];
  });
}

/**
 * Events an organisation takes part in: a host's slots and a school's groups in events still to
 * come, and, for a host, events whose host registration is open and where it has no slot yet.
 */
export function eventEntryPart(services: Pick<AppServices, "db" | "clock">, organisationIds: string[], side: "host" | "school"): Part | null {
  if (organisationIds.length === 0) return null;
  const { db } = services;
  const today = amsterdamToday(services.clock.now());
  const upcoming = or(gte(event.endsOn, today), gte(event.startsOn, today));
  // As /evenementen: an archived network's events leave the home page too (its page is "not found").
  const active = and(inArray(event.status, ["open", "assigning", "published"]), ofNoOrActiveNetwork(event.networkId));
  if (side === "school") {
    const columns = {
      entries: jsonRows<EventEntryRows["entries"][number]>(
        db
          .select(named({ id: eventGroup.id, slug: event.slug, name: event.name, startsOn: event.startsOn }))
          .from(eventGroup)
          .innerJoin(event, eq(event.id, eventGroup.eventId))
          .where(and(inArray(eventGroup.schoolOrganisationId, organisationIds), active, upcoming))
          .limit(20),
      ),
    };
    return part<Pick<EventEntryRows, "entries">>(columns, ({ entries }) =>
      perEvent(entries).map(({ first, count }) => ({ key: `groups-${first.slug}`, kind: "eventGroup" as const, title: first.name, href: `/evenementen/${first.slug}`, due: first.startsOn, action: false, count })),
    );
  }
  const columns = {
    entries: jsonRows<EventEntryRows["entries"][number]>(
      db
        .select(named({ id: eventSlot.id, slug: event.slug, name: event.name, startsOn: event.startsOn }))
        .from(eventSlot)
        .innerJoin(event, eq(event.id, eventSlot.eventId))
        .where(and(inArray(eventSlot.hostOrganisationId, organisationIds), active, upcoming))
        .limit(20),
    ),
    open: jsonRows<EventEntryRows["open"][number]>(
      db
        .select(named({ id: event.id, slug: event.slug, name: event.name, closesOn: event.hostRegistrationClosesOn }))
        .from(event)
        .where(
          and(
            eq(event.status, "open"),
            ofNoOrActiveNetwork(event.networkId),
            lte(event.hostRegistrationOpensOn, today),
            gte(event.hostRegistrationClosesOn, today),
            notExists(db.select({ id: eventSlot.id }).from(eventSlot).where(and(eq(eventSlot.eventId, event.id), inArray(eventSlot.hostOrganisationId, organisationIds)))),
          ),
        )
        .limit(5),
    ),
  };
  return part<EventEntryRows>(columns, ({ entries, open }) => [
    ...perEvent(entries).map(({ first, count }) => ({ key: `slots-${first.slug}`, kind: "eventSlot" as const, title: first.name, href: `/evenementen/${first.slug}`, due: first.startsOn, action: false, count })),
    ...open.map((e) => ({ key: `host-${e.id}`, kind: "eventHostOpen" as const, title: e.name, href: `/evenementen/${e.slug}/aanbieden`, due: e.closesOn, action: true })),
  ]);
}

/** One item per event, however many groups or slots the organisation has in it. */
function perEvent<T extends { slug: string }>(rows: T[]): { first: T; count: number }[] {
  const byEvent = new Map<string, { first: T; count: number }>();
  for (const row of rows) {
    const seen = byEvent.get(row.slug);
    if (seen) seen.count += 1;
    else byEvent.set(row.slug, { first: row, count: 1 });
  }
  return [...byEvent.values()];
}
