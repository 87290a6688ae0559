import type { JobDefinition } from "~/jobs/registry.server.ts";
import { closeFinishedEvents } from "./close-finished-events.server.ts";
import { assignGroups } from "./assign-groups.server.ts";

export const ASSIGNMENT_RUN_JOB = "events.assignment-run";
export const CLOSE_FINISHED_EVENTS_JOB = "events.close-finished";

/** The assignment engine runs here, outside the request; the run row carries its progress. */
export const eventJobs: JobDefinition[] = [
  {
    name: ASSIGNMENT_RUN_JOB,
    async run(services, data) {
      await assignGroups(services, null, { runId: String(data.runId) });
    },
  },
  {
    // Early each morning: yesterday's events are over.
    name: CLOSE_FINISHED_EVENTS_JOB,
    cron: "15 2 * * *",
    async run(services) {
      await closeFinishedEvents(services, null);
    },
  },
];
