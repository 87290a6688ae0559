import type { JobDefinition } from "~/jobs/registry.server.ts";
import { log } from "~/lib/log.server.ts";
import { sweepReliability } from "./sweep-reliability.server.ts";
import { sweepVogReminders } from "./sweep-vog-reminders.server.ts";

export const VOG_REMINDERS = "guest-lessons.vog-reminders";

/**
 * The guest-lessons area's jobs, as app/jobs/registry.server.ts collects them from every area (not
 * a use-case: each job calls one, with no actor).
 *
 * The reliability loop: every quarter of an hour, what is due now (reminders, expiry, escalation).
 * The job keeps its stored name, appointments.sweep, so pg-boss keeps its schedule.
 * Every morning at eight, companies hear of a VOG that ends within a month (safeguarding).
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
  {
    name: VOG_REMINDERS,
    cron: "0 8 * * *",
    async run(services) {
      const report = await sweepVogReminders(services, null);
      log.info("VOG reminders", report);
    },
  },
];
