import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { calendarAttachment } from "./helpers/notify.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";

/** The calendar file of one appointment, for its two sides only. */
export async function exportAppointmentIcs(services: AppServices, actor: Actor, input: { appointmentId: string }) {
  const a = await loadAppointment(services.db, input.appointmentId);
  if (!a || !a.startsAt) throw notFound("appointments.notFound");
  const capacities = await capacitiesOf(services.db, actor, a);
  if (!capacities.includes("school") && !capacities.includes("provider")) throw notFound("appointments.notFound");
  // A download is for the person who clicks it: their language (a mail's attachment is in its reader's).
  return calendarAttachment(services.db, services, a, actor?.locale);
}
