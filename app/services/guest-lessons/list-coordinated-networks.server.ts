import type { Actor, AppServices } from "~/context.ts";
import { coordinatedNetworks } from "./helpers/coordinated-networks.server.ts";

/** The networks the actor coordinates (every network for a platform admin); anyone else is refused. */
export async function listCoordinatedNetworks(services: AppServices, actor: Actor) {
  return coordinatedNetworks(services, actor);
}
