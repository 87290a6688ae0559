import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { listCoordinatedNetworks } from "./list-coordinated-networks.server.ts";

/** The networks a coordinator can create an event for; none means they may not create one. */
export async function getNewEventForm(services: AppServices, actor: Actor) {
  const networks = await listCoordinatedNetworks(services, actor);
  if (networks.length === 0) throw forbidden();
  return { networks };
}
