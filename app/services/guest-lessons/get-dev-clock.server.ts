import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";
import { OffsetClock } from "./helpers/offset-clock.server.ts";

/** The platform's time, for the demo clock page; refused outside development and demo mode. */
export function getDevClock(services: AppServices, _actor: Actor) {
  if (!devToolsEnabled(services.env)) throw notFound();
  const clock = services.clock instanceof OffsetClock ? services.clock : null;
  return { now: services.clock.now(), offsetDays: clock ? clock.offsetMs / 86_400_000 : 0 };
}
