import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { lessonRequest, network, networkSetting, requestEscalation } from "~/db/schema/index.ts";
import { getNetworkSettings } from "~/services/guest-lessons/get-network-settings.server.ts";
import { listNetworkRequests } from "~/services/guest-lessons/list-network-requests.server.ts";
import { updateEscalationDeadline } from "~/services/guest-lessons/update-escalation-deadline.server.ts";
import { sweepReliability } from "~/services/guest-lessons/sweep-reliability.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let utrecht: { id: string; slug: string };
let deventer: { id: string; slug: string };
let school: string;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let teacher: SessionUser;
let admin: SessionUser;

async function openRequest(networkId: string, title: string) {
  const [r] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: school,
      networkId,
      kind: "gastles",
      title,
      topics: ["lassen"],
      level: "vmbo-kader",
      pupils: 20,
      dateOptions: [{ date: "2026-07-06" }],
      place: "school",
      lat: 52.09,
      lon: 5.12,
      createdAt: services.clock.now(),
      updatedAt: services.clock.now(),
    })
    .returning();
  return r!.id;
}

const escalated = async (requestId: string) => (await services.db.select().from(requestEscalation).where(eq(requestEscalation.requestId, requestId))).length > 0;

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-06-01T09:00:00+02:00")); // a Monday
  const u = await insertNetwork(services.db, { name: "TechNet Utrecht" });
  const d = await insertNetwork(services.db, { name: "STO Deventer", kind: "sto_regio" });
  utrecht = { id: u.id, slug: u.slug };
  deventer = { id: d.id, slug: d.slug };
  school = (await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" })).id;
  coordinator = await insertPerson(services.db, "coordinator");
  otherCoordinator = await insertPerson(services.db, "coordinator-deventer");
  teacher = await insertPerson(services.db, "docent");
  admin = await insertPerson(services.db, "beheer", "admin");
  await insertCoordinator(services.db, utrecht.id, coordinator);
  await insertCoordinator(services.db, deventer.id, otherCoordinator);
  await insertMembership(services.db, teacher, school, "admin");
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("a coordinator sets the network's deadline for answers", () => {
  it("starts at the default of 5 working days", async () => {
    expect(await getNetworkSettings(services, coordinator, { slug: utrecht.slug })).toMatchObject({ escalationWorkingDays: 5, isDefault: true, network: { name: "TechNet Utrecht" } });
    expect((await listNetworkRequests(services, coordinator)).networks).toEqual([expect.objectContaining({ slug: utrecht.slug, escalationWorkingDays: 5 })]);
  });

  it("saves it for her own network only; others are refused", async () => {
    await updateEscalationDeadline(services, coordinator, { escalationWorkingDays: 2, slug: utrecht.slug });
    expect(await getNetworkSettings(services, coordinator, { slug: utrecht.slug })).toMatchObject({ escalationWorkingDays: 2, isDefault: false });
    // Saving again updates the one row.
    await updateEscalationDeadline(services, coordinator, { escalationWorkingDays: 3, slug: utrecht.slug });
    await updateEscalationDeadline(services, coordinator, { escalationWorkingDays: 2, slug: utrecht.slug });
    expect(await services.db.select().from(networkSetting).where(eq(networkSetting.networkId, utrecht.id))).toHaveLength(1);

    expect((await refusal(updateEscalationDeadline(services, otherCoordinator, { escalationWorkingDays: 9, slug: utrecht.slug }))).kind).toBe("forbidden");
    expect((await refusal(updateEscalationDeadline(services, teacher, { escalationWorkingDays: 9, slug: utrecht.slug }))).kind).toBe("forbidden");
    expect((await refusal(updateEscalationDeadline(services, null, { escalationWorkingDays: 9, slug: utrecht.slug }))).kind).toBe("forbidden");
    expect((await refusal(getNetworkSettings(services, otherCoordinator, { slug: utrecht.slug }))).kind).toBe("forbidden");
    expect((await refusal(getNetworkSettings(services, coordinator, { slug: "bestaat-niet" }))).kind).toBe("not_found");
    expect((await getNetworkSettings(services, coordinator, { slug: utrecht.slug })).escalationWorkingDays).toBe(2);
    // A platform admin may set any network's.
    await updateEscalationDeadline(services, admin, { escalationWorkingDays: 10, slug: deventer.slug });
    expect((await getNetworkSettings(services, otherCoordinator, { slug: deventer.slug })).escalationWorkingDays).toBe(10);
  });

  it("is the deadline the reliability sweep escalates by", async () => {
    services.clock.set(new Date("2026-06-01T09:00:00+02:00"));
    const inUtrecht = await openRequest(utrecht.id, "Lassen in Utrecht");
    const inDeventer = await openRequest(deventer.id, "Lassen in Deventer");

    services.clock.set(new Date("2026-06-02T09:00:00+02:00")); // 1 working day
    await sweepReliability(services, null);
    expect(await escalated(inUtrecht)).toBe(false);

    services.clock.set(new Date("2026-06-03T09:00:00+02:00")); // 2 working days: Utrecht's deadline
    await sweepReliability(services, null);
    expect(await escalated(inUtrecht)).toBe(true);
    expect(await escalated(inDeventer)).toBe(false);

    services.clock.set(new Date("2026-06-12T09:00:00+02:00")); // 9 working days: still within Deventer's 10
    await sweepReliability(services, null);
    expect(await escalated(inDeventer)).toBe(false);
    services.clock.set(new Date("2026-06-15T09:00:00+02:00")); // 10 working days
    await sweepReliability(services, null);
    expect(await escalated(inDeventer)).toBe(true);
  });
});
