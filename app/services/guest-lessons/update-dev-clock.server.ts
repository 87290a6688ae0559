import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";
import { offsetClock } from "./helpers/offset-clock.server.ts";
import { sweepReliability } from "./sweep-reliability.server.ts";

/**
 * Moves the platform's time forward (or back to real time) and runs the reliability sweep at
 * once, so a demo or an end-to-end test shows reminders and escalations without waiting.
 */
export async function updateDevClock(services: AppServices, _actor: Actor, input: { days: number } | { reset: true }) {
  if (!devToolsEnabled(services.env)) throw notFound();
  const clock = offsetClock(services);
  clock.offsetMs = "reset" in input ? 0 : clock.offsetMs + input.days * 86_400_000;
  const report = await sweepReliability(services, null);
  return { now: services.clock.now(), report };
}
