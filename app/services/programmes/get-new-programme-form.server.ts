import type { Actor, AppServices } from "~/context.ts";
import type { NetworkChoiceQuery } from "~/domain/common/network-choice.ts";
import { chooseNetwork, choosableNetworks } from "~/services/common/network-choice.server.ts";

/**
 * The network a new programme's form offers (ADR 024, tenth pass): the networks the actor
 * coordinates, every network for a platform administrator (found by name when there are many).
 * None to choose from means they may not start one (403).
 */
export async function getNewProgrammeForm(services: Pick<AppServices, "db">, actor: Actor, input: NetworkChoiceQuery = { slug: null, query: "" }) {
  const choice = await chooseNetwork(services.db, await choosableNetworks(services.db, actor, "programme.manage"), input);
  return { choice };
}
