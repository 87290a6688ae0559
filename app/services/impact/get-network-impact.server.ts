import type { Actor, AppServices } from "~/context.ts";
import { can } from "~/services/common/permissions.server.ts";
import { findNetwork, impactFigures } from "./helpers/impact-rows.server.ts";

/** Public figures of a network per school year, computed from what took place. */
export async function getNetworkImpact(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  const net = await findNetwork(db, input.slug);
  const [figures, isCoordinator] = await Promise.all([impactFigures(db, net.id, services.clock.now()), can(db, actor, "network.manage", { networkId: net.id })]);
  return { network: net, figures, isCoordinator };
}
