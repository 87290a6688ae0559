import type { JobDefinition } from "~/jobs/registry.server.ts";
import { log } from "~/lib/log.server.ts";
import { runReliabilitySweep } from "./sweep-reliability.server.ts";

/** The reliability loop of guest lessons: every quarter of an hour, what is due now. */
export const appointmentJobs: JobDefinition[] = [
  {
    name: "appointments.sweep",
    cron: "*/15 * * * *",
    async run(services) {
      const report = await runReliabilitySweep(services);
      log.info("appointments sweep", report);
    },
  },
];
