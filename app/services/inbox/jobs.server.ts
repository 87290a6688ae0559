import type { JobDefinition } from "~/jobs/registry.server.ts";
import { sweepDigests } from "./sweep-digests.server.ts";

export const INBOX_DIGEST = "inbox.digest";

/**
 * The inbox area's jobs, as app/jobs/registry.server.ts collects them from every area.
 *
 * Every morning at seven (Amsterdam) each person who chose the daily digest gets one mail with
 * what waited for it since the day before.
 */
export const inboxJobs: JobDefinition[] = [
  {
    name: INBOX_DIGEST,
    cron: "0 7 * * *",
    async run(services) {
      await sweepDigests(services, null);
    },
  },
];
