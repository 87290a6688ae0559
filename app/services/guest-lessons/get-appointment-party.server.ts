import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";

/**
 * The appointment, if this user takes part in it (a side or its network's coordinator); anyone
 * else is told it does not exist. Actions call this before reading their form.
 */
export async function getAppointmentParty(services: AppServices, actor: Actor, input: { appointmentId: string }) {
  const a = await loadAppointment(services.db, input.appointmentId);
  if (!a) throw notFound("appointments.notFound");
  if ((await capacitiesOf(services.db, actor, a)).length === 0) throw notFound("appointments.notFound");
  return a;
}
