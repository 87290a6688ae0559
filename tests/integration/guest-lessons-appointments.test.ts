import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import ICAL from "ical.js";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import {
  appointment,
  appointmentEvent,
  lessonRequest,
  mailOutbox,
  network,
  networkSetting,
  offer,
  providerReliability,
  requestEscalation,
  requestSuggestion,
  user,
} from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { declineAppointment } from "~/services/guest-lessons/decline-appointment.server.ts";
import { cancelAppointment } from "~/services/guest-lessons/cancel-appointment.server.ts";
import { confirmTookPlace } from "~/services/guest-lessons/confirm-took-place.server.ts";
import { evaluateAppointment } from "~/services/guest-lessons/evaluate-appointment.server.ts";
import { getAppointment } from "~/services/guest-lessons/get-appointment.server.ts";
import { postMessage } from "~/services/guest-lessons/post-message.server.ts";
import { exportAppointmentIcs } from "~/services/guest-lessons/export-appointment-ics.server.ts";
import { exportCalendarFeed } from "~/services/guest-lessons/export-calendar-feed.server.ts";
import { resetCalendarLink } from "~/services/guest-lessons/reset-calendar-link.server.ts";
import { sweepReliability } from "~/services/guest-lessons/sweep-reliability.server.ts";
import { confirmAppointment } from "~/services/guest-lessons/confirm-appointment.server.ts";
import { proposeOffer } from "~/services/guest-lessons/propose-offer.server.ts";
import { listNetworkRequests } from "~/services/guest-lessons/list-network-requests.server.ts";
import { listAppointments } from "~/services/guest-lessons/list-appointments.server.ts";
import { reportNoShow } from "~/services/guest-lessons/report-no-show.server.ts";
import { getRequestSuggestions } from "~/services/guest-lessons/get-request-suggestions.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;
const DAY = 86_400_000;
const t = translator("nl");

let networkId: string;
let schoolA: string;
let schoolB: string;
let company: string;
let otherCompany: string;
let teacherA: SessionUser;
let teacherB: SessionUser;
let contact: SessionUser;
let stranger: SessionUser;
let coordinator: SessionUser;

const org = async (name: string, kind: "school" | "company") => (await insertOrganisation(services.db, { name, kind, lat: 52.09, lon: 5.12, place: "Utrecht" })).id;

/** Offers are made through part A's use-case, so matching finds them as it finds real ones. */
async function newOffer(organisationId: string, options: { maxPerMonth?: number | null; title?: string } = {}) {
  const owner = organisationId === company ? contact : stranger;
  const row = await createOfferAs(services, owner, organisationId, {
    title: options.title ?? `Gastles installatietechniek ${++n}`,
    description: "Een monteur laat zien hoe een warmtepomp werkt.",
    maxPerMonth: options.maxPerMonth ?? null,
    contactEmail: owner.email,
  });
  return row.id;
}

async function newRequest(schoolId: string, teacher: SessionUser, dates: string[], directOfferId: string | null = null) {
  const [r] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: schoolId,
      createdById: teacher.id,
      networkId,
      kind: "gastles",
      title: `Gastles over warmtepompen ${++n}`,
      topics: ["installatietechniek"],
      level: "vmbo-kader",
      pupils: 24,
      groups: 1,
      dateOptions: dates.map((date) => ({ date, startTime: "10:00", endTime: "11:30" })),
      place: "school",
      lat: 52.09,
      lon: 5.12,
      mode: directOfferId ? "direct" : "open",
      directOfferId,
      createdAt: services.clock.now(),
      updatedAt: services.clock.now(),
    })
    .returning();
  return r!.id;
}

