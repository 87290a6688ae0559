import type { Actor, AppServices } from "~/context.ts";
import { managedProgrammeView } from "./helpers/programme-view.server.ts";

/** The programme as its editor pages show it (its fields, goals and projects); only for those who run it. */
export async function getProgrammeEditor(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string }) {
  return managedProgrammeView(services, actor, input.slug);
}
