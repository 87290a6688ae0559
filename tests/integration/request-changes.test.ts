import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertMembership, insertNetwork, insertNetworkMember, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import {
  appointment,
  lessonRequest,
  mailOutbox,
  network,
  providerReliability,
  requestEscalation,
} from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import type { RequestInput } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { listNetworkRequests } from "~/services/guest-lessons/list-network-requests.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { sweepReliability } from "~/services/guest-lessons/sweep-reliability.server.ts";
import { createRequest } from "~/services/guest-lessons/create-request.server.ts";
import { getEditableRequest } from "~/services/guest-lessons/get-editable-request.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { listRequests } from "~/services/guest-lessons/list-requests.server.ts";
import { updateRequest } from "~/services/guest-lessons/update-request.server.ts";
import { withdrawRequest } from "~/services/guest-lessons/withdraw-request.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;
const t = translator("nl");

let networkId: string;
let school: string;
let otherSchool: string;
let installer: string;
let welder: string;
let teacher: SessionUser;
let colleague: SessionUser;
let otherTeacher: SessionUser;
let installerContact: SessionUser;
let welderContact: SessionUser;
let outsider: SessionUser;
let admin: SessionUser;
let coordinator: SessionUser;

const org = async (name: string, kind: "school" | "company") =>
  (await insertOrganisation(services.db, { name, kind, lat: 52.09, lon: 5.12, place: "Utrecht", educationLevels: kind === "school" ? ["vmbo"] : [] })).id;

async function newOffer(organisationId: string, owner: SessionUser, topic: string, title: string) {
  const row = await createOfferAs(services, owner, organisationId, { title, topics: [topic], contactEmail: owner.email });
  return row.id;
}

function requestInput(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    schoolOrganisationId: school,
    kind: "gastles",
    title: `Gastles over warmtepompen ${++n}`,
    topics: ["installatietechniek"],
    freeText: "",
    level: "vmbo-kader",
    pupils: 24,
    groups: 1,
    dateOptions: [{ date: "2026-03-17", startTime: "10:00" }, { date: "2026-03-18", startTime: "10:00" }],
    periodFrom: null,
    periodUntil: null,
    place: "school",
    placeName: null,
    maxTravelKm: null,
    notes: "",
    mode: "open",
    directOfferId: null,
    ...overrides,
  };
}

/** The outbox stamps mails with the real time, so tests pick their mails by the request's title. */
const mailsAbout = async (subject: string, title: string) => (await services.db.select().from(mailOutbox)).filter((m) => m.subject.startsWith(subject) && m.text.includes(title));
const requestRow = async (id: string) => (await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, id)))[0]!;
const appointmentRow = async (id: string) => (await services.db.select().from(appointment).where(eq(appointment.id, id)))[0]!;

