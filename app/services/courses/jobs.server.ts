import type { JobDefinition } from "~/jobs/registry.server.ts";
import { expireLapsedPlaces } from "./expire-lapsed-places.server.ts";

export const COURSE_PLACES_SWEEP = "courses.expire-lapsed-places";

/** Every five minutes: lapsed vacancies and holds free their place for the next on the waiting list. */
export const courseJobs: JobDefinition[] = [
  {
    name: COURSE_PLACES_SWEEP,
    cron: "*/5 * * * *",
    async run(services) {
      await expireLapsedPlaces(services, null);
    },
  },
];
