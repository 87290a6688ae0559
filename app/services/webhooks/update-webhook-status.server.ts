import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { webhookDelivery, webhookSubscription } from "~/db/schema/index.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";
import { lockSubscription } from "./helpers/subscription-of.server.ts";

/**
 * Pauses or resumes a subscription. A paused one gets no new deliveries; resuming it (also after
 * the platform paused it for failing) tries its waiting deliveries again at once.
 */
export async function updateWebhookStatus(services: AppServices, actor: Actor, input: { slug: string; id: string; status: "active" | "paused" }) {
  const org = await requireOrganisationPermission(services.db, actor, "webhook.manage", input.slug);
  const now = services.clock.now();
  await services.db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, org.id, input.id);
    if (input.status === "paused") {
      await tx.update(webhookSubscription).set({ status: "paused", pausedReason: "manual", updatedAt: now }).where(eq(webhookSubscription.id, subscription.id));
      return;
    }
    await tx.update(webhookSubscription).set({ status: "active", pausedReason: null, failingSince: null, updatedAt: now }).where(eq(webhookSubscription.id, subscription.id));
    await tx
      .update(webhookDelivery)
      .set({ nextAttemptAt: now })
      .where(and(eq(webhookDelivery.subscriptionId, subscription.id), eq(webhookDelivery.status, "pending")));
  });
}
