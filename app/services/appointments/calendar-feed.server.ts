import crypto from "node:crypto";
import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AppServices, SessionUser } from "~/context.ts";
import { appointment, calendarToken, offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { appointmentsIcs } from "./ics.server.ts";
import { appointmentUrl } from "./notify.server.ts";
import { organisationIdsOf } from "./support.server.ts";

const newToken = () => crypto.randomBytes(24).toString("base64url");

/** The private feed's addresses (https and webcal), creating the secret on first use. */
export async function calendarFeedLinks(services: AppServices, user: SessionUser) {
  const [existing] = await services.db.select().from(calendarToken).where(eq(calendarToken.userId, user.id));
  let token = existing?.token;
  if (!token) {
    token = newToken();
    await services.db.insert(calendarToken).values({ userId: user.id, token, createdAt: services.clock.now() }).onConflictDoNothing();
    const [row] = await services.db.select().from(calendarToken).where(eq(calendarToken.userId, user.id));
    token = row!.token;
  }
  return links(services, token);
}

function links(services: AppServices, token: string) {
  const https = `${baseUrl(services.env)}/agenda/${token}.ics`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

/** "Nieuwe link maken": the old address stops working at once. */
export async function resetCalendarToken(services: AppServices, user: SessionUser) {
  const token = newToken();
  await services.db
    .insert(calendarToken)
    .values({ userId: user.id, token, createdAt: services.clock.now() })
    .onConflictDoUpdate({ target: calendarToken.userId, set: { token, createdAt: services.clock.now() } });
  return links(services, token);
}

/**
 * The feed behind the secret: every appointment with a time of every organisation the user
 * belongs to. Cancelled ones stay in (marked cancelled) so calendars that subscribed drop them.
 */
export async function calendarFeed(services: AppServices, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound();
  const [owner] = await services.db.select({ userId: calendarToken.userId }).from(calendarToken).where(eq(calendarToken.token, token));
  if (!owner) throw notFound();
  const mine = await organisationIdsOf(services.db, { id: owner.userId } as SessionUser);
  if (mine.length === 0) return appointmentsIcs([], "Technohub-afspraken");
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
  );
}
