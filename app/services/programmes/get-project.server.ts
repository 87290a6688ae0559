import type { Actor, AppServices } from "~/context.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { programmeView, projectOf } from "./helpers/programme-view.server.ts";

/** One project's page: the project in its programme, and whether the actor may report on it (its team, the coordinators). */
export async function getProject(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { programmeSlug: string; projectPosition: number }) {
  const programme = await programmeView(services, actor, input.programmeSlug);
  const project = projectOf(programme, input.projectPosition);
  const canReport = await canReportOnProject(services.db, actor, programme.network.id, project.id);
  return { programme, project, canReport };
}
