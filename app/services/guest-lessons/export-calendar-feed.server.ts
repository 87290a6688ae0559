import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, calendarToken, offer, organisation, user } from "~/db/schema/index.ts";
import { parseLocale } from "~/i18n/index.ts";
import { notFound } from "~/domain/errors.ts";
import { appointmentsIcs } from "./helpers/ics.server.ts";
import { appointmentUrl } from "./helpers/notify.server.ts";
import { organisationIdsOf } from "./helpers/parties.server.ts";

/**
 * The feed behind the secret: every appointment with a time of every organisation the user
 * belongs to (the secret is the key: no session needed). Cancelled ones stay in (marked cancelled) so calendars that subscribed drop them.
 */
export async function exportCalendarFeed(services: AppServices, _actor: Actor, input: { token: string }) {
  const { token } = input;
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound();
  const [owner] = await services.db
    .select({ userId: calendarToken.userId, locale: user.locale })
    .from(calendarToken)
    .innerJoin(user, eq(user.id, calendarToken.userId))
    .where(eq(calendarToken.token, token));
  if (!owner) throw notFound();
  // The feed speaks the owner's language: their calendar shows it, not a page.
  const locale = parseLocale(owner.locale);
  const mine = await organisationIdsOf(services.db, { id: owner.userId });
  if (mine.length === 0) return appointmentsIcs([], "Technohub-afspraken", "PUBLISH", locale);
  const school = alias(organisation, "school");
  const provider = alias(organisation, "provider");
  const rows = await services.db
    .select({ a: appointment, offerTitle: offer.title, offerPlace: offer.place, schoolName: school.name, schoolPlace: school.place, providerName: provider.name })
    .from(appointment)
    .innerJoin(offer, eq(offer.id, appointment.offerId))
    .innerJoin(school, eq(school.id, appointment.schoolOrganisationId))
    .innerJoin(provider, eq(provider.id, appointment.providerOrganisationId))
    .where(
      and(
        or(inArray(appointment.schoolOrganisationId, mine), inArray(appointment.providerOrganisationId, mine)),
        isNotNull(appointment.startsAt),
        inArray(appointment.state, ["scheduled", "took_place", "evaluated", "cancelled"]),
      ),
    )
    .limit(2000);
  return appointmentsIcs(
    rows.map((r) => ({
      appointment: r.a,
      offerTitle: r.offerTitle,
      schoolName: r.schoolName,
      providerName: r.providerName,
      place: r.a.location === "company" ? r.offerPlace : r.schoolPlace,
      url: appointmentUrl(services, r.a.id),
    })),
    "Technohub-afspraken",
    "PUBLISH",
    locale,
  );
}
