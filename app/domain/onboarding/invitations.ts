/**
 * When an invitation to claim an organisation is reminded: once, a week after it was mailed, while
 * nobody has accepted it. A resend by the coordinator counts as a fresh mailing.
 */
export const REMINDER_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationState = { sentAt: Date; remindedAt: Date | null; acceptedAt: Date | null };

export function reminderDue(invitation: InvitationState, now: Date): boolean {
  if (invitation.acceptedAt || invitation.remindedAt) return false;
  return now.getTime() - invitation.sentAt.getTime() >= REMINDER_AFTER_DAYS * DAY_MS;
}

/** The moment before which an unanswered, unreminded invitation is due (the sweep's query bound). */
export function reminderCutoff(now: Date): Date {
  return new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS);
}
