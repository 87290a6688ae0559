import { desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun } from "~/db/schema/index.ts";
import type { Result, UnassignedReason } from "~/domain/events/assignment/types.ts";
import { assignmentStats, distanceKm, feasibleSlotsFor, preferenceRankOf } from "~/domain/events/instance.ts";
import { paging } from "~/domain/common/paging.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { loadEventInstance } from "./helpers/event-instance.server.ts";

/**
 * Groups per page, a school's classes together. Each row carries its forms and the slots it may
 * move to: at 100 a page the 10,000-pupil event sent 1.2 MB per page (ADR 019).
 */
export const REVIEW_PAGE_SIZE = 25;
/** The nearest slots a group fits, offered to move it to by hand (its current slot is always offered too). */
export const MOVE_OPTIONS = 12;

/**
 * The coordinator's assignment page: the latest run and its progress, the
 * figures for the assignment as it stands (moves by hand included), and one
 * page of groups with where they go, why not, and where they could go instead.
 */
export async function getAssignmentReview(services: AppServices, actor: Actor, input: { slug: string; page?: number; onlyUnassigned?: boolean }) {
  const { slug, ...options } = input;
  const row = await requireEventCoordinator(services.db, actor, slug);
  const [run] = await services.db
    .select()
    .from(assignmentRun)
    .where(eq(assignmentRun.eventId, row.id))
    .orderBy(desc(assignmentRun.createdAt))
    .limit(1);
  const { instance, slots, groups, assignments } = await loadEventInstance(services.db, row);
  const pairs = assignments.map((a) => ({ groupId: a.groupId, slotId: a.slotId }));
  const stats = assignmentStats(instance, pairs);
  const lastResult = run?.status === "done" ? (run.result as unknown as Result | null) : null;
  const reasonOf = new Map<string, UnassignedReason>((lastResult?.unassigned ?? []).map((u) => [u.groupId, u.reason]));
  const byGroup = new Map(assignments.map((a) => [a.groupId, a]));
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const windowLabel = new Map(row.windows.map((w) => [w.key, w.label]));

  const unassignedCount = groups.length - assignments.length;
  const listed = (options.onlyUnassigned ? groups.filter((g) => !byGroup.has(g.id)) : [...groups]).sort(
    (a, b) => a.schoolName.localeCompare(b.schoolName, "nl") || a.label.localeCompare(b.label, "nl", { numeric: true }) || (a.id < b.id ? -1 : 1),
  );
  const { page, pageCount, offset, beyond } = paging(options.page ?? 1, listed.length, REVIEW_PAGE_SIZE);
  const slotLabel = (id: string) => {
    const s = slotById.get(id)!;
    return `${s.hostName} – ${windowLabel.get(s.window) ?? s.window} – ${s.activity}`;
  };
  const rows = listed.slice(offset, offset + REVIEW_PAGE_SIZE).map((g) => {
    const current = byGroup.get(g.id);
    const feasible = feasibleSlotsFor(instance, g.id, pairs)
      .map((id) => ({ id, km: distanceKm(instance, g.id, id) ?? 0 }))
      .sort((a, b) => a.km - b.km)
      .slice(0, MOVE_OPTIONS);
    return {
      id: g.id,
      schoolName: g.schoolName,
      label: g.label,
      size: g.size,
      level: g.level,
      slotId: current?.slotId ?? null,
      slotLabel: current ? slotLabel(current.slotId) : null,
      locked: current?.locked ?? false,
      source: current?.source ?? null,
      rank: current ? preferenceRankOf(instance, g.id, current.slotId) : -1,
      km: current ? distanceKm(instance, g.id, current.slotId) : null,
      reason: current ? null : (reasonOf.get(g.id) ?? null),
      options: feasible.map((f) => ({ id: f.id, label: `${slotLabel(f.id)} (${Math.round(f.km)} km)` })),
    };
  });
  return {
    event: { slug: row.slug, name: row.name, status: row.status, publishedAt: row.publishedAt?.toISOString() ?? null },
    run: run
      ? {
          id: run.id,
          status: run.status,
          progress: run.progress,
          phase: run.phase,
          objective: run.objective,
          upperBound: run.upperBound,
          optimal: run.optimal,
          error: run.error,
          groupCount: run.groupCount,
          slotCount: run.slotCount,
          startedAt: run.startedAt?.toISOString() ?? null,
          finishedAt: run.finishedAt?.toISOString() ?? null,
          solveMs: (run.result as { timings?: { totalMs?: number } } | null)?.timings?.totalMs ?? null,
        }
      : null,
    stats,
    totals: { groups: groups.length, slots: slots.length, assigned: assignments.length, unassigned: unassignedCount, locked: assignments.filter((a) => a.locked).length },
    rows,
    page,
    pageCount,
    beyond,
    onlyUnassigned: options.onlyUnassigned ?? false,
  };
}
