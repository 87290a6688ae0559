import type { AppServices, SessionUser } from "~/context.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { STEPS } from "~/domain/appointments/reminders.ts";
import { contactsOf, actorsOf, loadAppointment, takeStep } from "./support.server.ts";
import { sendNotice } from "./notify.server.ts";
import { dutchLongDate } from "./notify.server.ts";

/** The company confirms, the week before, that it is coming (or expecting the class). The school hears it. */
export async function confirmAppointment(services: AppServices, user: SessionUser | null, appointmentId: string) {
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actors = await actorsOf(tx, user, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    if (!actors.includes("provider")) throw forbidden("appointments.error.notYours");
    if (a.state !== "scheduled") throw conflict("appointments.error.state");
    const first = await takeStep(tx, a.id, STEPS.providerConfirmed, services.clock.now(), user!.id);
    if (first) {
      const contacts = await contactsOf(tx, a);
      await sendNotice(tx, services, a, contacts.school, "Bevestigd: de afspraak gaat door", `Het bedrijf heeft bevestigd dat de afspraak op ${dutchLongDate(a.date)} doorgaat.`);
    }
    return { confirmed: true, first };
  });
}
