import type { JobDefinition } from "~/jobs/registry.server.ts";
import { deleteOldViewSalts } from "./record-article-view.server.ts";

export const NEWS_ROTATE_SALT = "news.rotate-view-salt";

/** Shortly after midnight (Amsterdam) yesterday's view salt is deleted; today's is made on first use. */
export const newsJobs: JobDefinition[] = [
  {
    name: NEWS_ROTATE_SALT,
    cron: "5 0 * * *",
    async run(services) {
      await deleteOldViewSalts(services);
    },
  },
];
