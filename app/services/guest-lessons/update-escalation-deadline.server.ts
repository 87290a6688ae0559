import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkSetting } from "~/db/schema/index.ts";
import type { EscalationSettingsInput } from "~/domain/guest-lessons/escalation-settings.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { recordAudit } from "~/services/common/audit.server.ts";

/**
 * A coordinator sets how many working days a company has to answer a school in her network.
 * The reliability sweep reads network_setting on every run, so the new deadline holds from its
 * next run on, for requests already waiting too.
 */
export async function updateEscalationDeadline(services: AppServices, actor: Actor, input: EscalationSettingsInput & { slug: string }) {
  const [row] = await services.db.select({ id: network.id }).from(network).where(eq(network.slug, input.slug)).limit(1);
  if (!row) throw notFound("networkSettings.notFound");
  await requirePermission(services.db, actor, "network.manage", { networkId: row.id });
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const [before] = await tx.select().from(networkSetting).where(eq(networkSetting.networkId, row.id)).for("update");
    const [saved] = await tx
      .insert(networkSetting)
      .values({ networkId: row.id, escalationWorkingDays: input.escalationWorkingDays, updatedAt: now })
      .onConflictDoUpdate({ target: networkSetting.networkId, set: { escalationWorkingDays: input.escalationWorkingDays, updatedAt: now } })
      .returning();
    await recordAudit(tx, actor, "network.settings", { type: "network", id: row.id, label: input.slug }, before ?? null, saved);
    return saved!;
  });
}
