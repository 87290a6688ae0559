import type { Actor, AppServices } from "~/context.ts";
import { contactsOf, namesOf, type AppointmentRow } from "./helpers/load-appointment.server.ts";
import { sendNotice } from "./helpers/notify.server.ts";
import { refreshReliability } from "./helpers/reliability.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

/**
 * A school withdrew its request: the given appointments (still requested) end, and each company
 * gets a mail with the school's reason. A request withdrawn before any answer says nothing about
 * the company, so its reliability is recounted. Called by guest-lessons' withdrawRequest inside its
 * transaction (services.db is that transaction), after it checked the school's permission and
 * locked these appointments; `as` is the capacity the actor withdraws in.
 */
export async function cancelRequestedAppointments(
  services: AppServices,
  actor: Actor,
  input: { appointments: AppointmentRow[]; as: "school" | "coordinator"; reason: string | null; requestTitle: string },
) {
  const { reason } = input;
  const providers = new Set<string>();
  for (const a of input.appointments) {
    const cancelled = await applyTransition(services.db, services, a, "cancel", input.as, actor!.id, {
      reason: reason ?? "Vraag ingetrokken door de school",
      patch: { cancelReason: reason ?? "Vraag ingetrokken door de school", cancelledById: actor!.id, cancelledBySide: "school" },
    });
    const names = await namesOf(services.db, cancelled);
    const contacts = await contactsOf(services.db, cancelled);
    const values = { offer: names.offer.title, school: names.school.name, request: input.requestTitle };
    await sendNotice(services.db, services, cancelled, contacts.provider, (t) => ({
      subject: t("appointments.mail.requestWithdrawn.subject", values),
      body: [t("appointments.mail.requestWithdrawn.body", values), reason ? t("appointments.mail.requestWithdrawn.reason", { reason }) : ""].filter(Boolean).join("\n\n"),
    }));
    providers.add(a.providerOrganisationId);
  }
  const now = services.clock.now();
  for (const organisationId of providers) await refreshReliability(services.db, organisationId, now);
}
