import type { JobDefinition } from "~/jobs/registry.server.ts";
import { runAssignment } from "./run-assignment.server.ts";

export const ASSIGNMENT_RUN_JOB = "events.assignment-run";

/** The assignment engine runs here, outside the request; the run row carries its progress. */
export const eventJobs: JobDefinition[] = [
  {
    name: ASSIGNMENT_RUN_JOB,
    async run(services, data) {
      await runAssignment(services, String(data.runId));
    },
  },
];
