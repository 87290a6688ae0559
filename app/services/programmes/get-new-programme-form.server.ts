import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { startableNetworks } from "./helpers/access.server.ts";

/** The networks the actor may start a programme for; none means they may not start one (403). */
export async function getNewProgrammeForm(services: Pick<AppServices, "db">, actor: Actor) {
  const networks = await startableNetworks(services.db, actor);
  if (networks.length === 0) throw forbidden();
  return { networks };
}
