import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event, eventAssignment } from "~/db/schema/index.ts";
import { timeLimitForGroups } from "~/domain/events/assignment/solve.ts";
import type { Progress, Result } from "~/domain/events/assignment/types.ts";
import { log } from "~/lib/log.server.ts";
import { loadEventInstance } from "./helpers/event-instance.server.ts";
import { solveInWorker } from "./helpers/solve-in-worker.server.ts";

/** Progress is written at most this often (or on a jump of this size), not on every engine tick. */
const PROGRESS_INTERVAL_MS = 250;
const PROGRESS_STEP = 0.05;

type Solver = (instance: Parameters<typeof solveInWorker>[0], options: Parameters<typeof solveInWorker>[1]) => Promise<Result>;

/**
 * The background job: builds the instance from what is entered now (with
 * the locked assignments), solves it in a worker thread, records progress on
 * the run, then replaces the unlocked assignments by the engine's in one
 * transaction. Locked assignments stay as they are.
 */
export async function assignGroups(services: AppServices, _actor: Actor, input: { runId: string; solve?: Solver; timeLimitMs?: number }) {
  const { runId, ...options } = input;
  const claimed = await services.db
    .update(assignmentRun)
    .set({ status: "running", startedAt: services.clock.now(), phase: "build", progress: 0 })
    .where(and(eq(assignmentRun.id, runId), eq(assignmentRun.status, "queued")))
    .returning({ id: assignmentRun.id, eventId: assignmentRun.eventId });
  // Already taken (a retry after a crash, or a duplicate delivery): nothing to do.
  if (claimed.length === 0) return;
  const eventId = claimed[0]!.eventId;
  try {
    const [row] = await services.db.select().from(event).where(eq(event.id, eventId));
    if (!row) throw new Error("event is gone");
    const { instance } = await loadEventInstance(services.db, row);
    await services.db
      .update(assignmentRun)
      .set({ groupCount: instance.groups.length, slotCount: instance.slots.length })
      .where(eq(assignmentRun.id, runId));

    let lastWrite = 0;
    let lastFraction = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const onProgress = (p: Progress) => {
      const now = Date.now();
      if (now - lastWrite < PROGRESS_INTERVAL_MS && p.fraction - lastFraction < PROGRESS_STEP) return;
      lastWrite = now;
      lastFraction = p.fraction;
      // Writes are chained so they land in order and never overlap on one connection.
      pending = pending.then(() =>
        services.db
          .update(assignmentRun)
          .set({ progress: Math.min(p.fraction, 0.99), phase: p.phase, objective: p.objective ?? null, upperBound: p.upperBound ?? null })
          .where(eq(assignmentRun.id, runId))
          .catch((error) => log.warn("progress write failed", { error: String(error) })),
      );
    };
    const solve = options.solve ?? solveInWorker;
    const result = await solve(instance, { timeLimitMs: options.timeLimitMs ?? timeLimitForGroups(instance.groups.length), onProgress });
    await pending;

    const lockedGroups = new Set((instance.locked ?? []).map((l) => l.groupId));
    await services.db.transaction(async (tx) => {
      const fresh = result.assignments.filter((a) => !lockedGroups.has(a.groupId));
      const keep = [...lockedGroups, ...fresh.map((a) => a.groupId)];
      // Unlocked assignments the engine did not make again are gone (the group is now unassigned).
      await tx
        .delete(eventAssignment)
        .where(and(eq(eventAssignment.eventId, eventId), eq(eventAssignment.locked, false), keep.length ? notInArray(eventAssignment.groupId, keep) : sql`true`));
      const now = services.clock.now();
      for (let i = 0; i < fresh.length; i += 500) {
        const chunk = fresh.slice(i, i + 500);
        await tx
          .insert(eventAssignment)
          .values(chunk.map((a) => ({ eventId, groupId: a.groupId, slotId: a.slotId, locked: false, source: "engine" as const, runId, updatedAt: now })))
          .onConflictDoUpdate({
            target: eventAssignment.groupId,
            set: { slotId: sql`excluded.slot_id`, source: sql`excluded.source`, runId: sql`excluded.run_id`, updatedAt: sql`excluded.updated_at` },
            // A lock set while the engine ran wins over the engine.
            setWhere: sql`${eventAssignment.locked} = false`,
          });
      }
      if (lockedGroups.size) {
        await tx
          .update(eventAssignment)
          .set({ runId })
          .where(and(eq(eventAssignment.eventId, eventId), inArray(eventAssignment.groupId, [...lockedGroups])));
      }
      await tx
        .update(assignmentRun)
        .set({
          status: "done",
          progress: 1,
          phase: "done",
          objective: result.objective,
          upperBound: result.upperBound,
          optimal: result.optimal,
          stats: result.stats,
          result: result as unknown as Record<string, unknown>,
          finishedAt: services.clock.now(),
        })
        .where(eq(assignmentRun.id, runId));
    });
  } catch (error) {
    log.error("assignment run failed", { runId, error: String(error) });
    await services.db
      .update(assignmentRun)
      .set({ status: "failed", error: error instanceof Error ? error.message : String(error), finishedAt: services.clock.now() })
      .where(eq(assignmentRun.id, runId));
  }
}
