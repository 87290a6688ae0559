import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { insertMembership, insertUser } from "../support/factories.ts";
import { createTestServices, type TestClock } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import type { AppServices } from "~/context.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";
import { networkCalendarIcs } from "~/services/networks/helpers/network-calendar-ics.server.ts";
import { insertImpactFixture } from "./impact-fixture.ts";
import { updateCalendarConsent } from "~/services/guest-lessons/update-calendar-consent.server.ts";
import { getAppointment } from "~/services/guest-lessons/get-appointment.server.ts";
import { DomainError } from "~/domain/errors.ts";

describe(`network calendar (${TEST_DB})`, () => {
  let database: Database;
  let services: AppServices & { clock: TestClock };
  let fixture: Awaited<ReturnType<typeof insertImpactFixture>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    fixture = await insertImpactFixture(services.db);
    services.clock.set(new Date("2026-12-15T12:00:00Z"));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("writes a feed that parses as iCalendar with exactly the events, sessions and agreed appointments", async () => {
    const { network, entries } = await getNetworkCalendar(services, null, { slug: "impact-net", pastDays: 90 });
    const text = networkCalendarIcs(entries, `Agenda ${network.name}`, "https://technohub.example");
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe("vcalendar");
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        `event-${fixture.ev.id}@technohub`,
        `session-${fixture.s1.id}@technohub`,
        `session-${fixture.s2.id}@technohub`,
        // a2 has only the school's consent, a5 is cancelled, a3 has no consent, a7 is another network's.
        `appointment-${fixture.a1.id}@technohub`,
        `appointment-${fixture.a4.id}@technohub`,
      ].sort(),
    );
    const event = events.find((e) => e.uid.startsWith("event-"))!;
    expect(event.summary).toBe("Techniekdag 2027");
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2027-03-18");
    expect(event.endDate.toString()).toBe("2027-03-19");
    const session = events.find((e) => e.uid === `session-${fixture.s1.id}@technohub`)!;
    expect(session.summary).toBe("Cursus lassen-basis");
    expect(session.startDate.toJSDate().toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(session.location).toBe("Nieuwegein");
    const visible = events.find((e) => e.uid === `appointment-${fixture.a4.id}@technohub`)!;
    expect(visible.summary).toBe("Gastles lassen: school b en bedrijf x");
    expect(visible.startDate.toJSDate().toISOString()).toBe("2027-02-10T09:00:00.000Z");
  });

  it("gives the same UIDs on every refresh and leaves the past out of the page", async () => {
    const first = await getNetworkCalendar(services, null, { slug: "impact-net", pastDays: 90 });
    const again = await getNetworkCalendar(services, null, { slug: "impact-net", pastDays: 90 });
    const uids = (text: string) => text.match(/^UID:.*$/gm)!.sort();
    expect(uids(networkCalendarIcs(again.entries, "A", "https://x.example"))).toEqual(uids(networkCalendarIcs(first.entries, "A", "https://x.example")));
    const upcoming = await getNetworkCalendar(services, null, { slug: "impact-net", pastDays: 0 });
    expect(upcoming.entries.map((e) => `${e.kind}:${e.id}`)).toEqual([`appointment:${fixture.a4.id}`, `session:${fixture.s2.id}`, `event:${fixture.ev.id}`]);
  });

  it("writes a valid empty calendar for a network without items", async () => {
    const { entries } = await getNetworkCalendar(services, null, { slug: "ander-net", pastDays: 0 });
    const calendar = new ICAL.Component(ICAL.parse(networkCalendarIcs(entries.filter(() => false), "Leeg", "https://x.example")));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });

  it("shows an appointment only while both sides agree, each side speaking for itself through the appointment page", async () => {
    const person = async (id: string, organisationId: string) => {
      const someone = await insertUser(services.db, { id, name: id, email: `${id}@calendar.test` });
      await insertMembership(services.db, someone, organisationId);
      return someone;
    };
    const companyContact = await person("x-contact", fixture.companyX.id);
    const teacher = await person("b-teacher", fixture.schoolB.id);
    const outsider = await person("y-contact", fixture.companyY.id);
    const shown = async () => (await getNetworkCalendar(services, null, { slug: "impact-net", pastDays: 90 })).entries.some((e) => e.id === fixture.a4.id);

    expect(await shown()).toBe(true);
    expect((await getAppointment(services, teacher, { appointmentId: fixture.a4.id })).calendar).toMatchObject({ side: "school", mine: true, status: "shown", canChange: true });
    await updateCalendarConsent(services, companyContact, { appointmentId: fixture.a4.id, show: false });
    expect(await shown()).toBe(false);
    expect((await getAppointment(services, teacher, { appointmentId: fixture.a4.id })).calendar).toMatchObject({ status: "waitingForOther" });
    expect((await getAppointment(services, companyContact, { appointmentId: fixture.a4.id })).calendar).toMatchObject({ side: "provider", mine: false, status: "waitingForMe" });
    await updateCalendarConsent(services, companyContact, { appointmentId: fixture.a4.id, show: true });
    expect(await shown()).toBe(true);

    // A third party learns nothing; a lesson that is over keeps what was agreed.
    await expect(updateCalendarConsent(services, outsider, { appointmentId: fixture.a4.id, show: false })).rejects.toMatchObject({ kind: "not_found" });
    const refused = await updateCalendarConsent(services, outsider, { appointmentId: fixture.a2.id, show: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ kind: "conflict" });
    expect(await shown()).toBe(true);
  });
});