let installOffer: string;
let weldOffer: string;

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  networkId = (await insertNetwork(services.db, { name: "TechNet Utrecht" })).id;
  school = await org("Vmbo De Brug", "school");
  otherSchool = await org("Vmbo Het Baken", "school");
  installer = await org("Kiremko", "company");
  welder = await org("Lasbedrijf Van Dam", "company");
  await insertNetworkMember(services.db, networkId, school);
  teacher = await insertPerson(services.db, "docent");
  colleague = await insertPerson(services.db, "collega");
  otherTeacher = await insertPerson(services.db, "docent-elders");
  installerContact = await insertPerson(services.db, "installateur");
  welderContact = await insertPerson(services.db, "lasser");
  outsider = await insertPerson(services.db, "buitenstaander");
  admin = await insertPerson(services.db, "beheer", "admin");
  coordinator = await insertPerson(services.db, "coordinator");
  await insertMembership(services.db, teacher, school, "member");
  await insertMembership(services.db, colleague, school, "member");
  await insertMembership(services.db, otherTeacher, otherSchool, "member");
  await insertMembership(services.db, installerContact, installer, "admin");
  await insertMembership(services.db, welderContact, welder, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
  installOffer = await newOffer(installer, installerContact, "installatietechniek", "Gastles warmtepompen");
  weldOffer = await newOffer(welder, welderContact, "lassen", "Gastles lassen");
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("a school edits its own request", () => {
  it("changes what the form asks; matching follows the new request at once", async () => {
    const { id } = await createRequest(services, teacher, requestInput());
    const before = await getRequest(services, teacher, { requestId: id });
    expect(before.suggestions.map((s) => s.id)).toContain(installOffer);
    expect(before.suggestions.map((s) => s.id)).not.toContain(weldOffer);

    // A colleague at the same school may change it too.
    const updated = await updateRequest(services, colleague, { requestId: id, request: requestInput({ title: "Gastles lassen voor 3 kader", topics: ["lassen"], pupils: 18, notes: "Graag met een lasrobot" }) });
    expect(updated).toMatchObject({ title: "Gastles lassen voor 3 kader", topics: ["lassen"], pupils: 18, status: "open", schoolOrganisationId: school, networkId });
    expect(updated.searchText).toContain("lasrobot");
    const after = await getRequest(services, teacher, { requestId: id });
    expect(after.suggestions.map((s) => s.id)).toContain(weldOffer);
    expect(after.suggestions.map((s) => s.id)).not.toContain(installOffer);
  });

  it("applies the same checks as a new request, with the message on its field", async () => {
    const { id } = await createRequest(services, teacher, requestInput());
    const past = await refusal(updateRequest(services, teacher, { requestId: id, request: requestInput({ dateOptions: [{ date: "2026-02-20", startTime: null }] }) }));
    expect(past).toMatchObject({ kind: "invalid", field: "date1", message: "requestForm.error.datePast" });
    expect(t(past.message)).toBe("Deze datum is al voorbij.");
    const topic = await refusal(updateRequest(services, teacher, { requestId: id, request: requestInput({ topics: ["geen-onderwerp"] }) }));
    expect(topic).toMatchObject({ kind: "invalid", field: "topics" });
    expect((await requestRow(id)).title).not.toBe("");
  });

  it("keeps the school, and a direct request's offer, whatever is posted", async () => {
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer }));
    const updated = await updateRequest(services, teacher, { requestId: id, request: requestInput({ schoolOrganisationId: otherSchool, mode: "open", directOfferId: null, pupils: 20 }) });
    expect(updated).toMatchObject({ schoolOrganisationId: school, mode: "direct", directOfferId: installOffer, pupils: 20 });
    // A direct request must still suit its offer.
    expect(await refusal(updateRequest(services, teacher, { requestId: id, request: requestInput({ level: "havo" }) }))).toMatchObject({ kind: "invalid", field: "level" });
  });

  it("copies new dates and class into an unanswered appointment and tells the company", async () => {
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer }));
    const [a] = await services.db.select().from(appointment).where(eq(appointment.requestId, id));
    expect(a!.state).toBe("requested");
    await updateRequest(services, teacher, { requestId: id, request: requestInput({ title: "Warmtepompen, nieuwe datum", dateOptions: [{ date: "2026-03-24", startTime: "13:00" }], pupils: 26, groups: 2 }) });
    const changed = await appointmentRow(a!.id);
    expect(changed.proposedOptions).toEqual([{ date: "2026-03-24", startTime: "13:00" }]);
    expect(changed).toMatchObject({ pupils: 26, groups: 2, state: "requested" });
    const mails = await mailsAbout("Aanvraag gewijzigd", "Warmtepompen, nieuwe datum");
    expect(mails.map((m) => m.to)).toEqual([installerContact.email]);
    expect(mails[0]!.text).toContain("2026-03-24 13:00");
    // The company can no longer pick a date the school dropped.
    expect((await refusal(answerAppointment(services, installerContact, { appointmentId: a!.id, date: "2026-03-17" }))).message).toBe("appointments.error.notProposed");
  });

  it("refuses once a company has agreed: changes are agreed in the appointment", async () => {
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer }));
    const [a] = await services.db.select().from(appointment).where(eq(appointment.requestId, id));
    await answerAppointment(services, installerContact, { appointmentId: a!.id, date: "2026-03-18" });
    const refused = await refusal(updateRequest(services, teacher, { requestId: id, request: requestInput({ pupils: 30 }) }));
    expect(refused).toMatchObject({ kind: "conflict", message: "requests.error.agreed" });
    expect((await requestRow(id)).pupils).toBe(24);
    expect((await getEditableRequest(services, teacher, { requestId: id })).editRefusal).toBe("requests.error.agreed");
  });

  it("lets only the school's people (and a platform admin) change it", async () => {
    const { id } = await createRequest(services, teacher, requestInput());
    // A company sees the open request, so it is told no; anyone else learns nothing.
    expect((await refusal(updateRequest(services, installerContact, { requestId: id, request: requestInput() }))).kind).toBe("forbidden");
    expect((await refusal(withdrawRequest(services, installerContact, { reason: "", requestId: id }))).kind).toBe("forbidden");
    expect((await refusal(updateRequest(services, otherTeacher, { requestId: id, request: requestInput() }))).kind).toBe("not_found");
    expect((await refusal(updateRequest(services, outsider, { requestId: id, request: requestInput() }))).kind).toBe("not_found");
    expect((await refusal(updateRequest(services, null, { requestId: id, request: requestInput() }))).kind).toBe("not_found");
    expect((await refusal(updateRequest(services, coordinator, { requestId: id, request: requestInput() }))).kind).toBe("not_found");
    expect((await refusal(getEditableRequest(services, otherTeacher, { requestId: id }))).kind).toBe("not_found");
    expect((await refusal(updateRequest(services, teacher, { requestId: "not-a-uuid", request: requestInput() }))).kind).toBe("not_found");
    expect((await updateRequest(services, admin, { requestId: id, request: requestInput({ pupils: 12 }) })).pupils).toBe(12);
  });
});

