import type { JobDefinition } from "~/jobs/registry.server.ts";
import { removeOldWebhookDeliveries } from "./remove-old-webhook-deliveries.server.ts";
import { sweepWebhookDeliveries } from "./sweep-webhook-deliveries.server.ts";

export const WEBHOOKS_DELIVER = "webhooks.deliver";

/**
 * Every minute: send the deliveries that are due (new ones and retries), then remove delivered
 * rows older than 30 days. The outbox rows are written in the events' own transactions; this job
 * is the only sender (ADR 031).
 */
export const webhookJobs: JobDefinition[] = [
  {
    name: WEBHOOKS_DELIVER,
    cron: "* * * * *",
    async run(services) {
      await sweepWebhookDeliveries(services, null);
      await removeOldWebhookDeliveries(services, null);
    },
  },
];
