import type { AppointmentState } from "./vocabulary.ts";

/**
 * An appointment appears in its network's public calendar only when both sides agreed to show it,
 * and only while it is agreed (or has happened): a request nobody accepted, or a lesson called off,
 * is nobody's business.
 */
export const CALENDAR_STATES: readonly AppointmentState[] = ["accepted", "scheduled", "took_place", "evaluated"];

export type CalendarConsent = { school: boolean; provider: boolean };

export function inNetworkCalendar(state: AppointmentState, consent: CalendarConsent): boolean {
  return consent.school && consent.provider && CALENDAR_STATES.includes(state);
}

/** Consent can be given or withdrawn until the appointment is over or off. */
export function canChangeCalendarConsent(state: AppointmentState): boolean {
  return state === "requested" || state === "accepted" || state === "scheduled";
}

/** What the appointment page tells a side about the calendar, so each knows what the other chose. */
export function calendarStatus(state: AppointmentState, consent: CalendarConsent, mySide: "school" | "provider"): "shown" | "onceAccepted" | "waitingForOther" | "waitingForMe" | "notShown" {
  if (inNetworkCalendar(state, consent)) return "shown";
  if (consent.school && consent.provider) return canChangeCalendarConsent(state) ? "onceAccepted" : "notShown";
  const mine = consent[mySide];
  const theirs = consent[mySide === "school" ? "provider" : "school"];
  if (mine && !theirs) return "waitingForOther";
  if (!mine && theirs) return "waitingForMe";
  return "notShown";
}