describe("a school withdraws its request", () => {
  it("ends the unanswered appointments with a mail to the company, and leaves every open list", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer, title: "Warmtepomp voor 3 kader" }));
    const [a] = await services.db.select().from(appointment).where(eq(appointment.requestId, id));
    expect((await listRequests(services, installerContact)).matching.map((m) => m.id)).toContain(id);
    expect((await listNetworkRequests(services, coordinator)).requests.map((r) => r.id)).toContain(id);

    const result = await withdrawRequest(services, teacher, { reason: "We hebben al een gastles gevonden", requestId: id });
    expect(result.cancelled).toBe(1);
    expect(result.request).toMatchObject({ status: "cancelled", withdrawReason: "We hebben al een gastles gevonden" });
    expect(result.request.withdrawnAt).not.toBeNull();
    expect(await appointmentRow(a!.id)).toMatchObject({ state: "cancelled", cancelledBySide: "school", cancelReason: "We hebben al een gastles gevonden", lateCancellation: false });

    const mails = await mailsAbout("Aanvraag ingetrokken", "Warmtepomp voor 3 kader");
    expect(mails.map((m) => m.to)).toEqual([installerContact.email]);
    expect(mails[0]!.text).toContain("Warmtepomp voor 3 kader");
    expect(mails[0]!.text).toContain("We hebben al een gastles gevonden");

    // Gone from the company's list, the coordinator's view and the company's reach; the school still sees it, withdrawn.
    expect((await listRequests(services, installerContact)).matching.map((m) => m.id)).not.toContain(id);
    expect((await listNetworkRequests(services, coordinator)).requests.map((r) => r.id)).not.toContain(id);
    expect((await refusal(getRequest(services, installerContact, { requestId: id }))).kind).toBe("not_found");
    const own = await getRequest(services, teacher, { requestId: id });
    expect(own.request.status).toBe("cancelled");
    expect(own.suggestions).toEqual([]);
    expect(t(`guestLessons.requestStatus.${own.request.status}`)).toBe("Ingetrokken");
    // Nothing more can be asked for it, nor changed.
    expect((await refusal(requestAppointment(services, teacher, { requestId: id, offerId: weldOffer }))).message).toBe("appointments.error.requestClosed");
    expect((await refusal(updateRequest(services, teacher, { requestId: id, request: requestInput() }))).message).toBe("requests.error.closed");
    expect((await refusal(withdrawRequest(services, teacher, { reason: "", requestId: id }))).message).toBe("requests.error.closed");
  });

  it("is no longer escalated by the reliability sweep", async () => {
    services.clock.set(new Date("2026-06-01T09:00:00+02:00")); // Monday
    const kept = await createRequest(services, teacher, requestInput({ dateOptions: [{ date: "2026-06-29", startTime: null }] }));
    const withdrawn = await createRequest(services, teacher, requestInput({ dateOptions: [{ date: "2026-06-29", startTime: null }] }));
    await withdrawRequest(services, teacher, { reason: "", requestId: withdrawn.id });
    expect((await requestRow(withdrawn.id)).withdrawReason).toBeNull();
    services.clock.set(new Date("2026-06-15T09:00:00+02:00")); // 10 working days later
    await sweepReliability(services, null);
    const escalated = await services.db.select({ id: requestEscalation.requestId }).from(requestEscalation);
    expect(escalated.map((e) => e.id)).toContain(kept.id);
    expect(escalated.map((e) => e.id)).not.toContain(withdrawn.id);
  });

  it("refuses while a lesson is agreed, and says which; nothing changes", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer }));
    const [a] = await services.db.select().from(appointment).where(eq(appointment.requestId, id));
    await answerAppointment(services, installerContact, { appointmentId: a!.id, date: "2026-03-17" });
    const refused = await refusal(withdrawRequest(services, teacher, { reason: "Toch niet", requestId: id }));
    expect(refused).toMatchObject({ kind: "conflict", message: "requests.withdraw.error.agreed" });
    expect(t(refused.message)).toContain("Zeg eerst die afspraak af");
    expect((await requestRow(id)).status).toBe("matched");
    expect((await appointmentRow(a!.id)).state).toBe("scheduled");
    const view = await getEditableRequest(services, teacher, { requestId: id });
    expect(view.withdrawal).toEqual({ ok: false, refusal: "requests.error.agreed", agreed: [a!.id] });
  });

  it("a platform admin may withdraw on the school's behalf", async () => {
    const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: weldOffer, topics: ["lassen"] }));
    const result = await withdrawRequest(services, admin, { reason: "Dubbel ingevoerd", requestId: id });
    expect(result).toMatchObject({ cancelled: 1, request: { status: "cancelled" } });
  });

  it("a company accepting at the same moment and the school withdrawing never both win", async () => {
    for (let round = 0; round < 6; round++) {
      services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
      const date = `2026-04-${String(6 + round).padStart(2, "0")}`;
      const { id } = await createRequest(services, teacher, requestInput({ mode: "direct", directOfferId: installOffer, dateOptions: [{ date, startTime: "10:00" }] }));
      const [a] = await services.db.select().from(appointment).where(eq(appointment.requestId, id));
      // One side or the other starts a few milliseconds later, so that both orders of arrival (and
      // transactions that overlap) occur; which one wins is up to the race, the outcome never is.
      const later = <T,>(ms: number, run: () => Promise<T>) => (ms === 0 ? run() : new Promise((resolve) => setTimeout(resolve, ms)).then(run));
      const lag = [0, 1, 3, 6, 10, 15][round]!;
      const [answered, withdrawn] = await Promise.allSettled([
        later(round % 2 === 1 ? lag : 0, () => answerAppointment(services, installerContact, { appointmentId: a!.id, date })),
        later(round % 2 === 0 ? lag : 0, () => withdrawRequest(services, teacher, { reason: "Gaat niet door", requestId: id })),
      ]);
      const request = await requestRow(id);
      const appt = await appointmentRow(a!.id);
      expect([answered.status, withdrawn.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      if (withdrawn.status === "fulfilled") {
        expect(request.status).toBe("cancelled");
        expect(appt.state).toBe("cancelled");
        expect(((answered as PromiseRejectedResult).reason as DomainError).kind).toBe("conflict");
      } else {
        expect(request.status).toBe("matched");
        expect(appt.state).toBe("scheduled");
        expect((withdrawn.reason as DomainError).message).toBe("requests.withdraw.error.agreed");
      }
    }
  });
});

describe("the offer page shows how the company responds", () => {
  it("gives the response rate and the usual response time from the reliability figures", async () => {
    await services.db
      .insert(providerReliability)
      .values({ organisationId: welder, requestsReceived: 10, requestsAnswered: 9, medianResponseHours: 40 })
      .onConflictDoUpdate({ target: providerReliability.organisationId, set: { requestsReceived: 10, requestsAnswered: 9, medianResponseHours: 40 } });
    const view = await getOffer(services, null, { offerId: weldOffer });
    expect(view.responses).toEqual({ answered: 9, received: 10, days: 2 });
    await services.db.delete(providerReliability).where(and(eq(providerReliability.organisationId, welder)));
    expect((await getOffer(services, null, { offerId: weldOffer })).responses).toBeNull();
  });
});
