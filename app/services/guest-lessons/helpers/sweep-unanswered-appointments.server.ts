import { asc, eq, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, lessonRequest } from "~/db/schema/index.ts";
import { expiredOptions, STEPS, unansweredStepsDue } from "~/domain/guest-lessons/reminders.ts";
import { workingDaysBetween } from "~/domain/guest-lessons/working-days.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import type { Translate } from "~/i18n/index.ts";
import { escalateRequest, escalationDays, nextMatches } from "./escalation.server.ts";
import { contactsOf, loadAppointment, namesOf, type AppointmentRow } from "./load-appointment.server.ts";
import { notifyTransition, sendNotice } from "./notify.server.ts";
import { stepsOf, takeStep } from "./steps.server.ts";
import { applyTransition } from "./transitions.server.ts";

type Names = Awaited<ReturnType<typeof namesOf>>;
type Contacts = Awaited<ReturnType<typeof contactsOf>>;
type Match = Awaited<ReturnType<typeof nextMatches>>[number];

/** Sweep step: an unanswered appointment whose proposed dates (or wished period) are all past expires. True when this run expired it. */
async function expireAppointment(services: AppServices, id: string): Promise<boolean> {
  return services.db.transaction(async (tx) => {
    const a = await loadAppointment(tx, id, { lock: true });
    if (!a || a.state !== "requested") return false;
    const updated = await applyTransition(tx, services, a, "expire", "system", null, { reason: "Geen antwoord voor de voorgestelde data" });
    await notifyTransition(tx, services, updated);
    return true;
  });
}

/** Sweep step: the company is reminded once that a school waits for its answer. */
async function remindProvider(tx: Db, services: AppServices, a: AppointmentRow, names: Names, contacts: Contacts, now: Date): Promise<boolean> {
  if (!(await takeStep(tx, a.id, STEPS.answerReminder, now))) return false;
  const values = { school: names.school.name, offer: names.offer.title };
  await sendNotice(tx, services, a, contacts.provider, (t) => ({ subject: t("appointments.mail.answerReminder.subject", values), body: t("appointments.mail.answerReminder.body", values) }));
  return true;
}

/** Sweep step: past the network's deadline the appointment is escalated to the coordinator, with the next matches for the school. */
async function escalateAppointment(tx: Db, services: AppServices, a: AppointmentRow, names: Names, matches: Match[], now: Date, today: string): Promise<boolean> {
  if (!(await takeStep(tx, a.id, STEPS.escalated, now))) return false;
  await tx.update(appointment).set({ escalatedAt: now, updatedAt: now }).where(eq(appointment.id, a.id));
  const values = { provider: names.provider.name, school: names.school.name, offer: names.offer.title, count: workingDaysBetween(amsterdamToday(a.requestedAt), today) };
  const reason = (t: Translate) => t("appointments.mail.unanswered", values);
  if (a.requestId) await escalateRequest(tx, services, a.requestId, reason, matches);
  return true;
}

/** The unanswered appointments: each is expired, or reminded and escalated when those steps are due. */
export async function sweepUnansweredAppointments(services: AppServices, now: Date, today: string) {
  const counts = { expired: 0, reminded: 0, escalated: 0 };
  const waiting = await services.db.select().from(appointment).where(eq(appointment.state, "requested")).orderBy(asc(appointment.requestedAt)).limit(1000);
  const days = await escalationDays(services.db, waiting.map((w) => w.networkId));
  const waitingSteps = await stepsOf(services.db, waiting.map((w) => w.id));
  const periods = waiting.length
    ? new Map(
        (await services.db.select({ id: lessonRequest.id, until: lessonRequest.periodUntil }).from(lessonRequest).where(inArray(lessonRequest.id, waiting.map((w) => w.requestId).filter((x): x is string => !!x)))).map((r) => [r.id, r.until]),
      )
    : new Map<string, string | null>();
  for (const w of waiting) {
    if (expiredOptions(w.proposedOptions, today, w.requestId ? (periods.get(w.requestId) ?? null) : null)) {
      if (await expireAppointment(services, w.id)) counts.expired++;
      continue;
    }
    const due = unansweredStepsDue(amsterdamToday(w.requestedAt), today, days(w.networkId), waitingSteps.get(w.id) ?? new Set());
    if (due.length === 0) continue;
    const matches = due.includes(STEPS.escalated) && w.requestId ? await nextMatches(services, w.requestId) : [];
    await services.db.transaction(async (tx) => {
      const a = await loadAppointment(tx, w.id, { lock: true });
      if (!a || a.state !== "requested") return;
      const names = await namesOf(tx, a);
      const contacts = await contactsOf(tx, a);
      if (due.includes(STEPS.answerReminder) && (await remindProvider(tx, services, a, names, contacts, now))) counts.reminded++;
      if (due.includes(STEPS.escalated) && (await escalateAppointment(tx, services, a, names, matches, now, today))) counts.escalated++;
    });
  }
  return counts;
}
