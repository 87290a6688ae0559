import type { Actor, AppServices } from "~/context.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { STEPS } from "~/domain/guest-lessons/reminders.ts";
import { contactsOf, loadAppointment } from "./helpers/load-appointment.server.ts";
import { longDate, sendNotice } from "./helpers/notify.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";
import { takeStep } from "./helpers/steps.server.ts";

/** The company confirms, the week before, that it is coming (or expecting the class). The school hears it. */
export async function confirmAppointment(services: AppServices, actor: Actor, input: { appointmentId: string }) {
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const actors = await capacitiesOf(tx, actor, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    if (!actors.includes("provider")) throw forbidden("appointments.error.notYours");
    if (a.state !== "scheduled") throw conflict("appointments.error.state");
    const first = await takeStep(tx, a.id, STEPS.providerConfirmed, services.clock.now(), actor!.id);
    if (first) {
      const contacts = await contactsOf(tx, a);
      await sendNotice(tx, services, a, contacts.school, (t, locale) => ({
        subject: t("appointments.mail.confirmed.subject"),
        body: t("appointments.mail.confirmed.body", { date: longDate(a.date, locale) }),
      }));
    }
    return { confirmed: true, first };
  });
}
