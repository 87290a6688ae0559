/**
 * Status rules for programmes: a milestone is late when its due day has
 * passed without it being done (computed against the clock, never stored);
 * a project's RAG is that of its latest progress update; a goal is as bad as
 * its worst project.
 */
export type Rag = "green" | "amber" | "red";
export const RAGS: readonly Rag[] = ["green", "amber", "red"];
export type MilestoneState = "done" | "late" | "planned";

/** A milestone due today is not late yet; it is late from the next day on. */
export function milestoneState(m: { status: "planned" | "done"; dueOn: string }, today: string): MilestoneState {
  if (m.status === "done") return "done";
  return m.dueOn < today ? "late" : "planned";
}

const STATE_ORDER: Record<MilestoneState, number> = { late: 0, planned: 1, done: 2 };

/** Late first (longest overdue on top), then planned by due date, then done (most recent first). */
export function sortMilestones<T extends { status: "planned" | "done"; dueOn: string }>(milestones: T[], today: string): T[] {
  return [...milestones].sort((a, b) => {
    const sa = milestoneState(a, today);
    const sb = milestoneState(b, today);
    if (sa !== sb) return STATE_ORDER[sa] - STATE_ORDER[sb];
    if (sa === "done") return b.dueOn.localeCompare(a.dueOn);
    return a.dueOn.localeCompare(b.dueOn);
  });
}

export function daysLate(dueOn: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}

const RAG_WEIGHT: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** The RAG of the newest update, or null when the team has not reported yet. */
export function projectRag(updates: { rag: Rag; createdAt: Date }[]): Rag | null {
  let latest: { rag: Rag; createdAt: Date } | null = null;
  for (const u of updates) if (!latest || u.createdAt > latest.createdAt) latest = u;
  return latest?.rag ?? null;
}

/** A goal is as bad as its worst reported project; null when none has reported. */
export function worstRag(rags: (Rag | null)[]): Rag | null {
  let worst: Rag | null = null;
  for (const r of rags) if (r && (worst === null || RAG_WEIGHT[r] > RAG_WEIGHT[worst])) worst = r;
  return worst;
}

/**
 * Dashboard order within a goal: projects with late milestones first (most
 * late ones on top), then by how bad their status is, then by number.
 */
export function sortProjectsForDashboard<T extends { position: number; rag: Rag | null; lateCount: number }>(projects: T[]): T[] {
  const weight = (r: Rag | null) => (r === null ? -1 : RAG_WEIGHT[r]);
  return [...projects].sort((a, b) => b.lateCount - a.lateCount || weight(b.rag) - weight(a.rag) || a.position - b.position);
}
