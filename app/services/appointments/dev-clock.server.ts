import type { AppServices, Clock } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";
import { runReliabilitySweep } from "./sweep-reliability.server.ts";

/** A clock that runs ahead of the real one by an offset; only the demo's /dev/klok sets it. */
class OffsetClock implements Clock {
  constructor(
    private readonly base: Clock,
    public offsetMs = 0,
  ) {}
  now() {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
}

function offsetClock(services: AppServices): OffsetClock {
  if (!(services.clock instanceof OffsetClock)) services.clock = new OffsetClock(services.clock);
  return services.clock as OffsetClock;
}

/** The platform's time, for the demo clock page; refused outside development and demo mode. */
export function readDevClock(services: AppServices) {
  if (!devToolsEnabled(services.env)) throw notFound();
  const clock = services.clock instanceof OffsetClock ? services.clock : null;
  return { now: services.clock.now(), offsetDays: clock ? clock.offsetMs / 86_400_000 : 0 };
}

/**
 * Moves the platform's time forward (or back to real time) and runs the reliability sweep at
 * once, so a demo or an end-to-end test shows reminders and escalations without waiting.
 */
export async function advanceDevClock(services: AppServices, input: { days: number } | { reset: true }) {
  if (!devToolsEnabled(services.env)) throw notFound();
  const clock = offsetClock(services);
  clock.offsetMs = "reset" in input ? 0 : clock.offsetMs + input.days * 86_400_000;
  const report = await runReliabilitySweep(services);
  return { now: services.clock.now(), report };
}
