import type { AppServices, SessionUser } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { calendarAttachment } from "./notify.server.ts";
import { actorsOf, loadAppointment } from "./support.server.ts";

/** The calendar file of one appointment, for its two sides only. */
export async function appointmentIcs(services: AppServices, user: SessionUser | null, appointmentId: string) {
  const a = await loadAppointment(services.db, appointmentId);
  if (!a || !a.startsAt) throw notFound("appointments.notFound");
  const actors = await actorsOf(services.db, user, a);
  if (!actors.includes("school") && !actors.includes("provider")) throw notFound("appointments.notFound");
  return calendarAttachment(services.db, services, a);
}
