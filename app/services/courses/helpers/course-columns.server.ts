import type { CourseInput } from "~/domain/courses/forms.ts";
import { courseTextColumns } from "~/domain/courses/matching.ts";

/** The columns a course form writes. */
export function courseColumns(input: CourseInput) {
  return {
    providerId: input.providerId,
    networkId: input.networkId ?? null,
    title: input.title,
    summary: input.summary,
    description: input.description,
    topics: input.topics,
    targetGroups: input.targetGroups,
    level: input.level,
    format: input.format,
    duration: input.duration,
    priceCents: input.priceCents,
    leadsTo: input.leadsTo,
    ...courseTextColumns(input),
  };
}
