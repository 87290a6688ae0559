import type { JobDefinition } from "~/jobs/registry.server.ts";
import { expireViewSalts } from "./expire-view-salts.server.ts";

export const NEWS_ROTATE_SALT = "news.rotate-view-salt";

/**
 * The news area's jobs, as app/jobs/registry.server.ts collects them from every area (not a
 * use-case: each job calls one, with no actor).
 *
 * Shortly after midnight (Amsterdam) yesterday's view salt is deleted; today's is made on first use.
 */
export const newsJobs: JobDefinition[] = [
  {
    name: NEWS_ROTATE_SALT,
    cron: "5 0 * * *",
    async run(services) {
      await expireViewSalts(services, null);
    },
  },
];
