import type { Actor, AppServices } from "~/context.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { sweepComingAppointments } from "./helpers/sweep-coming-appointments.server.ts";
import { escalateOpenRequests } from "./helpers/sweep-open-requests.server.ts";
import { openOrphanRequests } from "./helpers/sweep-orphan-requests.server.ts";
import { sweepUnansweredAppointments } from "./helpers/sweep-unanswered-appointments.server.ts";

export type SweepReport = { opened: number; expired: number; reminded: number; escalated: number; requestsEscalated: number; dateReminders: number; alerts: number };

/**
 * The reliability loop, run every 15 minutes by the job appointments.sweep (actor null: the
 * system): asks "what is due now?" with services.clock and does each thing once (steps and
 * escalations are recorded under unique keys, so reruns and parallel workers send nothing twice).
 * Its steps, in this order: open the appointments of orphaned direct requests; expire, remind and
 * escalate unanswered appointments; escalate open requests nobody took up; remind, ask to confirm
 * and alert about the coming week's appointments.
 */
export async function sweepReliability(services: AppServices, _actor: Actor): Promise<SweepReport> {
  const now = services.clock.now();
  const today = amsterdamToday(now);
  const opened = await openOrphanRequests(services);
  const unanswered = await sweepUnansweredAppointments(services, now, today);
  const requestsEscalated = await escalateOpenRequests(services, today);
  const coming = await sweepComingAppointments(services, now, today);
  return { opened, ...unanswered, requestsEscalated, ...coming };
}
