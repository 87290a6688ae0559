import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, signUpUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { assignmentRun, event, eventAssignment } from "~/db/schema/index.ts";
import { generateEventInstance, insertGeneratedEvent } from "~/db/seed/generated-event.ts";
import { checkResult } from "~/domain/events/assignment/checker.ts";
import { solveGreedy } from "~/domain/events/assignment/solve.ts";
import type { Result } from "~/domain/events/assignment/types.ts";
import { createAssignmentRun } from "~/services/events/create-assignment-run.server.ts";
import { getAssignmentReview } from "~/services/events/get-assignment-review.server.ts";
import { loadEventInstance } from "~/services/events/helpers/event-instance.server.ts";
import { ASSIGNMENT_RUN_JOB, eventJobs } from "~/services/events/jobs.server.ts";

/**
 * The national event day at full size (10,000 pupils in 400 groups, pupil
 * capacities) through the real path: entries in the database, the coordinator
 * starts the run, the job loads the instance, solves it in the worker, stores
 * the assignment, and the assignment page reads it back.
 */
describe(`a 10,000-pupil event through the job (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  const instance = generateEventInstance({ groups: 400, slots: 600, seed: 13, pupils: 10_000 });

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(new Date("2027-02-01T10:00:00+01:00"));
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@landelijk.test" });
    const networkId = (await insertNetwork(services.db, { slug: "technet-landelijk", name: "TechNet Landelijk" })).id;
    await insertCoordinator(services.db, networkId, coordinator);
    await services.jobs.start([ASSIGNMENT_RUN_JOB]);
    await insertGeneratedEvent(services.db, instance, { slug: "techniekdag-groot", name: "Techniekdag groot", networkId, date: "2027-03-18", now: services.clock.now() });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("the generated event holds 10,000 pupils in 400 groups and loads back as the same problem", async () => {
    expect(instance.groups.reduce((sum, g) => sum + g.size, 0)).toBe(10_000);
    const [row] = await services.db.select().from(event).where(eq(event.slug, "techniekdag-groot"));
    const loaded = (await loadEventInstance(services.db, row!)).instance;
    expect(loaded.groups.map((g) => [g.size, g.level, g.windows, g.maxKm])).toEqual(instance.groups.map((g) => [g.size, g.level, g.windows, g.maxKm]));
    expect(loaded.slots.map((s) => [s.capacity, s.maxGroups, s.window, s.sector])).toEqual(instance.slots.map((s) => [s.capacity, s.maxGroups, s.window, s.sector]));
    // Ids differ (rows have uuids), the problem does not: the same greedy baseline.
    expect(solveGreedy(loaded).objective).toBe(solveGreedy(instance).objective);
  });

  it("is assigned by the job; the stored result is valid, beats the greedy baseline and is what the page shows", async () => {
    const { runId } = await createAssignmentRun(services, coordinator, { slug: "techniekdag-groot" });
    const ran = await services.jobs.drain(ASSIGNMENT_RUN_JOB, (data) => eventJobs[0]!.run(services, data as Record<string, unknown>));
    expect(ran).toBe(1);
    const [run] = await services.db.select().from(assignmentRun).where(eq(assignmentRun.id, runId));
    expect(run!.error).toBeNull();
    expect(run!.status).toBe("done");
    expect(run!.groupCount).toBe(400);
    const result = run!.result as unknown as Result;

    const [row] = await services.db.select().from(event).where(eq(event.slug, "techniekdag-groot"));
    const { instance: loaded } = await loadEventInstance(services.db, row!);
    expect(checkResult(loaded, result)).toEqual([]);
    expect(result.objective).toBe(run!.objective);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.objective);
    expect(result.objective).toBeGreaterThan(solveGreedy(loaded).objective);

    // What is stored per group is the engine's result, nothing more or less.
    const stored = await services.db.select({ groupId: eventAssignment.groupId, slotId: eventAssignment.slotId, runId: eventAssignment.runId }).from(eventAssignment).where(eq(eventAssignment.eventId, row!.id));
    expect(stored.every((a) => a.runId === runId)).toBe(true);
    const byGroup = (list: { groupId: string; slotId: string }[]) => list.map((a) => `${a.groupId}:${a.slotId}`).sort();
    expect(byGroup(stored)).toEqual(byGroup(result.assignments));

    const review = await getAssignmentReview(services, coordinator, { slug: "techniekdag-groot" });
    expect(review.run).toMatchObject({ status: "done", objective: result.objective, groupCount: 400 });
    expect(review.totals).toMatchObject({ groups: 400, assigned: result.assignments.length, unassigned: result.unassigned.length });
    expect(review.stats.firstChoice).toBeCloseTo(result.stats.firstChoice, 4);
  }, 120_000);
});
