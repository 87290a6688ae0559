import type { Actor, AppServices } from "~/context.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";

/**
 * The network the actor may import organisations into: 404 for an unknown network, 403 for anyone
 * but its coordinators. The upload route calls it before it reads the file.
 */
export async function getOnboardingNetwork(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  return networkForOnboarding(services, actor, input.slug);
}
