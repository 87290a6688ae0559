import type { Actor, AppServices } from "~/context.ts";
import type { NetworkChoiceQuery } from "~/domain/common/network-choice.ts";
import { chooseNetwork, choosableNetworks } from "~/services/common/network-choice.server.ts";

/**
 * The network a new event's form offers (ADR 024, tenth pass): the networks a coordinator runs, or
 * every network for whoever holds `event.manage_everywhere` (a platform administrator),
 * found by name when there are many. None to choose from means they may not create one (403).
 */
export async function getNewEventForm(services: Pick<AppServices, "db">, actor: Actor, input: NetworkChoiceQuery = { slug: null, query: "" }) {
  const choice = await chooseNetwork(services.db, await choosableNetworks(services.db, actor, "event.manage"), input);
  return { choice };
}