async function mailsSince(since: Date) {
  return services.db.select().from(mailOutbox).where(gt(mailOutbox.createdAt, since));
}
async function allMails() {
  return services.db.select().from(mailOutbox);
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  networkId = (await insertNetwork(services.db, { name: "TechNet Utrecht" })).id;
  schoolA = await org("Vmbo De Brug", "school");
  schoolB = await org("Vmbo Het Baken", "school");
  company = await org("Kiremko", "company");
  otherCompany = await org("Installatiebedrijf Van Dam", "company");
  teacherA = await insertPerson(services.db, "docent-a");
  teacherB = await insertPerson(services.db, "docent-b");
  contact = await insertPerson(services.db, "bedrijf");
  stranger = await insertPerson(services.db, "buitenstaander");
  coordinator = await insertPerson(services.db, "coordinator");
  await insertMembership(services.db, teacherA, schoolA, "member");
  await insertMembership(services.db, teacherB, schoolB, "member");
  await insertMembership(services.db, contact, company, "admin");
  await insertMembership(services.db, stranger, otherCompany, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("appointments: the whole flow", () => {
  it("request with three dates → company picks one (ICS to both) → took place → evaluated; reliability follows", async () => {
    const offerId = await newOffer(company);
    const requestId = await newRequest(schoolA, teacherA, ["2026-03-10", "2026-03-11", "2026-03-12"], offerId);
    const start = services.clock.now();

    const a = await requestAppointment(services, teacherA, { requestId });
    expect(a.state).toBe("requested");
    expect(a.proposedOptions).toHaveLength(3);
    let mails = await mailsSince(new Date(start.getTime() - 1));
    expect(mails.map((m) => m.to)).toEqual([contact.email]);
    expect(mails[0]!.subject).toContain("Nieuwe aanvraag");

    // The school cannot answer its own request; a stranger does not even see it.
    expect((await refusal(answerAppointment(services, teacherA, { appointmentId: a.id, date: "2026-03-11" }))).kind).toBe("forbidden");
    expect((await refusal(answerAppointment(services, stranger, { appointmentId: a.id, date: "2026-03-11" }))).kind).toBe("not_found");
    expect((await refusal(answerAppointment(services, contact, { appointmentId: a.id, date: "2026-03-13" }))).message).toBe("appointments.error.notProposed");

    services.clock.advance(26 * 3_600_000);
    const answeredAt = services.clock.now();
    const scheduled = await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-03-11" });
    expect(scheduled.state).toBe("scheduled");
    expect(scheduled.date).toBe("2026-03-11");
    expect(scheduled.startsAt!.toISOString()).toBe("2026-03-11T09:00:00.000Z"); // 10:00 in Amsterdam
    expect(scheduled.respondedAt!.getTime()).toBe(answeredAt.getTime());

    mails = (await mailsSince(new Date(answeredAt.getTime() - 1))).filter((m) => m.subject.startsWith("Afspraak ingepland"));
    expect(mails.map((m) => m.to).sort()).toEqual([contact.email, teacherA.email].sort());
    for (const mail of mails) {
      expect(mail.attachments).toHaveLength(1);
      const ics = Buffer.from(mail.attachments[0]!.content, "base64").toString("utf8");
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`afspraak-${a.id}@technohub`);
      expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-11T09:00:00.000Z");
      expect(event.summary).toContain("Vmbo De Brug");
    }
    const [request] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
    expect(request!.status).toBe("matched");

    const [reliability] = await services.db.select().from(providerReliability).where(eq(providerReliability.organisationId, company));
    expect(reliability).toMatchObject({ requestsReceived: 1, requestsAnswered: 1, medianResponseHours: 26 });

    // Not before the day.
    expect((await refusal(confirmTookPlace(services, teacherA, { appointmentId: a.id, pupilsReached: 23 }))).message).toBe("appointments.error.notYet");
    expect((await refusal(evaluateAppointment(services, teacherA, { appointmentId: a.id, rating: 5, pupilsReached: 23, comment: "" }))).message).toBe("appointments.error.notTookPlace");

    services.clock.set(new Date("2026-03-11T15:00:00+01:00"));
    const took = await confirmTookPlace(services, teacherA, { appointmentId: a.id, pupilsReached: 23 });
    expect(took.state).toBe("took_place");
    expect(took.pupilsReached).toBe(23);
    await confirmTookPlace(services, contact, { appointmentId: a.id, pupilsReached: 24 });
    expect((await refusal(confirmTookPlace(services, contact, { appointmentId: a.id, pupilsReached: 24 }))).message).toBe("appointments.error.alreadyConfirmed");

    await evaluateAppointment(services, contact, { appointmentId: a.id, rating: 4, pupilsReached: 24, comment: "Leuke groep" });
    const evaluated = await evaluateAppointment(services, teacherA, { appointmentId: a.id, rating: 5,
      pupilsReached: 23,
      comment: "Leerlingen waren enthousiast",
      clearPurpose: true,
      learningGoals: true,
      twoWayInteraction: true,
      reflectionAfterwards: false });
    expect(evaluated.state).toBe("evaluated");
    expect((await refusal(evaluateAppointment(services, teacherA, { appointmentId: a.id, rating: 5, pupilsReached: 23, comment: "" }))).message).toBe("appointments.error.alreadyEvaluated");

    const view = await getAppointment(services, teacherA, { appointmentId: a.id });
    expect(view.events.map((e) => e.toState)).toEqual(["requested", "scheduled", "took_place", "evaluated"]);
    expect(view.evaluations.find((e) => e.side === "school")).toMatchObject({ clearPurpose: true, reflectionAfterwards: false, rating: 5 });
    expect(view.evaluations.find((e) => e.side === "provider")).toMatchObject({ clearPurpose: null, rating: 4 });
    expect(view.actions).toEqual([]);
  });

  it("a third party can neither read nor act", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const offerId = await newOffer(company);
    const requestId = await newRequest(schoolA, teacherA, ["2026-03-20"], offerId);
    const a = await requestAppointment(services, teacherA, { requestId });
    expect((await refusal(getAppointment(services, stranger, { appointmentId: a.id }))).kind).toBe("not_found");
    expect((await refusal(getAppointment(services, null, { appointmentId: a.id }))).kind).toBe("not_found");
    expect((await refusal(postMessage(services, stranger, { appointmentId: a.id, body: "Hallo" }))).kind).toBe("not_found");
    expect((await refusal(cancelAppointment(services, stranger, { appointmentId: a.id, reason: "x" }))).kind).toBe("not_found");
    expect((await refusal(declineAppointment(services, teacherA, { appointmentId: a.id, reason: "Nee" }))).kind).toBe("forbidden");
    expect((await refusal(requestAppointment(services, teacherB, { requestId }))).kind).toBe("forbidden");
    await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-03-20" });
    expect((await refusal(exportAppointmentIcs(services, stranger, { appointmentId: a.id }))).kind).toBe("not_found");
    expect((await refusal(exportAppointmentIcs(services, coordinator, { appointmentId: a.id }))).kind).toBe("not_found");
    expect((await exportAppointmentIcs(services, teacherA, { appointmentId: a.id })).content).toContain("BEGIN:VCALENDAR");
    // The coordinator of the network reads and may call it off.
    expect((await getAppointment(services, coordinator, { appointmentId: a.id })).actors).toEqual(["coordinator"]);
  });

  it("posts messages in the thread and tells the other side", async () => {
    const offerId = await newOffer(company);
    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-03-25"], offerId) });
    const before = services.clock.now();
    services.clock.advance(1000);
    await postMessage(services, teacherA, { appointmentId: a.id, body: "Kunt u ook om 13:00?" });
    await postMessage(services, contact, { appointmentId: a.id, body: "Dat kan." });
    const mails = (await allMails()).filter((m) => m.subject.startsWith("Nieuw bericht") && m.createdAt >= before);
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining([contact.email, teacherA.email]));
    const view = await getAppointment(services, contact, { appointmentId: a.id });
    expect(view.messages.map((m) => [m.side, m.body])).toEqual([
      ["school", "Kunt u ook om 13:00?"],
      ["provider", "Dat kan."],
    ]);
    expect((await refusal(postMessage(services, teacherA, { appointmentId: a.id, body: "   " }))).message).toBe("appointments.error.message");
  });

  it("declines with a reason; cancels late within 48 hours with a cancelling calendar file; records a no-show", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const offerId = await newOffer(company);
    const declined = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-03-18"], offerId) });
    expect((await refusal(declineAppointment(services, contact, { appointmentId: declined.id, reason: " " }))).message).toBe("appointments.error.reason");
    expect((await declineAppointment(services, contact, { appointmentId: declined.id, reason: "Geen monteur vrij" })).declineReason).toBe("Geen monteur vrij");

    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-03-19"], offerId) });
    await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-03-19" });
    services.clock.set(new Date("2026-03-18T12:00:00+01:00"));
    const since = services.clock.now();
    const cancelled = await cancelAppointment(services, contact, { appointmentId: a.id, reason: "Monteur ziek" });
    expect(cancelled).toMatchObject({ state: "cancelled", lateCancellation: true, cancelledBySide: "provider" });
    const mail = (await mailsSince(new Date(since.getTime() - 1))).find((m) => m.to === teacherA.email && m.subject.startsWith("Afspraak geannuleerd"));
    const ics = Buffer.from(mail!.attachments[0]!.content, "base64").toString("utf8");
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    // The date is free again for the offer.
    const again = await requestAppointment(services, teacherB, { requestId: await newRequest(schoolB, teacherB, ["2026-03-19"], offerId) });
    expect((await answerAppointment(services, contact, { appointmentId: again.id, date: "2026-03-19" })).state).toBe("scheduled");

    services.clock.set(new Date("2026-03-19T16:00:00+01:00"));
    const noShow = await reportNoShow(services, teacherB, { appointmentId: again.id, reason: "Niemand gekomen" });
    expect(noShow).toMatchObject({ state: "cancelled", noShow: true, cancelledBySide: "provider" });
    // The lesson did not happen: the school has its request back, open for another offer.
    const [reopened] = await services.db.select({ status: lessonRequest.status }).from(lessonRequest).where(eq(lessonRequest.id, noShow.requestId!));
    expect(reopened!.status).toBe("open");
  });
});

