import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointmentEvaluation, appointmentEvent, appointmentMessage, lessonRequest, network, providerReliability, user as userTable } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { actionsToday } from "~/domain/guest-lessons/state-machine.ts";
import { STEPS } from "~/domain/guest-lessons/reminders.ts";
import { calendarStatus, canChangeCalendarConsent } from "~/domain/guest-lessons/calendar-consent.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { loadAppointment, namesOf } from "./helpers/load-appointment.server.ts";
import { capacitiesOf } from "./helpers/parties.server.ts";
import { stepsOf } from "./helpers/steps.server.ts";

/** One appointment for the two sides and the network's coordinator: details, thread, history, what I may do now. */
export async function getAppointment(services: AppServices, actor: Actor, input: { appointmentId: string }) {
  const a = await loadAppointment(services.db, input.appointmentId);
  if (!a) throw notFound("appointments.notFound");
  const actors = await capacitiesOf(services.db, actor, a);
  if (actors.length === 0) throw notFound("appointments.notFound");
  const names = await namesOf(services.db, a);
  const [messages, events, evaluations, steps, request, reliability] = await Promise.all([
    services.db
      .select({ id: appointmentMessage.id, body: appointmentMessage.body, side: appointmentMessage.authorSide, createdAt: appointmentMessage.createdAt, author: userTable.name })
      .from(appointmentMessage)
      .leftJoin(userTable, eq(userTable.id, appointmentMessage.authorId))
      .where(eq(appointmentMessage.appointmentId, a.id))
      .orderBy(asc(appointmentMessage.createdAt)),
    services.db.select().from(appointmentEvent).where(eq(appointmentEvent.appointmentId, a.id)).orderBy(asc(appointmentEvent.at)),
    services.db.select().from(appointmentEvaluation).where(eq(appointmentEvaluation.appointmentId, a.id)),
    stepsOf(services.db, [a.id]),
    a.requestId ? services.db.select({ title: lessonRequest.title, notes: lessonRequest.notes, networkId: lessonRequest.networkId }).from(lessonRequest).where(eq(lessonRequest.id, a.requestId)) : Promise.resolve([]),
    services.db.select().from(providerReliability).where(eq(providerReliability.organisationId, a.providerOrganisationId)),
  ]);
  const networkId = a.networkId ?? request[0]?.networkId ?? null;
  const networks = networkId ? await services.db.select({ slug: network.slug, name: network.name }).from(network).where(eq(network.id, networkId)) : [];
  const done = steps.get(a.id) ?? new Set<string>();
  const today = amsterdamToday(services.clock.now());
  const dateReached = a.date !== null && a.date <= today;
  const sideActors = actors.filter((x) => x === "school" || x === "provider") as ("school" | "provider")[];
  const actions = actionsToday(a.state, actors, { date: a.date, today, proposal: a.providerProposal !== null });
  const evaluatedSides = new Set(evaluations.map((e) => e.side));
  const confirmable = sideActors.filter((s) => !done.has(s === "school" ? STEPS.schoolConfirmedTookPlace : STEPS.providerConfirmedTookPlace));
  return {
    appointment: a,
    names,
    request: request[0] ?? null,
    /** How the company answers requests (the same figures matching ranks on). */
    reliability: reliability[0]
      ? { received: reliability[0].requestsReceived, answered: reliability[0].requestsAnswered, medianHours: reliability[0].medianResponseHours === null ? null : Math.round(reliability[0].medianResponseHours) }
      : null,
    actors,
    actions,
    messages,
    events,
    evaluations,
    canEvaluate: (a.state === "took_place" || a.state === "evaluated") ? sideActors.filter((s) => !evaluatedSides.has(s)) : [],
    canConfirmTookPlace: (a.state === "took_place" || a.state === "evaluated") && dateReached ? confirmable : [],
    canConfirmComing: actors.includes("provider") && a.state === "scheduled" && !done.has(STEPS.providerConfirmed),
    providerConfirmed: done.has(STEPS.providerConfirmed),
    canDownloadIcs: sideActors.length > 0 && a.startsAt !== null,
    /** The network calendar: what my side chose and what that means, for a side of an appointment in a network. */
    calendar:
      networks[0] && sideActors[0]
        ? {
            network: networks[0],
            side: sideActors[0],
            mine: sideActors[0] === "school" ? a.calendarConsentSchool : a.calendarConsentProvider,
            status: calendarStatus(a.state, { school: a.calendarConsentSchool, provider: a.calendarConsentProvider }, sideActors[0]),
            canChange: canChangeCalendarConsent(a.state),
          }
        : null,
  };
}
