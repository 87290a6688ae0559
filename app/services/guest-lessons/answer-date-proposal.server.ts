import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, appointmentMessage } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { isDateTaken } from "./helpers/date-taken.server.ts";
import { contactsOf, loadAppointment, namesOf } from "./helpers/load-appointment.server.ts";
import { translator } from "~/i18n/index.ts";
import { dateAt, notifyTransition, sendNotice } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { takeDate } from "./helpers/take-date.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

/**
 * The school answers the company's proposal of another date and time. Agreeing fixes the date at
 * exactly that time (taken under the offer's lock, like the company's own answer); not agreeing
 * drops the proposal with a reason in the thread, and the appointment stays accepted.
 */
export async function answerDateProposal(services: AppServices, actor: Actor, input: { appointmentId: string; agree: boolean; reason?: string }) {
  try {
    return await services.db.transaction(async (tx) => {
      const a = await loadAppointment(tx, input.appointmentId, { lock: true });
      if (!a) throw notFound("appointments.notFound");
      const side = await requireCapacity(tx, actor, a, "agree_date", "school");
      const proposal = a.providerProposal;
      if (!proposal) throw conflict("appointments.error.noProposal");
      // Kept in Dutch where it is stored (the appointment's history and thread); each mail says it in its reader's language.
      const when = dateAt(translator("nl"), "nl", proposal.date, proposal.startTime);

      if (input.agree) {
        if (proposal.date < amsterdamToday(services.clock.now())) throw conflict("appointments.error.proposalPast");
        const patch = await takeDate(tx, a, proposal.date, { startTime: proposal.startTime, endTime: proposal.endTime });
        const updated = await applyTransition(tx, services, a, "agree_date", side, actor!.id, { reason: `Akkoord: ${when}`, patch: { ...patch, providerProposal: null } });
        await notifyTransition(tx, services, updated);
        return updated;
      }

      const reason = input.reason?.trim() ?? "";
      if (!reason) throw invalid("appointments.error.reason", "proposalReason");
      const now = services.clock.now();
      const [updated] = await tx.update(appointment).set({ providerProposal: null, updatedAt: now }).where(eq(appointment.id, a.id)).returning();
      const body = `Niet akkoord met ${when}: ${reason}`;
      await tx.insert(appointmentMessage).values({ appointmentId: a.id, authorId: actor!.id, authorSide: "school", body, createdAt: now });
      const names = await namesOf(tx, a);
      const contacts = await contactsOf(tx, a);
      await sendNotice(tx, services, a, contacts.provider, (t, locale) => ({
        subject: t("appointments.mail.dateRefused.subject", { offer: names.offer.title }),
        body: t("appointments.mail.dateRefused.body", { school: names.school.name, when: dateAt(t, locale, proposal.date, proposal.startTime), reason }),
      }));
      return updated!;
    });
  } catch (error) {
    if (isDateTaken(error)) throw conflict("appointments.error.dateTaken", "date");
    throw error;
  }
}
