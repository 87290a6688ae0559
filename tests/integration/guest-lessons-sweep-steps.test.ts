import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createOfferAs, insertCoordinator, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { createTestServices } from "../support/services.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { appointment, lessonRequest, mailOutbox, offer } from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { sweepComingAppointments } from "~/services/guest-lessons/helpers/sweep-coming-appointments.server.ts";
import { escalateOpenRequests } from "~/services/guest-lessons/helpers/sweep-open-requests.server.ts";
import { openOrphanRequests } from "~/services/guest-lessons/helpers/sweep-orphan-requests.server.ts";
import { sweepUnansweredAppointments } from "~/services/guest-lessons/helpers/sweep-unanswered-appointments.server.ts";

/** Each step of the reliability sweep on its own (sweepReliability runs them in this order; guest-lessons-appointments.test.ts tests the whole). */

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;
let networkId: string;
let school: string;
let company: string;
let teacher: SessionUser;
let contact: SessionUser;
let coordinator: SessionUser;

const now = () => services.clock.now();
const today = () => amsterdamToday(now());
const mailsTo = async (email: string) => (await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).length;

async function newOffer() {
  const row = await createOfferAs(services, contact, company, { levels: ["vmbo-kader"], title: `Gastles lassen ${++n}`, contactEmail: contact.email });
  return row.id;
}

async function newRequest(values: { mode?: "open" | "direct"; directOfferId?: string; dates?: string[] } = {}) {
  const [r] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: school,
      createdById: teacher.id,
      networkId,
      kind: "gastles",
      title: `Vraag ${++n}`,
      topics: ["installatietechniek"],
      level: "vmbo-kader",
      pupils: 20,
      dateOptions: (values.dates ?? [addDays(today(), 21)]).map((date) => ({ date })),
      place: "school",
      lat: 52.09,
      lon: 5.12,
      mode: values.mode ?? "open",
      directOfferId: values.directOfferId ?? null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returning();
  return r!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-06-01T09:00:00+02:00")); // a Monday
  networkId = (await insertNetwork(services.db, { name: "TechNet", kind: "technet" })).id;
  school = (await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" })).id;
  company = (await insertOrganisation(services.db, { name: "Lasbedrijf", kind: "company", lat: 52.1, lon: 5.1, place: "Utrecht" })).id;
  teacher = await insertPerson(services.db, "docent");
  contact = await insertPerson(services.db, "lasser");
  coordinator = await insertPerson(services.db, "coordinator");
  await insertMembership(services.db, teacher, school, "admin");
  await insertMembership(services.db, contact, company, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("the sweep's steps", () => {
  it("openOrphanRequests opens the appointment of a direct request that has none, once, and skips one it cannot open", async () => {
    const offerId = await newOffer();
    const orphan = await newRequest({ mode: "direct", directOfferId: offerId });
    const archivedOffer = await newOffer();
    await services.db.update(offer).set({ status: "archived" }).where(eq(offer.id, archivedOffer));
    const stuck = await newRequest({ mode: "direct", directOfferId: archivedOffer });
    expect(await openOrphanRequests(services)).toBe(1);
    expect(await services.db.select().from(appointment).where(eq(appointment.requestId, orphan))).toHaveLength(1);
    expect(await services.db.select().from(appointment).where(eq(appointment.requestId, stuck))).toHaveLength(0);
    expect(await openOrphanRequests(services)).toBe(0);
  });

  it("escalateOpenRequests flags an open request nobody took up once it is past the network's deadline, once", async () => {
    const requestId = await newRequest();
    const before = await mailsTo(coordinator.email);
    expect(await escalateOpenRequests(services, today())).toBe(0);
    // Five working days later (the default deadline).
    expect(await escalateOpenRequests(services, addDays(today(), 7))).toBeGreaterThanOrEqual(1);
    expect(await mailsTo(coordinator.email)).toBeGreaterThan(before);
    expect(await escalateOpenRequests(services, addDays(today(), 7))).toBe(0);
    await services.db.update(lessonRequest).set({ status: "cancelled" }).where(eq(lessonRequest.id, requestId));
  });

  it("sweepUnansweredAppointments expires an appointment whose dates have all passed", async () => {
    const offerId = await newOffer();
    const requestId = await newRequest({ dates: [addDays(today(), 2)] });
    const a = await requestAppointment(services, teacher, { requestId, offerId });
    const later = addDays(today(), 3);
    const counts = await sweepUnansweredAppointments(services, now(), later);
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    const [row] = await services.db.select().from(appointment).where(eq(appointment.id, a.id));
    expect(row!.state).toBe("expired");
  });

  it("sweepComingAppointments reminds both sides a week before, once", async () => {
    const offerId = await newOffer();
    const date = addDays(today(), 7);
    const requestId = await newRequest({ dates: [date] });
    const a = await requestAppointment(services, teacher, { requestId, offerId });
    await answerAppointment(services, contact, { appointmentId: a.id, date });
    const first = await sweepComingAppointments(services, now(), today());
    expect(first.dateReminders).toBe(1);
    expect((await sweepComingAppointments(services, now(), today())).dateReminders).toBe(0);
  });
});
