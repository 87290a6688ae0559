import type { Actor, AppServices } from "~/context.ts";
import { appointmentMessage } from "~/db/schema/index.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { contactsOf, loadAppointment, namesOf } from "./helpers/load-appointment.server.ts";
import type { Translate } from "~/i18n/index.ts";
import { sendNotice } from "./helpers/notify.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";

const MAX_MESSAGE_LENGTH = 4000;

/**
 * A message in the appointment's thread, by the school, the company or the coordinator. The
 * other side (and, for the coordinator's messages, both) hears about it by e-mail.
 */
export async function postMessage(services: AppServices, actor: Actor, input: { appointmentId: string; body: string }) {
  const text = input.body.trim();
  if (!text) throw invalid("appointments.error.message", "body");
  if (text.length > MAX_MESSAGE_LENGTH) throw invalid("appointments.error.messageLong", "body");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId);
    if (!a) throw notFound("appointments.notFound");
    const actors = await capacitiesOf(tx, actor, a);
    if (actors.length === 0) throw notFound("appointments.notFound");
    const side = actors.includes("school") ? "school" : actors.includes("provider") ? "provider" : "coordinator";
    const [message] = await tx
      .insert(appointmentMessage)
      .values({ appointmentId: a.id, authorId: actor!.id, authorSide: side, body: text, createdAt: services.clock.now() })
      .returning();
    const contacts = await contactsOf(tx, a);
    const names = await namesOf(tx, a);
    const to = side === "school" ? contacts.provider : side === "provider" ? contacts.school : [...contacts.school, ...contacts.provider];
    const from = (t: Translate) => (side === "school" ? names.school.name : side === "provider" ? names.provider.name : t("appointments.mail.message.coordinator"));
    await sendNotice(
      tx,
      services,
      a,
      to.filter((address) => address !== actor!.email),
      (t) => ({
        subject: t("appointments.mail.message.subject", { offer: names.offer.title }),
        body: t("appointments.mail.message.body", { author: actor!.name, from: from(t), text }),
      }),
    );
    return message!;
  });
}
