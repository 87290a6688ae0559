import type { JobDefinition } from "~/jobs/registry.server.ts";
import { sweepOnboardingInvitations } from "./sweep-onboarding-invitations.server.ts";

export const ONBOARDING_REMIND = "onboarding.remind";

/** Every hour: the invitations to claim an organisation that have waited a week get their reminder. */
export const onboardingJobs: JobDefinition[] = [
  {
    name: ONBOARDING_REMIND,
    cron: "17 * * * *",
    async run(services) {
      await sweepOnboardingInvitations(services, null);
    },
  },
];
