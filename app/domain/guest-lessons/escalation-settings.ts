import { z } from "zod";
import { DEFAULT_ESCALATION_WORKING_DAYS } from "./vocabulary.ts";

/**
 * A network's deadline for answering a school: after N working days without an answer the
 * company is reminded, after 2N the request is escalated (see reminders.ts). Beyond six weeks a
 * school would long have given up; a day is the least a company can be given.
 */
export const ESCALATION_DAYS_MIN = 1;
export const ESCALATION_DAYS_MAX = 30;

const MESSAGE = "networkSettings.error.days";

export const escalationSettingsSchema = z.object({
  escalationWorkingDays: z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: MESSAGE }).int(MESSAGE).min(ESCALATION_DAYS_MIN, MESSAGE).max(ESCALATION_DAYS_MAX, MESSAGE),
  ),
});
export type EscalationSettingsInput = z.infer<typeof escalationSettingsSchema>;

/** The deadline in force: the network's own, or the platform default. */
export function effectiveEscalationDays(stored: number | null | undefined): number {
  return stored ?? DEFAULT_ESCALATION_WORKING_DAYS;
}
