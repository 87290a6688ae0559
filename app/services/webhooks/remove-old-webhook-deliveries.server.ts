import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { WEBHOOK_DELIVERED_KEEP_MS } from "~/domain/webhooks/schedule.ts";

/** Rows removed per run: the deliver job runs every minute, so a backlog goes within hours without one long statement. */
export const REMOVE_BATCH = 1_000;

/**
 * Delivered rows older than WEBHOOK_DELIVERED_KEEP_MS go (the webhooks.deliver job, after its
 * sweep): the event reached its receiver, the page shows only recent deliveries, and the body
 * need not be kept. Pending and failed rows stay: they are what an administrator looks into.
 */
export async function removeOldWebhookDeliveries(services: AppServices, _actor: Actor) {
  const before = new Date(services.clock.now().getTime() - WEBHOOK_DELIVERED_KEEP_MS);
  const removed = await queryRows<{ id: string }>(
    services.db,
    sql`delete from webhook_delivery where id in (
          select id from webhook_delivery
          where status = 'delivered' and delivered_at < ${before.toISOString()}::timestamptz
          limit ${REMOVE_BATCH})
        returning id`,
  );
  return { removed: removed.length };
}
