import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices, type TestClock } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import type { AppServices } from "~/context.ts";
import { getNetworkCalendar } from "~/services/network-calendar/get-network-calendar.server.ts";
import { networkCalendarIcs } from "~/services/network-calendar/network-calendar-ics.server.ts";
import { insertImpactFixture } from "./impact-fixture.ts";

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
    const { network, entries } = await getNetworkCalendar(services, "impact-net", { pastDays: 90 });
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
    const first = await getNetworkCalendar(services, "impact-net", { pastDays: 90 });
    const again = await getNetworkCalendar(services, "impact-net", { pastDays: 90 });
    const uids = (text: string) => text.match(/^UID:.*$/gm)!.sort();
    expect(uids(networkCalendarIcs(again.entries, "A", "https://x.example"))).toEqual(uids(networkCalendarIcs(first.entries, "A", "https://x.example")));
    const upcoming = await getNetworkCalendar(services, "impact-net", { pastDays: 0 });
    expect(upcoming.entries.map((e) => `${e.kind}:${e.id}`)).toEqual([`appointment:${fixture.a4.id}`, `session:${fixture.s2.id}`, `event:${fixture.ev.id}`]);
  });

  it("writes a valid empty calendar for a network without items", async () => {
    const { entries } = await getNetworkCalendar(services, "ander-net", { pastDays: 0 });
    const calendar = new ICAL.Component(ICAL.parse(networkCalendarIcs(entries.filter(() => false), "Leeg", "https://x.example")));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });
});
