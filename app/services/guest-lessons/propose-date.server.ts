import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest } from "~/db/schema/index.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { amsterdamToday, isIsoDate } from "~/domain/common/time.ts";
import { agreedTimes, isClockTime } from "~/domain/guest-lessons/agreed-time.ts";
import { contactsOf, loadAppointment, namesOf } from "./helpers/load-appointment.server.ts";
import { translator } from "~/i18n/index.ts";
import { dateAt, sendNotice } from "./helpers/notify.server.ts";
import { requireCapacity } from "./helpers/parties.server.ts";
import { applyTransition } from "./helpers/transitions.server.ts";

/**
 * The company proposes another date and time than the school's, at any point before the date is
 * fixed: "yes, but then" (→ accepted, the proposal kept on the appointment). The school agrees
 * or not (answerDateProposal); the date is only taken when it agrees, so a proposal holds no
 * date from other schools.
 */
export async function proposeDate(services: AppServices, actor: Actor, input: { appointmentId: string; date: string; startTime: string }) {
  const { date, startTime } = input;
  const today = amsterdamToday(services.clock.now());
  if (!isIsoDate(date) || date < today) throw invalid("appointments.error.date", "proposalDate");
  if (!isClockTime(startTime)) throw invalid("appointments.error.time", "proposalTime");
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, input.appointmentId, { lock: true });
    if (!a) throw notFound("appointments.notFound");
    const side = await requireCapacity(tx, actor, a, "propose_date", "provider");
    if (!agreedTimes(date, { startTime }, 60)) throw invalid("appointments.error.time", "proposalTime");
    const proposal = { date, startTime };
    // Kept in Dutch where it is stored (the appointment's history); the mail says it in its reader's language.
    const when = dateAt(translator("nl"), "nl", date, startTime);
    const updated = await applyTransition(tx, services, a, "propose_date", side, actor!.id, { reason: `Voorstel: ${when}`, patch: { providerProposal: proposal } });
    if (a.requestId) await tx.update(lessonRequest).set({ status: "matched", updatedAt: services.clock.now() }).where(eq(lessonRequest.id, a.requestId));
    const names = await namesOf(tx, a);
    const contacts = await contactsOf(tx, a);
    await sendNotice(
      tx,
      services,
      updated,
      contacts.school,
      (t, locale) => {
        const values = { offer: names.offer.title, provider: names.provider.name, school: names.school.name, when: dateAt(t, locale, date, startTime) };
        return { subject: t("appointments.mail.dateProposal.subject", values), body: t("appointments.mail.dateProposal.body", values) };
      },
    );
    return updated;
  });
}
