import type { Actor, AppServices } from "~/context.ts";
import { aggregateImpact } from "~/domain/impact/impact.ts";
import { can } from "~/services/common/permissions.server.ts";
import { appointmentRows, eventVisitRows, findNetwork, registrationRows } from "./helpers/impact-rows.server.ts";

/** Public figures of a network per school year, computed from what took place. */
export async function getNetworkImpact(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  const net = await findNetwork(db, input.slug);
  const [appointments, registrations, eventVisits] = await Promise.all([
    appointmentRows(db, net.id),
    registrationRows(db, net.id),
    eventVisitRows(db, net.id),
  ]);
  return {
    network: net,
    figures: aggregateImpact({ appointments, registrations, eventVisits, now: services.clock.now() }),
    isCoordinator: await can(db, actor, "network.manage", { networkId: net.id }),
  };
}
