import { z } from "zod";
import type { AppointmentState, RequestStatus } from "./vocabulary.ts";

/**
 * What a school may still change about its own request, given the appointments it has led to.
 *
 * An unanswered appointment (requested) is only a question to a company: editing the request
 * updates the question, withdrawing it ends the question. Once a company has said yes (accepted,
 * scheduled) or the lesson has happened, a lesson has been agreed with people who plan around
 * it: neither an edit nor a withdrawal of the request may change or drop it behind their back.
 * The school calls such an appointment off on the appointment itself (with a reason, a mail and
 * a cancelling calendar file, and a late cancellation recorded when it is close).
 */

/** Appointment states in which the company has agreed (or the lesson happened). */
export const AGREED_STATES: readonly AppointmentState[] = ["accepted", "scheduled", "took_place", "evaluated"];

export type RequestAppointment = { id: string; state: AppointmentState };

export type ChangeRefusal = "requests.error.closed" | "requests.error.agreed";

/** Why the request can no longer be changed, or null when it can. */
export function changeRefusal(status: RequestStatus, appointments: readonly RequestAppointment[]): ChangeRefusal | null {
  if (status === "cancelled" || status === "closed") return "requests.error.closed";
  if (status === "matched" || appointments.some((a) => AGREED_STATES.includes(a.state))) return "requests.error.agreed";
  return null;
}

export type WithdrawalPlan =
  | { ok: true; cancel: string[] }
  | { ok: false; refusal: ChangeRefusal; agreed: string[] };

/** What withdrawing does: which unanswered appointments end with it, or why it cannot be done. */
export function withdrawalPlan(status: RequestStatus, appointments: readonly RequestAppointment[]): WithdrawalPlan {
  const refusal = changeRefusal(status, appointments);
  if (refusal) return { ok: false, refusal, agreed: appointments.filter((a) => AGREED_STATES.includes(a.state)).map((a) => a.id) };
  return { ok: true, cancel: appointments.filter((a) => a.state === "requested").map((a) => a.id) };
}

/** The reason the school gives; optional, and what the company reads when its request ends. */
export const WITHDRAW_REASON_MAX = 1000;
export const withdrawRequestSchema = z.object({
  reason: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().max(WITHDRAW_REASON_MAX, "requests.withdraw.error.reasonLong"),
  ),
});
export type WithdrawRequestInput = z.infer<typeof withdrawRequestSchema>;