describe("appointments: the last free date, two schools at once", () => {
  it("lets exactly one school have the date; the other gets a clear message", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const offerId = await newOffer(company);
    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-04-14"], offerId) });
    const b = await requestAppointment(services, teacherB, { requestId: await newRequest(schoolB, teacherB, ["2026-04-14"], offerId) });
    const results = await Promise.allSettled([
      answerAppointment(services, contact, { appointmentId: a.id, date: "2026-04-14" }),
      answerAppointment(services, contact, { appointmentId: b.id, date: "2026-04-14" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(DomainError);
    expect(failed[0]!.reason.kind).toBe("conflict");
    expect(failed[0]!.reason.message).toBe("appointments.error.dateTaken");
    expect(t(failed[0]!.reason.message)).toBe("Deze datum is net door een andere school vastgelegd. Kies een andere datum.");
    const held = await services.db.select().from(appointment).where(and(eq(appointment.offerId, offerId), eq(appointment.state, "scheduled")));
    expect(held).toHaveLength(1);
  });

  it("keeps the monthly cap under the offer lock", async () => {
    const offerId = await newOffer(company, { maxPerMonth: 1 });
    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-05-12"], offerId) });
    const b = await requestAppointment(services, teacherB, { requestId: await newRequest(schoolB, teacherB, ["2026-05-19"], offerId) });
    const results = await Promise.allSettled([
      answerAppointment(services, contact, { appointmentId: a.id, date: "2026-05-12" }),
      answerAppointment(services, contact, { appointmentId: b.id, date: "2026-05-19" }),
    ]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(failed.map((f) => (f.reason as DomainError).message)).toEqual(["appointments.error.monthFull"]);
  });
});

describe("appointments: the reliability loop", () => {
  it("reminds the company after N working days, escalates after 2N with the next matches, once", async () => {
    services.clock.set(new Date("2026-06-01T09:00:00+02:00")); // Monday
    await services.db.insert(networkSetting).values({ networkId, escalationWorkingDays: 3 }).onConflictDoUpdate({ target: networkSetting.networkId, set: { escalationWorkingDays: 3 } });
    const silent = await newOffer(company, { title: "Gastles warmtepompen van Kiremko" });
    const alternative = await newOffer(otherCompany, { title: "Gastles installatietechniek van Van Dam" });
    const requestId = await newRequest(schoolA, teacherA, ["2026-06-25", "2026-06-26"], silent);
    const a = await requestAppointment(services, teacherA, { requestId });
    const reminderMails = async () => (await allMails()).filter((m) => m.subject.includes("wacht op uw antwoord") && m.text.includes("Gastles warmtepompen van Kiremko"));

    services.clock.set(new Date("2026-06-03T18:00:00+02:00")); // 2 working days
    await sweepReliability(services, null);
    expect(await reminderMails()).toHaveLength(0);

    services.clock.set(new Date("2026-06-04T09:00:00+02:00")); // 3 working days
    expect((await sweepReliability(services, null)).reminded).toBeGreaterThanOrEqual(1);
    await sweepReliability(services, null);
    expect((await reminderMails()).map((m) => m.to)).toEqual([contact.email]);

    services.clock.set(new Date("2026-06-09T09:00:00+02:00")); // 6 working days
    const report = await sweepReliability(services, null);
    expect(report.escalated).toBeGreaterThanOrEqual(1);
    await sweepReliability(services, null);
    const [escalation] = await services.db.select().from(requestEscalation).where(eq(requestEscalation.requestId, requestId));
    expect(escalation).toBeDefined();
    const [row] = await services.db.select().from(appointment).where(eq(appointment.id, a.id));
    expect(row!.escalatedAt).not.toBeNull();
    const suggestions = await services.db.select().from(requestSuggestion).where(eq(requestSuggestion.requestId, requestId));
    expect(suggestions.map((s) => s.offerId)).toContain(alternative);
    expect(suggestions.map((s) => s.offerId)).not.toContain(silent);
    const mails = await allMails();
    expect(mails.filter((m) => m.to === coordinator.email && m.subject.startsWith("Vraag blijft liggen") && m.text.includes("Gastles warmtepompen van Kiremko"))).toHaveLength(1);
    expect(mails.filter((m) => m.to === teacherA.email && m.subject.startsWith("Andere mogelijkheden"))).toHaveLength(1);
    // The mail leads to the request's own page, where the proposals stand beside the answers.
    expect(mails.find((m) => m.subject.startsWith("Andere mogelijkheden"))!.text).toContain("/vragen/");

    // The coordinator sees it first, and the school takes the alternative in one step.
    const view = await listNetworkRequests(services, coordinator);
    expect(view.requests[0]!.id).toBe(requestId);
    expect(view.requests[0]!.escalatedAt).not.toBeNull();
    const offered = await getRequestSuggestions(services, teacherA, { requestId: requestId });
    const pick = offered.suggestions.find((s) => s.offerId === alternative)!;
    const taken = await requestAppointment(services, teacherA, { requestId, suggestionId: pick.id });
    expect(taken.offerId).toBe(alternative);
    expect((await refusal(getRequestSuggestions(services, stranger, { requestId: requestId }))).kind).toBe("not_found");
  });

  it("escalates an open request nobody took up", async () => {
    services.clock.set(new Date("2026-06-01T09:00:00+02:00"));
    const requestId = await newRequest(schoolB, teacherB, ["2026-06-29"]);
    services.clock.set(new Date("2026-06-04T09:00:00+02:00"));
    expect((await sweepReliability(services, null)).requestsEscalated).toBeGreaterThanOrEqual(1);
    const [escalation] = await services.db.select().from(requestEscalation).where(eq(requestEscalation.requestId, requestId));
    expect(escalation!.reason).toContain("werkdagen open");
  });

  it("expires a request whose dates have all passed", async () => {
    services.clock.set(new Date("2026-06-01T09:00:00+02:00"));
    const offerId = await newOffer(company);
    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-06-03"], offerId) });
    services.clock.set(new Date("2026-06-04T09:00:00+02:00"));
    await sweepReliability(services, null);
    const [row] = await services.db.select().from(appointment).where(eq(appointment.id, a.id));
    expect(row!.state).toBe("expired");
    const events = await services.db.select().from(appointmentEvent).where(eq(appointmentEvent.appointmentId, a.id));
    expect(events.map((e) => [e.toState, e.actorId])).toContainEqual(["expired", null]);
  });

  it("reminds both sides 7 days and 1 day before, asks the company to confirm, alerts the coordinator when it does not; never twice", async () => {
    services.clock.set(new Date("2026-09-01T09:00:00+02:00"));
    const offerId = await newOffer(company, { title: "Bedrijfsbezoek september" });
    const a = await requestAppointment(services, teacherA, { requestId: await newRequest(schoolA, teacherA, ["2026-09-21"], offerId) });
    await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-09-21" });
    const about = async (prefix: string) => (await allMails()).filter((m) => m.subject.startsWith(prefix) && m.subject.includes("Bedrijfsbezoek september"));

    services.clock.set(new Date("2026-09-13T09:00:00+02:00")); // 8 days before
    await sweepReliability(services, null);
    expect(await about("Herinnering")).toHaveLength(0);

    services.clock.set(new Date("2026-09-14T09:00:00+02:00")); // 7 days before
    await sweepReliability(services, null);
    await sweepReliability(services, null);
    const week = await about("Herinnering");
    expect(week.map((m) => m.to).sort()).toEqual([contact.email, teacherA.email].sort());
    expect(week[0]!.attachments).toHaveLength(1);
    expect((await about("Graag bevestigen")).map((m) => m.to)).toEqual([contact.email]);

    services.clock.set(new Date("2026-09-18T09:00:00+02:00")); // 3 days before, unconfirmed
    await sweepReliability(services, null);
    await sweepReliability(services, null);
    expect((await about("Niet bevestigd")).map((m) => m.to)).toEqual([coordinator.email]);

    expect((await confirmAppointment(services, contact, { appointmentId: a.id })).first).toBe(true);
    expect((await confirmAppointment(services, contact, { appointmentId: a.id })).first).toBe(false);
    expect((await refusal(confirmAppointment(services, teacherA, { appointmentId: a.id }))).kind).toBe("forbidden");

    services.clock.set(new Date("2026-09-20T09:00:00+02:00")); // the day before
    await sweepReliability(services, null);
    await sweepReliability(services, null);
    expect(await about("Herinnering")).toHaveLength(4);
  });
});

describe("appointments: coordinator brokering, lists and calendar feed", () => {
  it("the coordinator suggests an offer; the school takes it in one step", async () => {
    services.clock.set(new Date("2026-10-01T09:00:00+02:00"));
    const offerId = await newOffer(otherCompany, { title: "Workshop zonnepanelen" });
    const requestId = await newRequest(schoolB, teacherB, ["2026-10-20"]);
    expect((await refusal(proposeOffer(services, teacherB, { requestId, offerId, note: "" }))).kind).toBe("forbidden");
    await proposeOffer(services, coordinator, { requestId, offerId, note: "Van Dam doet dit vaker voor vmbo-klassen." });
    expect((await refusal(proposeOffer(services, coordinator, { requestId, offerId, note: "" }))).message).toBe("appointments.error.alreadySuggested");
    const mail = (await allMails()).find((m) => m.to === teacherB.email && m.subject === "Voorstel voor uw vraag: Workshop zonnepanelen");
    expect(mail!.text).toContain(`/vragen/${requestId}`);
    const { suggestions } = await getRequestSuggestions(services, teacherB, { requestId: requestId });
    const a = await requestAppointment(services, teacherB, { requestId, suggestionId: suggestions[0]!.id });
    expect(a).toMatchObject({ offerId, providerOrganisationId: otherCompany, state: "requested" });
    expect((await refusal(requestAppointment(services, teacherB, { requestId, suggestionId: suggestions[0]!.id }))).message).toBe("appointments.error.alreadyRequested");
  });

  it("lists my appointments on both sides", async () => {
    const mine = await listAppointments(services, contact);
    const states = mine.groups.map((g) => g.state);
    expect(states).toContain("scheduled");
    expect(states).toContain("evaluated");
    expect(mine.groups.flatMap((g) => g.items).every((i) => i.side === "provider")).toBe(true);
    const none = await listAppointments(services, coordinator);
    expect(none.groups).toEqual([]);
  });

  it("serves a private calendar feed that ical.js reads, and a reset kills the old link", async () => {
    const links = await listAppointments(services, teacherA).then((l) => l.links);
    expect(links.webcal).toMatch(/^webcal:\/\/localhost:3000\/agenda\/[A-Za-z0-9_-]+\.ics$/);
    expect((await listAppointments(services, teacherA).then((l) => l.links)).https).toBe(links.https);
    const token = links.https.split("/agenda/")[1]!.replace(/\.ics$/, "");
    const ics = await exportCalendarFeed(services, null, { token: token });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => e.summary.includes("Vmbo De Brug"))).toBe(true);
    expect(events.some((e) => e.component.getFirstPropertyValue("status") === "CANCELLED")).toBe(true);
    expect(events.every((e) => e.description.includes("Details en berichten"))).toBe(true);
    // The feed speaks its owner's language.
    await services.db.update(user).set({ locale: "en" }).where(eq(user.id, teacherA.id));
    const english = new ICAL.Component(ICAL.parse(await exportCalendarFeed(services, null, { token }))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(english.every((e) => e.description.includes("Details and messages"))).toBe(true);
    expect(english.some((e) => e.summary.startsWith("Cancelled: "))).toBe(true);
    const fresh = await resetCalendarLink(services, teacherA);
    expect(fresh.https).not.toBe(links.https);
    expect((await refusal(exportCalendarFeed(services, null, { token: token }))).kind).toBe("not_found");
  });
});
