import type { NeedInput } from "~/domain/courses/forms.ts";

/** The columns a need form writes. */
export function needColumns(input: NeedInput) {
  return {
    organisationId: input.organisationId,
    topic: input.topic,
    description: input.description,
    employeeCount: input.employeeCount,
    level: input.level,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    preferredFormat: input.preferredFormat,
  };
}
