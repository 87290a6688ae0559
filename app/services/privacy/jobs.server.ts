import type { JobDefinition } from "~/jobs/registry.server.ts";
import { sweepRetention } from "./sweep-retention.server.ts";

export const PRIVACY_RETENTION = "privacy.retention";

/**
 * The privacy area's jobs. Every night at half past three (Amsterdam, when hardly anyone signs
 * in) what has passed its retention period is deleted or anonymised (ADR 035).
 */
export const privacyJobs: JobDefinition[] = [
  {
    name: PRIVACY_RETENTION,
    cron: "30 3 * * *",
    async run(services) {
      await sweepRetention(services, null);
    },
  },
];
