import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, gt } from "drizzle-orm";
import ICAL from "ical.js";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { appointment, appointmentMessage, lessonRequest, mailOutbox } from "~/db/schema/index.ts";
import { amsterdamParts } from "~/domain/common/time.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { answerDateProposal } from "~/services/guest-lessons/answer-date-proposal.server.ts";
import { exportAppointmentIcs } from "~/services/guest-lessons/export-appointment-ics.server.ts";
import { getAppointment } from "~/services/guest-lessons/get-appointment.server.ts";
import { listAppointments } from "~/services/guest-lessons/list-appointments.server.ts";
import { proposeDate } from "~/services/guest-lessons/propose-date.server.ts";
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

async function newOffer(organisationId: string, options: { title?: string; groupSizeMin?: number; groupSizeMax?: number; durationMinutes?: number } = {}) {
  const owner = organisationId === company ? contact : otherContact;
  const row = await createOfferAs(services, owner, organisationId, {
    title: options.title ?? `Gastles installatietechniek ${++n}`,
    description: "Een monteur laat zien hoe een warmtepomp werkt.",
    contactEmail: owner.email,
    ...(options.groupSizeMin ? { groupSizeMin: options.groupSizeMin } : {}),
    ...(options.groupSizeMax ? { groupSizeMax: options.groupSizeMax } : {}),
    ...(options.durationMinutes ? { durationMinutes: options.durationMinutes } : {}),
  });
  return row.id;
}

async function newRequest(dates: string[], directOfferId: string | null = null, pupils = 24) {
  const [r] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: school,
      createdById: teacher.id,
      networkId,
      kind: "gastles",
      title: `Gastles over warmtepompen ${++n}`,
      topics: ["installatietechniek"],
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
