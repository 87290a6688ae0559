import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { insertPerson } from "../support/people.ts";
import { createTestServices } from "../support/services.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { lessonRequest, membership, network, networkCoordinator, networkSetting, organisation, requestEscalation } from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import { getNetworkSettings } from "~/services/appointments/get-network-settings.server.ts";
import { listNetworkRequests } from "~/services/appointments/list-network-requests.server.ts";
import { updateEscalationDeadline } from "~/services/appointments/update-escalation-deadline.server.ts";
import { sweepReliability } from "~/services/appointments/sweep-reliability.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;
let utrecht: { id: string; slug: string };
let deventer: { id: string; slug: string };
let school: string;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let teacher: SessionUser;
let admin: SessionUser;

const person = (label: string, role?: "user" | "admin") => insertPerson(services.db, label, role);

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

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
  const [u] = await services.db.insert(network).values({ slug: `technet-utrecht-${++n}`, name: "TechNet Utrecht", kind: "technet" }).returning();
  const [d] = await services.db.insert(network).values({ slug: `sto-deventer-${++n}`, name: "STO Deventer", kind: "sto_regio" }).returning();
  utrecht = { id: u!.id, slug: u!.slug };
  deventer = { id: d!.id, slug: d!.slug };
  const [s] = await services.db.insert(organisation).values({ slug: `vmbo-${++n}`, name: "Vmbo De Brug", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" }).returning();
  school = s!.id;
  coordinator = await person("coordinator");
  otherCoordinator = await person("coordinator-deventer");
  teacher = await person("docent");
  admin = await person("beheer", "admin");
  await services.db.insert(networkCoordinator).values([
    { networkId: utrecht.id, userId: coordinator.id },
    { networkId: deventer.id, userId: otherCoordinator.id },
  ]);
  await services.db.insert(membership).values({ userId: teacher.id, organisationId: school, role: "admin" });
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
