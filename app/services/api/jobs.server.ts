import type { JobDefinition } from "~/jobs/registry.server.ts";
import { sweepExpiringApiKeys } from "./sweep-expiring-api-keys.server.ts";
import { sweepRateLimits } from "./sweep-rate-limits.server.ts";

export const API_RATE_LIMIT_SWEEP = "api.rate-limit-sweep";
export const API_KEY_EXPIRY = "api.key-expiry";

/**
 * The api area's jobs, as app/jobs/registry.server.ts collects them. Every ten minutes the rate
 * limit's buckets of past windows go, so the table holds about one row per active client. Every
 * hour the makers of keys that stop working within a week are told (once per key).
 */
export const apiJobs: JobDefinition[] = [
  {
    name: API_RATE_LIMIT_SWEEP,
    cron: "*/10 * * * *",
    async run(services) {
      await sweepRateLimits(services, null);
    },
  },
  {
    name: API_KEY_EXPIRY,
    cron: "23 * * * *",
    async run(services) {
      await sweepExpiringApiKeys(services, null);
    },
  },
];
