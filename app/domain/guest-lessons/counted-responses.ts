import type { AppointmentState } from "./vocabulary.ts";

/** A request still waiting counts against the provider only once it has waited this long. */
export const GRACE_HOURS = 7 * 24;

/**
 * Which requests count for a provider's response rate: every answered one, and the unanswered
 * ones that expired or have waited a week. A request the school withdrew before any answer, or
 * one that arrived yesterday, says nothing about the provider.
 */
export function countedResponses<T extends { requestedAt: Date; respondedAt: Date | null; state: AppointmentState }>(rows: readonly T[], now: Date): T[] {
  return rows.filter((r) => {
    if (r.respondedAt !== null) return true;
    if (r.state === "expired") return true;
    return r.state === "requested" && now.getTime() - r.requestedAt.getTime() >= GRACE_HOURS * 3_600_000;
  });
}
