import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import { assignmentRun, attendance, event, eventAssignment, eventGroup, eventSlot, user } from "~/db/schema/index.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { checkResult } from "~/domain/events/assignment/checker.ts";
import type { Result } from "~/domain/events/assignment/types.ts";
import { loadEventInstance } from "~/services/events/helpers/event-instance.server.ts";
import { getSchedule } from "~/services/events/get-schedule.server.ts";
import { getEvent } from "~/services/events/get-event.server.ts";
import type { SessionUser } from "~/context.ts";
import { getNetworkImpact } from "~/services/impact/get-network-impact.server.ts";
import { getEncounterLedger } from "~/services/impact/get-encounter-ledger.server.ts";

describe(`demo events (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(new Date("2026-11-21T10:00:00+01:00"));
    await seedIfEmpty(services);
  });
  afterAll(async () => {
    await database?.close();
  });

  const demoUser = async (email: string): Promise<SessionUser> => {
    const [u] = await services.db.select().from(user).where(eq(user.email, email));
    return { id: u!.id, name: u!.name, email: u!.email, emailVerified: true, role: u!.role ?? "user", locale: "nl" };
  };

  it("publishes Feest van de Techniek Utrecht with an assignment that meets every constraint", async () => {
    const [feest] = await services.db.select().from(event).where(eq(event.slug, "feest-van-de-techniek-2027"));
    expect(feest!.status).toBe("published");
    const [run] = await services.db.select().from(assignmentRun).where(eq(assignmentRun.eventId, feest!.id));
    const { instance, assignments } = await loadEventInstance(services.db, feest!);
    expect(instance.groups.length).toBeGreaterThanOrEqual(10);
    expect(instance.slots.length).toBeGreaterThanOrEqual(10);
    expect(checkResult(instance, run!.result as unknown as Result)).toEqual([]);
    expect(assignments.length).toBe((run!.result as unknown as Result).assignments.length);
    expect(assignments.length).toBeGreaterThan(instance.groups.length * 0.8);

    const schedule = await getSchedule(services, await demoUser("docent@demo.technohub.nl"), { slug: "feest-van-de-techniek-2027", orgSlug: "vmbo-de-werkplaats" });
    expect(schedule.items.length + schedule.unassigned.length).toBe(4);
    const host = await getSchedule(services, await demoUser("bedrijf@demo.technohub.nl"), { slug: "feest-van-de-techniek-2027", orgSlug: "kiremko" });
    expect(host.items.length).toBeGreaterThan(0);
  });

  it("opens Girlsday 2027 for registration: girls only, at least ten per group", async () => {
    const page = await getEvent(services, await demoUser("docent@demo.technohub.nl"), { slug: "girlsday-2027" });
    expect(page.schoolPhase).toBe("open");
    expect(page.hostPhase).toBe("open");
    expect(page.event).toMatchObject({ girlsOnly: true, minGroupSize: 10 });
    const [girlsday] = await services.db.select().from(event).where(eq(event.slug, "girlsday-2027"));
    expect((await services.db.select().from(eventSlot).where(eq(eventSlot.eventId, girlsday!.id))).length).toBeGreaterThan(0);
    expect((await services.db.select().from(eventGroup).where(eq(eventGroup.eventId, girlsday!.id))).length).toBe(0);
  });

  it("keeps last year's Feest van de Techniek with attendance, which TechNet Utrecht's impact and ledger count", async () => {
    const [past] = await services.db.select().from(event).where(eq(event.slug, "feest-van-de-techniek-2026"));
    expect(past!.status).toBe("done");
    const recorded = await services.db
      .select({ status: attendance.status, pupils: attendance.pupilsPresent })
      .from(attendance)
      .innerJoin(eventAssignment, eq(eventAssignment.id, attendance.assignmentId))
      .where(eq(eventAssignment.eventId, past!.id));
    const present = recorded.filter((r) => r.status === "present");
    expect(present.length).toBeGreaterThan(0);
    expect(recorded.some((r) => r.status === "absent")).toBe(true);

    const coordinator = await demoUser("coordinator.utrecht@demo.technohub.nl");
    const { figures } = await getNetworkImpact(services, null, { slug: "technet-utrecht" });
    const lastYear = figures.find((f) => f.schoolYear === "2025-2026")!;
    expect(lastYear).toMatchObject({ eventVisits: present.length, eventAttendance: present.reduce((s, r) => s + (r.pupils ?? 0), 0) });
    // The demo's evaluated lessons and visits of last school year, by employers.
    expect(lastYear.guestLessons + lastYear.companyVisits).toBeGreaterThanOrEqual(4);
    expect(figures.map((f) => f.schoolYear)).toContain("2026-2027");

    const ledger = await getEncounterLedger(services, coordinator, { slug: "technet-utrecht" });
    const reached = ledger.lines.filter((l) => l.schoolYear === "2025-2026" && l.groupsReached > 0);
    expect(reached.length).toBeGreaterThanOrEqual(3);
    expect(ledger.unreached.length).toBeGreaterThan(0);
  });
});
