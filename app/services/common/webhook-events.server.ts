import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { webhookBody, type WebhookEventData, type WebhookEventType } from "~/domain/webhooks/events.ts";

export type WebhookEvent = { organisationId: string; type: WebhookEventType; data: WebhookEventData };

/**
 * Records an event for the organisation's active subscriptions to its type: one delivery row each,
 * inserted with the caller's transaction (an outbox), so a rolled-back change sends nothing and a
 * committed one is sent by the webhooks.deliver job (ADR 031). One statement; nothing when the
 * organisation subscribed to nothing.
 */
export async function emitWebhookEvent(tx: Db, services: Pick<AppServices, "clock">, event: WebhookEvent): Promise<void> {
  const now = services.clock.now();
  const body = webhookBody({ id: crypto.randomUUID(), type: event.type, at: now, data: event.data });
  await tx.execute(sql`
    insert into webhook_delivery (subscription_id, event_type, body, next_attempt_at, created_at)
    select id, ${event.type}, ${body}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from webhook_subscription
    where organisation_id = ${event.organisationId} and status = 'active' and ${event.type} = any(event_types)`);
}
