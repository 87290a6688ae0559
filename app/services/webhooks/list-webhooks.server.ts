import { desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { webhookDelivery, webhookSubscription } from "~/db/schema/index.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";

/** How many recent deliveries the page shows (the newest across the organisation's subscriptions). */
export const RECENT_DELIVERIES = 25;

/** An organisation's subscriptions and its most recent deliveries, for its administrators. */
export async function listWebhooks(services: AppServices, actor: Actor, input: { slug: string }) {
  const org = await requireOrganisationPermission(services.db, actor, "webhook.manage", input.slug);
  const subscriptions = await services.db
    .select({
      id: webhookSubscription.id,
      url: webhookSubscription.url,
      eventTypes: webhookSubscription.eventTypes,
      status: webhookSubscription.status,
      pausedReason: webhookSubscription.pausedReason,
      failingSince: webhookSubscription.failingSince,
      createdAt: webhookSubscription.createdAt,
    })
    .from(webhookSubscription)
    .where(eq(webhookSubscription.organisationId, org.id))
    .orderBy(webhookSubscription.createdAt);
  const deliveries = await services.db
    .select({
      id: webhookDelivery.id,
      url: webhookSubscription.url,
      eventType: webhookDelivery.eventType,
      status: webhookDelivery.status,
      attempts: webhookDelivery.attempts,
      lastStatusCode: webhookDelivery.lastStatusCode,
      lastError: webhookDelivery.lastError,
      lastAttemptAt: webhookDelivery.lastAttemptAt,
      nextAttemptAt: webhookDelivery.nextAttemptAt,
      createdAt: webhookDelivery.createdAt,
    })
    .from(webhookDelivery)
    .innerJoin(webhookSubscription, eq(webhookSubscription.id, webhookDelivery.subscriptionId))
    .where(eq(webhookSubscription.organisationId, org.id))
    .orderBy(desc(webhookDelivery.createdAt))
    .limit(RECENT_DELIVERIES);
  return { organisation: org, subscriptions, deliveries };
}
