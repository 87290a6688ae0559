import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { canChangeCalendarConsent } from "~/domain/guest-lessons/calendar-consent.ts";
import { loadAppointment } from "./helpers/load-appointment.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";

/**
 * One side says whether the appointment may appear in the network's public calendar. Each side
 * speaks only for itself; it shows once both agreed. Someone on both sides (a company that is also
 * a school's partner) names the side with `as`.
 */
export async function updateCalendarConsent(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { appointmentId: string; show: boolean; as?: "school" | "provider" },
) {
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actors = await capacitiesOf(tx, actor, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    const sides = actors.filter((x): x is "school" | "provider" => x === "school" || x === "provider");
    const side = input.as && sides.includes(input.as) ? input.as : sides[0];
    if (!side) throw forbidden("appointments.error.notYours");
    if (!canChangeCalendarConsent(a.state)) throw conflict("appointments.error.state");
    await tx
      .update(appointment)
      .set({ ...(side === "school" ? { calendarConsentSchool: input.show } : { calendarConsentProvider: input.show }), updatedAt: services.clock.now() })
      .where(eq(appointment.id, a.id));
    return { side, show: input.show };
  });
}
