import type { Actor, AppServices } from "~/context.ts";
import { managedProgrammeView, projectOf } from "./helpers/programme-view.server.ts";

/** A project of a programme the actor runs, for its editor pages; the number comes from the address. */
export async function getProjectEditor(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { programmeSlug: string; projectPosition: number }) {
  const programme = await managedProgrammeView(services, actor, input.programmeSlug);
  return { programme, project: projectOf(programme, input.projectPosition) };
}
