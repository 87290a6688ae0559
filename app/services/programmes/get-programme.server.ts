import type { Actor, AppServices } from "~/context.ts";
import { programmeView, type ProgrammeView } from "./helpers/programme-view.server.ts";

export type { GoalView, MilestoneView, ProgrammeView, ProjectView, TeamSeat, UpdateView } from "./helpers/programme-view.server.ts";

/**
 * Everything about one programme as its dashboard shows it: each goal with its projects and their
 * status, overdue milestones first. Signed-in users only.
 */
export async function getProgramme(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string }): Promise<ProgrammeView> {
  return programmeView(services, actor, input.slug);
}
