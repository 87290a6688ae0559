import { and, asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator, networkSetting } from "~/db/schema/index.ts";
import { effectiveEscalationDays } from "~/domain/guest-lessons/escalation-settings.ts";
import { forbidden } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** The networks this user coordinates (every network for a platform admin); anyone else is refused. */
export async function coordinatedNetworks(services: AppServices, actor: Actor) {
  if (!actor) throw forbidden();
  const columns = { id: network.id, slug: network.slug, name: network.name, escalationWorkingDays: networkSetting.escalationWorkingDays };
  // Holding the permission outside any network: a platform admin, who sees every network.
  const found =
    (await can(services.db, actor, "appointment.coordinate"))
      ? await services.db.select(columns).from(network).leftJoin(networkSetting, eq(networkSetting.networkId, network.id)).where(activeNetwork()).orderBy(asc(network.name))
      : await services.db
          .select(columns)
          .from(networkCoordinator)
          .innerJoin(network, eq(network.id, networkCoordinator.networkId))
          .leftJoin(networkSetting, eq(networkSetting.networkId, network.id))
          .where(and(eq(networkCoordinator.userId, actor.id), activeNetwork()))
          .orderBy(asc(network.name));
  const networks = found.map((n) => ({ ...n, escalationWorkingDays: effectiveEscalationDays(n.escalationWorkingDays) }));
  if (networks.length === 0) throw forbidden();
  return networks;
}
