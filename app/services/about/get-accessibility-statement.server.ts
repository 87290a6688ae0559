import type { Actor, AppServices } from "~/context.ts";
import { complianceStatus, TECHNOHUB_STATEMENT } from "~/domain/about/accessibility-statement.ts";
import { amsterdamToday } from "~/domain/common/time.ts";

/**
 * The accessibility statement as this installation publishes it: Technohub's facts, the status the
 * model gives them today, and whom to contact (the operator's ACCESSIBILITY_CONTACT, when set).
 * Public: the actor does not change it.
 */
export async function getAccessibilityStatement(services: AppServices, _actor: Actor) {
  const today = amsterdamToday(services.clock.now());
  return {
    standard: TECHNOHUB_STATEMENT.standard,
    statedOn: TECHNOHUB_STATEMENT.statedOn,
    researchPlannedBy: TECHNOHUB_STATEMENT.facts.researchPlannedBy,
    status: complianceStatus(TECHNOHUB_STATEMENT.facts, today),
    methods: [...TECHNOHUB_STATEMENT.methods],
    limitations: [...TECHNOHUB_STATEMENT.limitations],
    answerWithinWorkingDays: TECHNOHUB_STATEMENT.answerWithinWorkingDays,
    contactEmail: services.env.ACCESSIBILITY_CONTACT ?? null,
    site: services.env.BASE_URL ?? null,
  };
}
