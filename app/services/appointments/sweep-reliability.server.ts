import { and, asc, eq, gte, inArray, isNull, lte, notExists, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { appointment, lessonRequest, networkCoordinator, networkSetting, requestEscalation, requestSuggestion, user as userTable } from "~/db/schema/index.ts";
import { expiredOptions, scheduledStepsDue, STEPS, unansweredStepsDue } from "~/domain/appointments/reminders.ts";
import { workingDaysBetween } from "~/domain/appointments/working-days.ts";
import { addDays, dutchDate } from "~/domain/guest-lessons/availability.ts";
import { DEFAULT_ESCALATION_WORKING_DAYS, RELEASED_APPOINTMENT_STATES, type LessonLevel } from "~/domain/guest-lessons/vocabulary.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { suggestOffers } from "~/services/guest-lessons/suggest-offers.server.ts";
import { dutchLongDate, notifyTransition, sendNotice } from "./notify.server.ts";
import { openAppointment } from "./request-appointment.server.ts";
import { applyTransition, contactsOf, loadAppointment, namesOf, stepsOf, takeStep } from "./support.server.ts";

/** How many other offers the escalation puts before the school. */
export const NEXT_MATCHES = 3;

export type SweepReport = { opened: number; expired: number; reminded: number; escalated: number; requestsEscalated: number; dateReminders: number; alerts: number };

async function escalationDays(db: Db, networkIds: (string | null)[]) {
  const ids = [...new Set(networkIds.filter((x): x is string => !!x))];
  const rows = ids.length ? await db.select().from(networkSetting).where(inArray(networkSetting.networkId, ids)) : [];
  const map = new Map(rows.map((r) => [r.networkId, r.escalationWorkingDays ?? DEFAULT_ESCALATION_WORKING_DAYS]));
  return (networkId: string | null) => (networkId ? (map.get(networkId) ?? DEFAULT_ESCALATION_WORKING_DAYS) : DEFAULT_ESCALATION_WORKING_DAYS);
}

async function coordinatorEmails(db: Db, networkId: string | null) {
  if (!networkId) return [];
  const rows = await db
    .select({ email: userTable.email })
    .from(networkCoordinator)
    .innerJoin(userTable, eq(userTable.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, networkId));
  return rows.map((r) => r.email);
}

/** The next matches for a request, leaving out offers it has already asked. Read outside any transaction. */
async function nextMatches(services: AppServices, requestId: string) {
  const [r] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!r) return [];
  const asked = await services.db
    .select({ offerId: appointment.offerId, organisationId: appointment.providerOrganisationId })
    .from(appointment)
    .where(eq(appointment.requestId, requestId));
  // The providers asked already stay silent or said no: the next matches are other providers.
  const askedProviders = new Set(asked.map((x) => x.organisationId));
  const suggested = await services.db.select({ offerId: requestSuggestion.offerId }).from(requestSuggestion).where(eq(requestSuggestion.requestId, requestId));
  const found = await suggestOffers(
    services.db,
    {
      kind: r.kind,
      topics: r.topics,
      freeText: r.freeText,
      hasText: r.freeText !== "",
      level: r.level as LessonLevel,
      pupils: r.pupils,
      groups: r.groups,
      place: r.place,
      lat: r.lat,
      lon: r.lon,
      maxTravelKm: r.maxTravelKm,
      dateOptions: r.dateOptions,
      periodFrom: r.periodFrom,
      periodUntil: r.periodUntil,
    },
    { limit: NEXT_MATCHES * 4, excludeOfferIds: [...asked, ...suggested].map((x) => x.offerId) },
  );
  return found.filter((f) => !askedProviders.has(f.organisationId)).slice(0, NEXT_MATCHES).map((f) => ({ offerId: f.id, title: f.title, organisationName: f.organisationName }));
}

