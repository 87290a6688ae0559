import { and, eq, gte, lte } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment } from "~/db/schema/index.ts";
import { scheduledStepsDue, STEPS } from "~/domain/guest-lessons/reminders.ts";
import { addDays } from "~/domain/common/time.ts";
import { contactsOf, loadAppointment, namesOf, type AppointmentRow } from "./load-appointment.server.ts";
import { dutchLongDate, sendNotice } from "./notify.server.ts";
import { stepsOf, takeStep } from "./steps.server.ts";

type Notice = { tx: Db; services: AppServices; a: AppointmentRow; names: Awaited<ReturnType<typeof namesOf>>; contacts: Awaited<ReturnType<typeof contactsOf>>; when: string };

/** Sweep step: both sides are reminded a week and a day before, with the calendar file. */
async function remindBothSides({ tx, services, a, names, contacts, when }: Notice, step: string) {
  const soon = step === STEPS.reminder1 ? "morgen" : "over een week";
  await sendNotice(tx, services, a, [...contacts.school, ...contacts.provider], `Herinnering: ${names.offer.title} ${soon}`, `${names.offer.title} van ${names.provider.name} bij ${names.school.name} is ${soon}: ${when}.`, { attachCalendar: true });
}

/** Sweep step: the company is asked to confirm that it comes. */
async function askProviderToConfirm({ tx, services, a, names, contacts, when }: Notice) {
  await sendNotice(tx, services, a, contacts.provider, `Graag bevestigen: ${names.offer.title} op ${when}`, `Wilt u bevestigen dat ${names.offer.title} voor ${names.school.name} op ${when} doorgaat? Gebruik de knop "Ik bevestig dat het doorgaat" bij de afspraak.`);
}

/** Sweep step: the network's coordinators hear of an appointment the company has not confirmed. */
async function alertCoordinators({ tx, services, a, names, contacts, when }: Notice) {
  await sendNotice(tx, services, a, contacts.coordinators, `Niet bevestigd: ${names.offer.title} op ${when}`, `${names.provider.name} heeft de afspraak met ${names.school.name} op ${when} nog niet bevestigd. Misschien wilt u even contact opnemen.`);
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
      const notice: Notice = { tx, services, a, names: await namesOf(tx, a), contacts: await contactsOf(tx, a), when: dutchLongDate(a.date) };
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
