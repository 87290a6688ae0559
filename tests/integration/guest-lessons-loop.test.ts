import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, gt } from "drizzle-orm";
import ICAL from "ical.js";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { appointment, appointmentMessage, lessonRequest, mailOutbox, requestSuggestion } from "~/db/schema/index.ts";
import { amsterdamParts } from "~/domain/common/time.ts";
import type { LessonLevel } from "~/domain/guest-lessons/vocabulary.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { answerDateProposal } from "~/services/guest-lessons/answer-date-proposal.server.ts";
import { exportAppointmentIcs } from "~/services/guest-lessons/export-appointment-ics.server.ts";
import { getAppointment } from "~/services/guest-lessons/get-appointment.server.ts";
import { listAppointments } from "~/services/guest-lessons/list-appointments.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { listNetworkRequests } from "~/services/guest-lessons/list-network-requests.server.ts";
import { proposeDate } from "~/services/guest-lessons/propose-date.server.ts";
import { proposeOffer } from "~/services/guest-lessons/propose-offer.server.ts";
import { requestOffers } from "~/services/guest-lessons/request-offers.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;

let networkId: string;
let school: string;
let company: string;
let otherCompany: string;
let teacher: SessionUser;
let contact: SessionUser;
let otherContact: SessionUser;
let coordinator: SessionUser;

const org = async (name: string, kind: "school" | "company") => (await insertOrganisation(services.db, { name, kind, lat: 52.09, lon: 5.12, place: "Utrecht" })).id;

async function newOffer(organisationId: string, options: { title?: string; groupSizeMin?: number; groupSizeMax?: number; durationMinutes?: number; topics?: string[]; levels?: LessonLevel[] } = {}) {
  const owner = organisationId === company ? contact : otherContact;
  const row = await createOfferAs(services, owner, organisationId, {
    title: options.title ?? `Gastles installatietechniek ${++n}`,
    description: "Een monteur laat zien hoe een warmtepomp werkt.",
    contactEmail: owner.email,
    ...(options.groupSizeMin ? { groupSizeMin: options.groupSizeMin } : {}),
    ...(options.groupSizeMax ? { groupSizeMax: options.groupSizeMax } : {}),
    ...(options.durationMinutes ? { durationMinutes: options.durationMinutes } : {}),
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.levels ? { levels: options.levels } : {}),
  });
  return row.id;
}

