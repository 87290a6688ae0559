import type { JobDefinition } from "~/jobs/registry.server.ts";
import { log } from "~/lib/log.server.ts";
import { sweepReliability } from "./sweep-reliability.server.ts";

/**
 * The guest-lessons area's jobs, as app/jobs/registry.server.ts collects them from every area (not
 * a use-case: each job calls one, with no actor).
 *
 * The reliability loop: every quarter of an hour, what is due now (reminders, expiry, escalation).
 * The job keeps its stored name, appointments.sweep, so pg-boss keeps its schedule.
 */
export const guestLessonJobs: JobDefinition[] = [
  {
    name: "appointments.sweep",
    cron: "*/15 * * * *",
    async run(services) {
      const report = await sweepReliability(services, null);
      log.info("appointments sweep", report);
    },
  },
];
