import { eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, offer } from "~/db/schema/index.ts";
import type { DateOption } from "~/domain/guest-lessons/availability.ts";
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

function optionsText(options: { date: string; startTime?: string | null }[], from: string | null, until: string | null) {
  if (options.length > 0) return `Voorgestelde data nu: ${options.map((o) => `${o.date}${o.startTime ? ` ${o.startTime}` : ""}`).join(", ")}.`;
  if (from && until) return `Gewenste periode nu: ${from} tot en met ${until}.`;
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
    await sendNotice(
      services.db,
      services,
      changed!,
      contacts.provider,
      `Aanvraag gewijzigd: ${names.offer.title}`,
      [`${names.school.name} heeft de vraag "${request.title}" aangepast. Kijk voordat u antwoordt nog even naar de nieuwe gegevens.`, optionsText(request.dateOptions, request.periodFrom, request.periodUntil)]
        .filter(Boolean)
        .join("\n\n"),
    );
  }
}