/** Flags a request for the coordinator and puts the next matches before the school (once). */
async function escalateRequest(tx: Db, services: AppServices, requestId: string, reason: string, matches: { offerId: string; title: string; organisationName: string }[]) {
  const now = services.clock.now();
  const flagged = await tx.insert(requestEscalation).values({ requestId, escalatedAt: now, reason }).onConflictDoNothing().returning();
  if (flagged.length === 0) return false;
  for (const m of matches) {
    await tx.insert(requestSuggestion).values({ requestId, offerId: m.offerId, source: "escalation", createdAt: now }).onConflictDoNothing();
  }
  const [r] = await tx.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  const url = `${baseUrl(services.env)}/afspraken/vraag/${requestId}`;
  if (r?.createdById) {
    const [teacher] = await tx.select({ email: userTable.email }).from(userTable).where(eq(userTable.id, r.createdById));
    if (teacher && matches.length > 0) {
      await services.mailer.send(
        {
          to: teacher.email,
          subject: `Andere mogelijkheden voor uw vraag: ${r.title}`,
          text: [
            `Op uw vraag "${r.title}" is nog niet gereageerd. Deze aanbiedingen passen ook:`,
            ...matches.map((m) => `- ${m.title} (${m.organisationName})`),
            "",
            `U vraagt er een aan met één klik: ${url}`,
          ].join("\n"),
        },
        tx,
      );
    }
  }
  for (const address of await coordinatorEmails(tx, r?.networkId ?? null)) {
    await services.mailer.send(
      {
        to: address,
        subject: `Vraag blijft liggen: ${r?.title ?? ""}`,
        text: `${reason}\n\nBekijk de open vragen van uw netwerk: ${baseUrl(services.env)}/coordinatie/vragen`,
      },
      tx,
    );
  }
  return true;
}

/**
 * The reliability loop, run every 15 minutes: asks "what is due now?" with services.clock and
 * does each thing once (steps and escalations are recorded under unique keys, so reruns and
 * parallel workers send nothing twice).
 */
