import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/**
 * A project the actor may report on (progress updates, milestones): its team and the programme's
 * coordinators. The project route checks it before a form is read, so anyone else hears 403 (or
 * 404 for a project that does not exist), not a field error.
 */
export async function getReportableProject(services: Pick<AppServices, "db">, actor: Actor, input: { programmeSlug: string; projectPosition: number }) {
  if (!actor) throw forbidden();
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  return found;
}
