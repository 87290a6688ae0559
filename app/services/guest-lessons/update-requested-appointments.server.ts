import { eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, offer } from "~/db/schema/index.ts";
import type { DateOption } from "~/domain/guest-lessons/availability.ts";
import type { Translate } from "~/i18n/index.ts";
import { contactsOf, namesOf, type AppointmentRow } from "./helpers/load-appointment.server.ts";
import { sendNotice } from "./helpers/notify.server.ts";

export type ChangedRequest = {
  title: string;
  place: string;
  dateOptions: DateOption[];
  periodFrom: string | null;
  periodUntil: string | null;
  level: string;
  pupils: number;
  groups: number;
};

function optionsText(t: Translate, options: { date: string; startTime?: string | null }[], from: string | null, until: string | null) {
  if (options.length > 0) return t("appointments.mail.proposedDatesNow", { dates: options.map((o) => `${o.date}${o.startTime ? ` ${o.startTime}` : ""}`).join(", ") });
  if (from && until) return t("appointments.mail.wishedPeriodNow", { from, until });
  return "";
}

/**
 * A school changed its request: the companies that still have it before them (appointment
 * requested) get the new dates and class copied into their appointment and a mail, so they never
 * accept a date the school has dropped. Called by guest-lessons' updateRequest inside its
 * transaction (services.db is that transaction), after it checked the school's permission and
 * locked these appointments.
 */
export async function updateRequestedAppointments(services: AppServices, _actor: Actor, input: { appointments: AppointmentRow[]; request: ChangedRequest }) {
  const { request } = input;
  const waiting = input.appointments.filter((a) => a.state === "requested");
  const now = services.clock.now();
  const offers = waiting.length
    ? new Map((await services.db.select({ id: offer.id, locations: offer.locations }).from(offer).where(inArray(offer.id, waiting.map((a) => a.offerId)))).map((o) => [o.id, o.locations]))
    : new Map<string, string[]>();
  for (const a of waiting) {
    const locations = offers.get(a.offerId) ?? [];
    const location = request.place !== "any" && locations.includes(request.place) ? request.place : (a.location ?? locations[0] ?? null);
    const [changed] = await services.db
      .update(appointment)
      .set({ proposedOptions: request.dateOptions, level: request.level, pupils: request.pupils, groups: request.groups, location, updatedAt: now })
      .where(eq(appointment.id, a.id))
      .returning();
    const names = await namesOf(services.db, changed!);
    const contacts = await contactsOf(services.db, changed!);
    const values = { offer: names.offer.title, school: names.school.name, request: request.title };
    await sendNotice(services.db, services, changed!, contacts.provider, (t) => ({
      subject: t("appointments.mail.requestChanged.subject", values),
      body: [t("appointments.mail.requestChanged.body", values), optionsText(t, request.dateOptions, request.periodFrom, request.periodUntil)].filter(Boolean).join("\n\n"),
    }));
  }
}
