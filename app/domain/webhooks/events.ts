/**
 * The events an organisation can subscribe a URL to (ADR 031). Names follow the Standard
 * Webhooks advice: `<thing>.<what happened>`, stable once published.
 *
 * Who receives which: the company or provider asked receives `request.created`; the school whose
 * request was answered receives `request.answered`; the provider of a course session receives the
 * three registration events.
 */
export const WEBHOOK_EVENT_TYPES = ["request.created", "request.answered", "registration.created", "registration.cancelled", "vacancy.offered"] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * What a receiver gets: ids to match its own records and a link into Technohub, never names,
 * e-mail addresses or free text (the receiver is a third party's system; GDPR data minimisation).
 */
export type WebhookEventData =
  | { appointmentId: string; requestId: string | null; offerId: string; url: string }
  | { appointmentId: string; requestId: string | null; offerId: string; state: string; url: string }
  | { registrationId: string; sessionId: string; courseId: string; status: string; url: string }
  | { registrationId: string; sessionId: string; courseId: string; expiresAt: string; url: string };

export type WebhookPayload = { id: string; type: WebhookEventType; timestamp: string; data: WebhookEventData };

/** The body every subscription of the event receives, as the exact text that is signed and sent. */
export function webhookBody(event: { id: string; type: WebhookEventType; at: Date; data: WebhookEventData }): string {
  const payload: WebhookPayload = { id: event.id, type: event.type, timestamp: event.at.toISOString(), data: event.data };
  return JSON.stringify(payload);
}
