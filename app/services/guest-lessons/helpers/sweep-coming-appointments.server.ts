import { and, eq, gte, lte } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment } from "~/db/schema/index.ts";
import { scheduledStepsDue, STEPS } from "~/domain/guest-lessons/reminders.ts";
import { addDays } from "~/domain/common/time.ts";
import type { Locale } from "~/i18n/index.ts";
import { contactsOf, loadAppointment, namesOf, type AppointmentRow } from "./load-appointment.server.ts";
import { longDate, sendNotice } from "./notify.server.ts";
import { stepsOf, takeStep } from "./steps.server.ts";

type Notice = { tx: Db; services: AppServices; a: AppointmentRow; names: Awaited<ReturnType<typeof namesOf>>; contacts: Awaited<ReturnType<typeof contactsOf>> };

/** The names a notice about `a` fills in, with its day in the reader's language. */
function valuesOf({ a, names }: Notice, locale: Locale) {
  return { offer: names.offer.title, provider: names.provider.name, school: names.school.name, when: longDate(a.date, locale) };
}

/** Sweep step: both sides are reminded a week and a day before, with the calendar file. */
async function remindBothSides(notice: Notice, step: string) {
  const { tx, services, a, contacts } = notice;
  await sendNotice(
    tx,
    services,
    a,
    [...contacts.school, ...contacts.provider],
    (t, locale) => {
      const values = { ...valuesOf(notice, locale), soon: t(step === STEPS.reminder1 ? "appointments.mail.soon.tomorrow" : "appointments.mail.soon.week") };
      return { subject: t("appointments.mail.dateReminder.subject", values), body: t("appointments.mail.dateReminder.body", values) };
    },
    { attachCalendar: true },
  );
}

/** Sweep step: the company is asked to confirm that it comes. */
async function askProviderToConfirm(notice: Notice) {
  const { tx, services, a, contacts } = notice;
  await sendNotice(tx, services, a, contacts.provider, (t, locale) => {
    const values = { ...valuesOf(notice, locale), button: t("appointments.action.confirmComing") };
    return { subject: t("appointments.mail.confirmRequest.subject", values), body: t("appointments.mail.confirmRequest.body", values) };
  });
}

/** Sweep step: the network's coordinators hear of an appointment the company has not confirmed. */
async function alertCoordinators(notice: Notice) {
  const { tx, services, a, contacts } = notice;
  await sendNotice(tx, services, a, contacts.coordinators, (t, locale) => {
    const values = valuesOf(notice, locale);
    return { subject: t("appointments.mail.unconfirmed.subject", values), body: t("appointments.mail.unconfirmed.body", values) };
  });
}

/** The scheduled appointments of the coming week: reminders, the request to confirm, the alert; each step once. */
export async function sweepComingAppointments(services: AppServices, now: Date, today: string) {
  const counts = { dateReminders: 0, alerts: 0 };
  const coming = await services.db
    .select()
    .from(appointment)
    .where(and(eq(appointment.state, "scheduled"), gte(appointment.date, today), lte(appointment.date, addDays(today, 7))))
    .limit(2000);
  const comingSteps = await stepsOf(services.db, coming.map((c) => c.id));
  for (const c of coming) {
    const due = scheduledStepsDue(c.date!, today, comingSteps.get(c.id) ?? new Set());
    if (due.length === 0) continue;
    await services.db.transaction(async (tx) => {
      const a = await loadAppointment(tx, c.id, { lock: true });
      if (!a || a.state !== "scheduled") return;
      const notice: Notice = { tx, services, a, names: await namesOf(tx, a), contacts: await contactsOf(tx, a) };
      for (const step of due) {
        if (!(await takeStep(tx, a.id, step, now))) continue;
        if (step === STEPS.reminder7 || step === STEPS.reminder1) {
          await remindBothSides(notice, step);
          counts.dateReminders++;
        } else if (step === STEPS.confirmRequest) {
          await askProviderToConfirm(notice);
        } else if (step === STEPS.unconfirmedAlert) {
          await alertCoordinators(notice);
          counts.alerts++;
        }
      }
    });
  }
  return counts;
}
