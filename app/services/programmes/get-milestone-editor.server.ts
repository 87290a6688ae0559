import type { Actor, AppServices } from "~/context.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { programmeView, projectOf } from "./helpers/programme-view.server.ts";

/**
 * One milestone as its edit page shows it. Team members may correct their project's milestones,
 * as they may add them; others get forbidden.
 */
export async function getMilestoneEditor(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; milestoneId: string },
) {
  const view = await programmeView(services, actor, input.programmeSlug);
  const project = projectOf(view, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, view.network.id, project.id))) throw forbidden();
  const milestone = project.milestones.find((m) => m.id === input.milestoneId);
  if (!milestone) throw notFound("programmes.milestone.notFound");
  return { programme: { slug: view.slug, name: view.name }, project: { position: project.position, title: project.title }, milestone };
}