export async function runReliabilitySweep(services: AppServices): Promise<SweepReport> {
  const report: SweepReport = { opened: 0, expired: 0, reminded: 0, escalated: 0, requestsEscalated: 0, dateReminders: 0, alerts: 0 };
  const now = services.clock.now();
  const today = dutchDate(now);

  // Safety net: a direct request whose appointment was never opened.
  const orphans = await services.db
    .select({ id: lessonRequest.id, offerId: lessonRequest.directOfferId, createdById: lessonRequest.createdById })
    .from(lessonRequest)
    .where(
      and(
        eq(lessonRequest.status, "open"),
        eq(lessonRequest.mode, "direct"),
        sql`${lessonRequest.directOfferId} IS NOT NULL`,
        notExists(services.db.select({ x: sql`1` }).from(appointment).where(eq(appointment.requestId, lessonRequest.id))),
      ),
    )
    .limit(200);
  for (const o of orphans) {
    try {
      await services.db.transaction((tx) => openAppointment(tx, services, { requestId: o.id, offerId: o.offerId!, requestedById: o.createdById }));
      report.opened++;
    } catch {
      // An archived offer or a closed request: nothing to open; the request shows as unanswered.
    }
  }

  // Unanswered appointments: expire, remind, escalate.
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
      await services.db.transaction(async (tx) => {
        const a = await loadAppointment(tx, w.id, { lock: true });
        if (!a || a.state !== "requested") return;
        const updated = await applyTransition(tx, services, a, "expire", "system", null, { reason: "Geen antwoord voor de voorgestelde data" });
        await notifyTransition(tx, services, updated);
        report.expired++;
      });
      continue;
    }
    const due = unansweredStepsDue(dutchDate(w.requestedAt), today, days(w.networkId), waitingSteps.get(w.id) ?? new Set());
    if (due.length === 0) continue;
    const matches = due.includes(STEPS.escalated) && w.requestId ? await nextMatches(services, w.requestId) : [];
    await services.db.transaction(async (tx) => {
      const a = await loadAppointment(tx, w.id, { lock: true });
      if (!a || a.state !== "requested") return;
      const names = await namesOf(tx, a);
      const contacts = await contactsOf(tx, a);
      if (due.includes(STEPS.answerReminder) && (await takeStep(tx, a.id, STEPS.answerReminder, now))) {
        await sendNotice(tx, services, a, contacts.provider, `Herinnering: ${names.school.name} wacht op uw antwoord`, `${names.school.name} vroeg ${names.offer.title} aan en wacht nog op antwoord. Wilt u de aanvraag accepteren of afwijzen?`);
        report.reminded++;
      }
      if (due.includes(STEPS.escalated) && (await takeStep(tx, a.id, STEPS.escalated, now))) {
        await tx.update(appointment).set({ escalatedAt: now, updatedAt: now }).where(eq(appointment.id, a.id));
        const reason = `${names.provider.name} heeft na ${workingDaysBetween(dutchDate(a.requestedAt), today)} werkdagen niet gereageerd op de aanvraag van ${names.school.name} voor ${names.offer.title}.`;
        if (a.requestId) await escalateRequest(tx, services, a.requestId, reason, matches);
        report.escalated++;
      }
    });
  }

  // Open requests that nobody has taken up (no appointment going on).
  const open = await services.db
    .select({ id: lessonRequest.id, createdAt: lessonRequest.createdAt, networkId: lessonRequest.networkId, title: lessonRequest.title })
    .from(lessonRequest)
    .leftJoin(requestEscalation, eq(requestEscalation.requestId, lessonRequest.id))
    .where(
      and(
        eq(lessonRequest.status, "open"),
        eq(lessonRequest.mode, "open"),
        isNull(requestEscalation.requestId),
        notExists(
          services.db
            .select({ x: sql`1` })
            .from(appointment)
            .where(and(eq(appointment.requestId, lessonRequest.id), sql`${appointment.state} NOT IN (${sql.join(RELEASED_APPOINTMENT_STATES.map((s) => sql`${s}`), sql`, `)})`)),
        ),
      ),
    )
    .limit(1000);
  const openDays = await escalationDays(services.db, open.map((o) => o.networkId));
  for (const r of open) {
    const n = openDays(r.networkId);
    const elapsed = workingDaysBetween(dutchDate(r.createdAt), today);
    if (elapsed < n) continue;
    const matches = await nextMatches(services, r.id);
    const done = await services.db.transaction((tx) => escalateRequest(tx, services, r.id, `De vraag "${r.title}" staat al ${elapsed} werkdagen open zonder afspraak.`, matches));
    if (done) report.requestsEscalated++;
  }

  // Scheduled appointments in the coming week: reminders, confirmation, alert.
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
      const names = await namesOf(tx, a);
      const contacts = await contactsOf(tx, a);
      const when = dutchLongDate(a.date);
      for (const step of due) {
        if (!(await takeStep(tx, a.id, step, now))) continue;
        if (step === STEPS.reminder7 || step === STEPS.reminder1) {
          const soon = step === STEPS.reminder1 ? "morgen" : "over een week";
          await sendNotice(tx, services, a, [...contacts.school, ...contacts.provider], `Herinnering: ${names.offer.title} ${soon}`, `${names.offer.title} van ${names.provider.name} bij ${names.school.name} is ${soon}: ${when}.`, { attachCalendar: true });
          report.dateReminders++;
        } else if (step === STEPS.confirmRequest) {
          await sendNotice(tx, services, a, contacts.provider, `Graag bevestigen: ${names.offer.title} op ${when}`, `Wilt u bevestigen dat ${names.offer.title} voor ${names.school.name} op ${when} doorgaat? Gebruik de knop "Ik bevestig dat het doorgaat" bij de afspraak.`);
        } else if (step === STEPS.unconfirmedAlert) {
          await sendNotice(tx, services, a, contacts.coordinators, `Niet bevestigd: ${names.offer.title} op ${when}`, `${names.provider.name} heeft de afspraak met ${names.school.name} op ${when} nog niet bevestigd. Misschien wilt u even contact opnemen.`);
          report.alerts++;
        }
      }
    });
  }
  return report;
}
