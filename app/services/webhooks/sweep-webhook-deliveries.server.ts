import { inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { webhookSubscription } from "~/db/schema/index.ts";
import { isDelivered, WEBHOOK_TIMEOUT_MS } from "~/domain/webhooks/schedule.ts";
import { webhookPrivateAllowed } from "~/lib/env.server.ts";
import { postWebhook, type AttemptResult } from "~/lib/webhooks/http-delivery.server.ts";
import { webhookHeaders } from "~/lib/webhooks/signature.server.ts";
import { recordAttempt, type ClaimedDelivery } from "./helpers/record-attempt.server.ts";
import { readSecret } from "./helpers/secrets.server.ts";

/** Deliveries taken per sweep, and sent at the same time; a slow receiver holds one of these only. */
export const SWEEP_BATCH = 50;
const PARALLEL = 5;
/** A claimed delivery is not taken again for this long, so an instance that dies mid-attempt only delays it. */
const LEASE_MS = 5 * 60_000;

/**
 * Sends every delivery that is due (the webhooks.deliver job, every minute): claims a batch
 * (SKIP LOCKED, so two instances never take the same one), signs each body per Standard Webhooks
 * with its subscription's secret (and for a day after a roll the previous one too) and POSTs it, then records the outcome. Business time (what is
 * due, the backoff, the pause) is services.clock; the signature's timestamp is the wall clock,
 * which the receiver compares with its own (ADR 031).
 */
export async function sweepWebhookDeliveries(services: AppServices, _actor: Actor, input: { limit?: number } = {}) {
  const now = services.clock.now();
  const claimed = await services.db.transaction((tx) =>
    queryRows<{ id: string; subscription_id: string; body: string; attempts: number; created_at: string | Date }>(
      tx,
      sql`update webhook_delivery d set next_attempt_at = ${new Date(now.getTime() + LEASE_MS).toISOString()}::timestamptz
          where d.id in (
            select d2.id from webhook_delivery d2
            join webhook_subscription s on s.id = d2.subscription_id
            where d2.status = 'pending' and s.status = 'active' and d2.next_attempt_at <= ${now.toISOString()}::timestamptz
            order by d2.next_attempt_at
            limit ${input.limit ?? SWEEP_BATCH}
            for update of d2 skip locked)
          returning d.id, d.subscription_id, d.body, d.attempts, d.created_at`,
    ),
  );
  if (claimed.length === 0) return { attempted: 0, delivered: 0 };

  const subscriptionIds = [...new Set(claimed.map((c) => c.subscription_id))];
  const subscriptions = new Map(
    (
      await services.db
        .select({
          id: webhookSubscription.id,
          url: webhookSubscription.url,
          secretEncrypted: webhookSubscription.secretEncrypted,
          previousSecretEncrypted: webhookSubscription.previousSecretEncrypted,
          previousSecretUntil: webhookSubscription.previousSecretUntil,
        })
        .from(webhookSubscription)
        .where(inArray(webhookSubscription.id, subscriptionIds))
    ).map((s) => [s.id, s]),
  );
  const allowPrivate = webhookPrivateAllowed(services.env);
  let delivered = 0;

  async function attempt(row: (typeof claimed)[number]) {
    const subscription = subscriptions.get(row.subscription_id);
    if (!subscription) return; // deleted meanwhile: its deliveries went with it
    let result: AttemptResult;
    try {
      const secrets = [readSecret(services, subscription.secretEncrypted)];
      // A secret rolled less than a day ago still signs beside the new one (reset-webhook-secret).
      if (subscription.previousSecretEncrypted && subscription.previousSecretUntil && subscription.previousSecretUntil > now) {
        secrets.push(readSecret(services, subscription.previousSecretEncrypted));
      }
      result = await postWebhook(subscription.url, webhookHeaders(secrets, row.id, new Date(), row.body), row.body, { allowPrivate, timeoutMs: WEBHOOK_TIMEOUT_MS });
    } catch (error) {
      // The secret was sealed under another auth secret: the administrator rolls it.
      result = { statusCode: null, error: `not sent: ${error instanceof Error ? error.message : String(error)}` };
    }
    const delivery: ClaimedDelivery = { id: row.id, subscriptionId: row.subscription_id, attempts: Number(row.attempts), createdAt: new Date(row.created_at) };
    await recordAttempt(services, delivery, result);
    if (isDelivered(result.statusCode)) delivered++;
  }

  for (let i = 0; i < claimed.length; i += PARALLEL) await Promise.all(claimed.slice(i, i + PARALLEL).map(attempt));
  return { attempted: claimed.length, delivered };
}
