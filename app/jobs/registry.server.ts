import type { AppServices } from "~/context.ts";
import { log } from "~/lib/log.server.ts";
import { mailJobs } from "~/lib/mail/jobs.server.ts";
import { newsJobs } from "~/services/news/jobs.server.ts";
import { eventJobs } from "~/services/events/jobs.server.ts";
import { courseJobs } from "~/services/courses/jobs.server.ts";
import { guestLessonJobs } from "~/services/guest-lessons/jobs.server.ts";
import { inboxJobs } from "~/services/inbox/jobs.server.ts";
import { webhookJobs } from "~/services/webhooks/jobs.server.ts";
import { onboardingJobs } from "~/services/onboarding/jobs.server.ts";
import { apiJobs } from "~/services/api/jobs.server.ts";
import { privacyJobs } from "~/services/privacy/jobs.server.ts";
import { identityJobs } from "~/services/identity/jobs.server.ts";

/**
 * A kind of background work. `run` is the use-case the job performs; with
 * `cron` it also recurs (Europe/Amsterdam). Sweeps that act on "what is due
 * now" read services.clock, so tests call `run` with a set clock.
 */
export type JobDefinition = {
  name: string;
  cron?: string;
  run(services: AppServices, data: Record<string, unknown>): Promise<void>;
};

/** Every job of the platform; each area contributes its list. */
export function jobDefinitions(): JobDefinition[] {
  return [...mailJobs, ...eventJobs, ...courseJobs, ...newsJobs, ...guestLessonJobs, ...inboxJobs, ...webhookJobs, ...apiJobs, ...privacyJobs, ...onboardingJobs, ...identityJobs];
}

export async function startWorkers(services: AppServices, definitions = jobDefinitions()) {
  await services.jobs.start(definitions.map((d) => d.name));
  for (const definition of definitions) {
    await services.jobs.work(
      definition.name,
      async (data) => {
        try {
          await definition.run(services, data as Record<string, unknown>);
        } catch (error) {
          log.error("job failed", { job: definition.name, error });
          throw error;
        }
      },
      { cron: definition.cron },
    );
  }
}
