import type { JobDefinition } from "~/jobs/registry.server.ts";
import { sweepWebhookDeliveries } from "./sweep-webhook-deliveries.server.ts";

export const WEBHOOKS_DELIVER = "webhooks.deliver";

/**
 * Every minute: send the deliveries that are due (new ones and retries). The outbox rows are
 * written in the events' own transactions; this job is the only sender. Finished rows are the
 * retention job's (`webhookDeliveries` in RETENTION_RULES, ADR 035), not this job's (ADR 031).
 */
export const webhookJobs: JobDefinition[] = [
  {
    name: WEBHOOKS_DELIVER,
    cron: "* * * * *",
    async run(services) {
      await sweepWebhookDeliveries(services, null);
    },
  },
];
