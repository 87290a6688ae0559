import type { AppointmentState } from "./vocabulary.ts";

/**
 * The workflow of an appointment between a school and a company (or provider).
 *
 *   requested ──accept──▶ accepted ──schedule──▶ scheduled ──confirm_took_place──▶ took_place ──evaluate──▶ evaluated
 *       │  └────────────schedule (accept with a date)──────▶│
 *       ├─decline─▶ declined          (requested, accepted) ─expire─▶ expired
 *       └─cancel─▶ cancelled ◀─cancel── accepted, scheduled;  scheduled ─report_no_show─▶ cancelled
 *
 * Decisions (see docs/decisions/0xx in the report):
 * - When the company picks one of the school's dates, accepting and fixing the date is ONE step
 *   (requested → scheduled). "accepted" is for "yes, but the date is still to be agreed" (a
 *   request with a period, or none of the dates fits); the company fixes it later (→ scheduled).
 * - took_place follows the first side's confirmation after the date; the other side confirms too
 *   (recorded, not a state change).
 * - evaluated follows the teacher's evaluation: the teacher's marks are what the impact figures
 *   count. The company's evaluation is welcome before or after and changes no state.
 * - Only the system expires (the sweep, when every proposed date has passed unanswered).
 * - Before the date is fixed the company may propose another date and time (propose_date): that
 *   is a "yes, but then" (→ accepted, the proposal kept on the appointment); the school agrees
 *   (agree_date → scheduled at exactly that time) or not (the proposal is dropped, the thread goes on).
 */
export const APPOINTMENT_ACTIONS = [
  "accept",
  "schedule",
  "decline",
  "cancel",
  "expire",
  "confirm_took_place",
  "report_no_show",
  "evaluate",
  "propose_date",
  "agree_date",
] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];

/** Who acts: the school's people, the company's people, the network's coordinator, or the sweeps. */
export const APPOINTMENT_ACTORS = ["school", "provider", "coordinator", "system"] as const;
export type AppointmentActor = (typeof APPOINTMENT_ACTORS)[number];

type Rule = { from: readonly AppointmentState[]; to: AppointmentState; by: readonly AppointmentActor[] };

export const TRANSITIONS: Record<AppointmentAction, Rule> = {
  accept: { from: ["requested"], to: "accepted", by: ["provider"] },
  schedule: { from: ["requested", "accepted"], to: "scheduled", by: ["provider"] },
  decline: { from: ["requested"], to: "declined", by: ["provider"] },
  // A school withdraws a request; either side (or the coordinator, on their behalf) calls off an agreed one.
  cancel: { from: ["requested", "accepted", "scheduled"], to: "cancelled", by: ["school", "provider", "coordinator"] },
  expire: { from: ["requested", "accepted"], to: "expired", by: ["system"] },
  confirm_took_place: { from: ["scheduled"], to: "took_place", by: ["school", "provider"] },
  report_no_show: { from: ["scheduled"], to: "cancelled", by: ["school", "provider"] },
  evaluate: { from: ["took_place"], to: "evaluated", by: ["school"] },
  propose_date: { from: ["requested", "accepted"], to: "accepted", by: ["provider"] },
  agree_date: { from: ["accepted"], to: "scheduled", by: ["school"] },
};

/** A school may only withdraw its own request while it is unanswered; the company declines instead. */
const CANCEL_REQUESTED_BY: readonly AppointmentActor[] = ["school", "coordinator"];

export type TransitionCheck = { ok: true; to: AppointmentState } | { ok: false; reason: "state" | "actor" };

export function checkTransition(state: AppointmentState, action: AppointmentAction, actor: AppointmentActor): TransitionCheck {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) return { ok: false, reason: "state" };
  const allowed = action === "cancel" && state === "requested" ? CANCEL_REQUESTED_BY : rule.by;
  if (!allowed.includes(actor)) return { ok: false, reason: "actor" };
  return { ok: true, to: rule.to };
}

/** The actions an actor may take now (for the buttons on the page). */
export function allowedActions(state: AppointmentState, actors: readonly AppointmentActor[]): AppointmentAction[] {
  return APPOINTMENT_ACTIONS.filter((a) => actors.some((actor) => checkTransition(state, a, actor).ok));
}

/** Actions that only make sense once the day has come: nobody can confirm a lesson that lies ahead. */
export const AFTER_THE_DATE: readonly AppointmentAction[] = ["confirm_took_place", "report_no_show"];

/**
 * What the sides can do today, for the page and the list alike: the allowed actions without the
 * system's own (expiry), without those whose day has not come, and agreeing to a date only while
 * the company has one proposed. `date` and `today` are ISO days.
 */
export function actionsToday(
  state: AppointmentState,
  actors: readonly AppointmentActor[],
  when: { date: string | null; today: string; proposal?: boolean },
): AppointmentAction[] {
  const dateReached = when.date !== null && when.date <= when.today;
  return allowedActions(state, actors).filter(
    (a) => a !== "expire" && (dateReached || !AFTER_THE_DATE.includes(a)) && (a !== "agree_date" || when.proposal === true),
  );
}

/** States in which the appointment is still going somewhere. */
export const OPEN_STATES: readonly AppointmentState[] = ["requested", "accepted", "scheduled"];
export const FINAL_STATES: readonly AppointmentState[] = ["declined", "expired", "cancelled", "evaluated"];

/** A cancellation this close to the start counts as late (recorded, shown in reliability). */
export const LATE_CANCELLATION_HOURS = 48;

export function isLateCancellation(startsAt: Date | null, now: Date): boolean {
  if (!startsAt) return false;
  const hours = (startsAt.getTime() - now.getTime()) / 3_600_000;
  return hours < LATE_CANCELLATION_HOURS;
}
