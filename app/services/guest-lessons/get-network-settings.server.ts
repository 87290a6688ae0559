import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkSetting } from "~/db/schema/index.ts";
import { effectiveEscalationDays } from "~/domain/guest-lessons/escalation-settings.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** The guest-lesson settings of one network, for its coordinators (and platform admins). */
export async function getNetworkSettings(services: AppServices, actor: Actor, input: { slug: string }) {
  const [row] = await services.db
    .select({ id: network.id, slug: network.slug, name: network.name, escalationWorkingDays: networkSetting.escalationWorkingDays })
    .from(network)
    .leftJoin(networkSetting, eq(networkSetting.networkId, network.id))
    .where(eq(network.slug, input.slug))
    .limit(1);
  if (!row) throw notFound("networkSettings.notFound");
  await requirePermission(services.db, actor, "network.manage", { networkId: row.id });
  return {
    network: { id: row.id, slug: row.slug, name: row.name },
    escalationWorkingDays: effectiveEscalationDays(row.escalationWorkingDays),
    isDefault: row.escalationWorkingDays === null,
  };
}