async function newRequest(dates: string[], directOfferId: string | null = null, pupils = 24, topics = ["installatietechniek"]) {
  const [r] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: school,
      createdById: teacher.id,
      networkId,
      kind: "gastles",
      title: `Gastles over warmtepompen ${++n}`,
      topics,
      level: "vmbo-kader",
      pupils,
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

/** The wall-clock start and end of an ICS event in Amsterdam, "09:30–11:30". */
function icsTimes(ics: string) {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  return `${amsterdamParts(event.startDate.toJSDate()).time}–${amsterdamParts(event.endDate.toJSDate()).time}`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  networkId = (await insertNetwork(services.db, { name: "TechNet Utrecht" })).id;
  school = await org("Vmbo De Brug", "school");
  company = await org("Kiremko", "company");
  otherCompany = await org("Installatiebedrijf Van Dam", "company");
  teacher = await insertPerson(services.db, "docent");
  contact = await insertPerson(services.db, "bedrijf");
  otherContact = await insertPerson(services.db, "ander-bedrijf");
  coordinator = await insertPerson(services.db, "coordinator");
  await insertMembership(services.db, teacher, school, "member");
  await insertMembership(services.db, contact, company, "admin");
  await insertMembership(services.db, otherContact, otherCompany, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("another date and time, to the minute", () => {
  it("the company proposes 09:30 on another date while the request is still requested; the school agrees; page, mail and ICS say 09:30", async () => {
    const offerId = await newOffer(company, { durationMinutes: 120 });
    const requestId = await newRequest(["2026-03-10", "2026-03-11"], offerId);
    const a = await requestAppointment(services, teacher, { requestId });
    expect(a.state).toBe("requested");
    const before = await getAppointment(services, contact, { appointmentId: a.id });
    expect(before.actions).toContain("propose_date");

    // Only the company proposes; the school cannot agree to what nobody proposed.
    expect((await refusal(proposeDate(services, teacher, { appointmentId: a.id, date: "2026-03-17", startTime: "09:30" }))).kind).toBe("forbidden");
    expect((await refusal(answerDateProposal(services, teacher, { appointmentId: a.id, agree: true }))).kind).toBe("conflict");
    // Bad input is said beside its field.
    expect(await refusal(proposeDate(services, contact, { appointmentId: a.id, date: "2026-03-17", startTime: "9.30" }))).toMatchObject({ kind: "invalid", field: "proposalTime" });
    expect(await refusal(proposeDate(services, contact, { appointmentId: a.id, date: "2026-02-27", startTime: "09:30" }))).toMatchObject({ kind: "invalid", field: "proposalDate" });

    const since = services.clock.now();
    services.clock.advance(60_000);
    const proposed = await proposeDate(services, contact, { appointmentId: a.id, date: "2026-03-17", startTime: "09:30" });
    expect(proposed.state).toBe("accepted");
    expect(proposed.providerProposal).toEqual({ date: "2026-03-17", startTime: "09:30" });
    const toSchool = (await services.db.select().from(mailOutbox).where(gt(mailOutbox.createdAt, since))).filter((m) => m.to === teacher.email);
    expect(toSchool.map((m) => m.text).join("\n")).toContain("om 09:30");

    const schoolView = await getAppointment(services, teacher, { appointmentId: a.id });
    expect(schoolView.actions).toContain("agree_date");
    const listed = (await listAppointments(services, teacher)).groups.flatMap((g) => g.items).find((i) => i.id === a.id)!;
    expect(listed.actions).toContain("agree_date");

    services.clock.advance(60_000);
    const agreedAt = services.clock.now();
    const scheduled = await answerDateProposal(services, teacher, { appointmentId: a.id, agree: true });
    expect(scheduled.state).toBe("scheduled");
    expect(scheduled.date).toBe("2026-03-17");
    expect(scheduled.providerProposal).toBeNull();
    expect(amsterdamParts(scheduled.startsAt!).time).toBe("09:30");
    expect(amsterdamParts(scheduled.endsAt!).time).toBe("11:30");

    const mails = (await services.db.select().from(mailOutbox).where(gt(mailOutbox.createdAt, new Date(agreedAt.getTime() - 1)))).filter((m) => m.subject.startsWith("Afspraak ingepland"));
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) expect(mail.subject).toContain("09:30–11:30");

    const ics = await exportAppointmentIcs(services, teacher, { appointmentId: a.id });
    expect(icsTimes(ics.content)).toBe("09:30–11:30");
  });

  it("the school does not agree: the proposal is dropped with its reason in the thread, and the company can propose again", async () => {
    const offerId = await newOffer(company);
    const a = await requestAppointment(services, teacher, { requestId: await newRequest(["2026-03-12"], offerId) });
    await proposeDate(services, contact, { appointmentId: a.id, date: "2026-03-19", startTime: "13:15" });
    expect(await refusal(answerDateProposal(services, teacher, { appointmentId: a.id, agree: false, reason: " " }))).toMatchObject({ kind: "invalid", field: "proposalReason" });
    const kept = await answerDateProposal(services, teacher, { appointmentId: a.id, agree: false, reason: "Dan hebben de leerlingen toetsweek." });
    expect(kept.state).toBe("accepted");
    expect(kept.providerProposal).toBeNull();
    const messages = await services.db.select().from(appointmentMessage).where(eq(appointmentMessage.appointmentId, a.id));
    expect(messages.map((m) => m.body).join("\n")).toContain("toetsweek");
    expect((await getAppointment(services, teacher, { appointmentId: a.id })).actions).not.toContain("agree_date");
    const again = await proposeDate(services, contact, { appointmentId: a.id, date: "2026-03-26", startTime: "08:45" });
    expect(again.providerProposal).toEqual({ date: "2026-03-26", startTime: "08:45" });
  });

  it("the company picks a school's date at its own time to the minute; a date the school did not give is refused, never booked at 09:00", async () => {
    const offerId = await newOffer(company, { durationMinutes: 90 });
    const a = await requestAppointment(services, teacher, { requestId: await newRequest(["2026-04-07"], offerId) });
    expect((await refusal(answerAppointment(services, contact, { appointmentId: a.id, date: "2026-04-08", startTime: "09:30" }))).message).toBe("appointments.error.notProposed");
    expect(await refusal(answerAppointment(services, contact, { appointmentId: a.id, date: "2026-04-07", startTime: "25:00" }))).toMatchObject({ kind: "invalid", field: "startTime" });
    const scheduled = await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-04-07", startTime: "09:30" });
    expect(amsterdamParts(scheduled.startsAt!).time).toBe("09:30");
    expect(amsterdamParts(scheduled.endsAt!).time).toBe("11:00");
    const [row] = await services.db.select().from(appointment).where(eq(appointment.id, a.id));
    expect(row!.state).toBe("scheduled");
  });

  it("a proposal cannot be made once the date is fixed", async () => {
    const offerId = await newOffer(company);
    const a = await requestAppointment(services, teacher, { requestId: await newRequest(["2026-04-14"], offerId) });
    await answerAppointment(services, contact, { appointmentId: a.id, date: "2026-04-14" });
    expect((await refusal(proposeDate(services, contact, { appointmentId: a.id, date: "2026-04-21", startTime: "09:30" }))).kind).toBe("conflict");
  });
});

describe("the request page: suggestions, the coordinator's proposals and the answers, without dead ends", () => {
  it("sends THAT request to two suggested companies after a confirmation: one request, one appointment each, both mailed", async () => {
    const first = await newOffer(company, { title: "Warmtepomp in de praktijk" });
    const second = await newOffer(otherCompany, { title: "Zonnepanelen monteren" });
    const requestId = await newRequest([]);
    const page = await getRequest(services, teacher, { requestId });
    expect(page.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining([first, second]));

    // The first post only checks and says what would be sent; nothing is sent yet.
    const check = await requestOffers(services, teacher, { requestId, offerIds: [first, second], confirmed: false });
    expect(check.sent).toBe(false);
    expect(check.offers.map((o) => o.organisationName).sort()).toEqual(["Installatiebedrijf Van Dam", "Kiremko"]);
    expect(await services.db.select().from(appointment).where(eq(appointment.requestId, requestId))).toHaveLength(0);

    const since = new Date(services.clock.now().getTime() - 1);
    const sent = await requestOffers(services, teacher, { requestId, offerIds: [first, second], confirmed: true });
    expect(sent.sent).toBe(true);
    const rows = await services.db.select().from(appointment).where(eq(appointment.requestId, requestId));
    expect(rows.map((r) => r.offerId).sort()).toEqual([first, second].sort());
    expect(rows.every((r) => r.state === "requested")).toBe(true);
    const requests = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
    expect(requests[0]!.status).toBe("open");
    const mailed = (await services.db.select().from(mailOutbox).where(gt(mailOutbox.createdAt, since))).map((m) => m.to);
    expect(mailed).toEqual(expect.arrayContaining([contact.email, otherContact.email]));

    // The page shows where it went, and the suggestions say they were asked.
    const after = await getRequest(services, teacher, { requestId });
    expect(after.answers.map((a) => a.offerTitle).sort()).toEqual(["Warmtepomp in de praktijk", "Zonnepanelen monteren"]);
    expect(after.suggestions.filter((s) => s.id === first || s.id === second).every((s) => s.asked)).toBe(true);
    // Asking the same company twice for one request is refused beside the choice.
    expect(await refusal(requestOffers(services, teacher, { requestId, offerIds: [first], confirmed: false }))).toMatchObject({ kind: "conflict", field: "offerIds" });
  });

  it("refuses sending for someone outside the school, and an empty or too large choice", async () => {
    const offerId = await newOffer(company);
    const requestId = await newRequest([]);
    expect((await refusal(requestOffers(services, contact, { requestId, offerIds: [offerId], confirmed: true }))).kind).toBe("forbidden");
    expect(await refusal(requestOffers(services, teacher, { requestId, offerIds: [], confirmed: false }))).toMatchObject({ kind: "invalid", message: "requests.send.error.none" });
    expect(await refusal(requestOffers(services, teacher, { requestId, offerIds: ["x", "y", "z", "v", "w", "q"], confirmed: false }))).toMatchObject({ message: "requests.send.error.tooMany" });
    expect(await refusal(requestOffers(services, teacher, { requestId, offerIds: ["not-an-id"], confirmed: false }))).toMatchObject({ kind: "invalid", field: "offerIds" });
  });

  it("shows the coordinator's proposal and the company's answer on the request page, and sending takes the proposal", async () => {
    const offerId = await newOffer(otherCompany, { title: "Proef de techniek" });
    const requestId = await newRequest(["2026-05-12"]);
    const since = new Date(services.clock.now().getTime() - 1);
    await proposeOffer(services, coordinator, { requestId, offerId, note: "Van Dam komt graag." });
    const mail = (await services.db.select().from(mailOutbox).where(gt(mailOutbox.createdAt, since))).find((m) => m.to === teacher.email && m.subject === "Voorstel voor uw vraag: Proef de techniek");
    expect(mail!.text).toContain(`/vragen/${requestId}`);

    const page = await getRequest(services, teacher, { requestId });
    expect(page.proposals).toEqual([expect.objectContaining({ offerId, source: "coordinator", note: "Van Dam komt graag.", appointmentId: null })]);
    // Companies reading the open request see nothing of the school's dealings.
    const asCompany = await getRequest(services, contact, { requestId });
    expect(asCompany.proposals).toEqual([]);
    expect(asCompany.answers).toEqual([]);

    const sent = await requestOffers(services, teacher, { requestId, offerIds: [offerId], confirmed: true });
    const appointmentId = sent.sent ? sent.appointmentIds[0]! : "";
    const [suggestion] = await services.db.select().from(requestSuggestion).where(eq(requestSuggestion.requestId, requestId));
    expect(suggestion!.appointmentId).toBe(appointmentId);
    await proposeDate(services, otherContact, { appointmentId, date: "2026-05-19", startTime: "09:30" });
    const answered = await getRequest(services, teacher, { requestId });
    expect(answered.answers).toEqual([expect.objectContaining({ id: appointmentId, state: "accepted", providerProposal: { date: "2026-05-19", startTime: "09:30" } })]);
    expect(answered.proposals[0]!.appointmentId).toBe(appointmentId);
  });

  it("says beside a suggestion, and before sending, that a workshop for 6–16 pupils does not fit a group of 24", async () => {
    const workshop = await newOffer(company, { title: "Workshop solderen", groupSizeMin: 6, groupSizeMax: 16 });
    const requestId = await newRequest([], null, 24);
    const page = await getRequest(services, teacher, { requestId });
    const suggestion = page.suggestions.find((s) => s.id === workshop);
    expect(suggestion).toBeDefined();
    expect(suggestion!.mismatches).toEqual([{ kind: "groupTooLarge", perGroup: 24, max: 16 }]);
    const fitting = page.suggestions.find((s) => s.id !== workshop)!;
    expect(fitting.mismatches).toEqual([]);
    const check = await requestOffers(services, teacher, { requestId, offerIds: [workshop], confirmed: false });
    expect(check.offers[0]!.mismatches).toEqual([{ kind: "groupTooLarge", perGroup: 24, max: 16 }]);
  });
});

describe("the offer asked directly", () => {
  it("says beside it on the request page when the class does not fit, and says nothing when it does", async () => {
    const workshop = await newOffer(company, { title: "Directe workshop", groupSizeMin: 6, groupSizeMax: 16 });
    const tooLarge = await getRequest(services, teacher, { requestId: await newRequest(["2026-06-02"], workshop, 24) });
    expect(tooLarge.directOfferMismatches).toEqual([{ kind: "groupTooLarge", perGroup: 24, max: 16 }]);
    const fits = await getRequest(services, teacher, { requestId: await newRequest(["2026-06-02"], workshop, 12) });
    expect(fits.directOfferMismatches).toEqual([]);
  });
});

describe("the offer page for a teacher with an open request", () => {
  it("offers to send that request to the offer (no second request), with what does not fit, and says when it was asked", async () => {
    const workshop = await newOffer(company, { title: "Workshop vanaf de aanbodpagina", groupSizeMin: 6, groupSizeMax: 16 });
    const requestId = await newRequest([], null, 24);
    const before = await getOffer(services, teacher, { offerId: workshop });
    const open = before.schoolView!.openRequests.find((r) => r.id === requestId)!;
    expect(open).toMatchObject({ asked: false, mismatches: [{ kind: "groupTooLarge", perGroup: 24, max: 16 }] });

    await requestOffers(services, teacher, { requestId, offerIds: [workshop], confirmed: true });
    const after = await getOffer(services, teacher, { offerId: workshop });
    expect(after.schoolView!.openRequests.find((r) => r.id === requestId)!.asked).toBe(true);
    // Companies see no school's requests on their own offer page this way.
    expect((await getOffer(services, contact, { offerId: workshop })).schoolView).toBeNull();
  });
});

describe("the coordinator's offers to propose", () => {
  it("are the request's ranked matches within reach of the school, not every offer of every region, and say what does not fit", async () => {
    // A topic of its own, so that only this test's offers compete.
    const lassen = { topics: ["lassen"] };
    const near = await newOffer(company, { title: "Lassen dichtbij", ...lassen });
    const small = await newOffer(company, { title: "Kleine lasworkshop", groupSizeMin: 6, groupSizeMax: 16, ...lassen });
    const groningen = (await insertOrganisation(services.db, { name: "Noordelijk Lasbedrijf", kind: "company", lat: 53.22, lon: 6.57, place: "Groningen" })).id;
    await insertMembership(services.db, otherContact, groningen, "admin");
    const far = (await createOfferAs(services, otherContact, groningen, { title: "Lassen in het noorden", contactEmail: otherContact.email, ...lassen })).id;
    const havoOnly = await newOffer(company, { title: "Lassen alleen voor havo", levels: ["havo"], ...lassen });
    const requestId = await newRequest([], null, 24, ["lassen"]);

    const view = await listNetworkRequests(services, coordinator);
    const mine = view.requests.find((r) => r.id === requestId)!;
    const ids = mine.offers.map((o) => o.id);
    expect(ids.sort()).toEqual([near, small].sort());
    expect(ids).not.toContain(far);
    expect(ids).not.toContain(havoOnly);
    expect(mine.offers.find((o) => o.id === small)!.mismatches).toEqual([{ kind: "groupTooLarge", perGroup: 24, max: 16 }]);
    // The order is the teacher's order: the request page ranks the same offers the same way.
    const page = await getRequest(services, teacher, { requestId });
    expect(mine.offers.map((o) => o.id)).toEqual(page.suggestions.map((s) => s.id));

    // What she proposed is not offered again.
    await proposeOffer(services, coordinator, { requestId, offerId: near, note: "" });
    const again = (await listNetworkRequests(services, coordinator)).requests.find((r) => r.id === requestId)!;
    expect(again.offers.map((o) => o.id)).not.toContain(near);
  });
});
