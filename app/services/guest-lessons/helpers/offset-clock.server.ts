import type { AppServices, Clock } from "~/context.ts";

/** A clock that runs ahead of the real one by an offset; only the demo's /dev/klok sets it. */
export class OffsetClock implements Clock {
  constructor(
    private readonly base: Clock,
    public offsetMs = 0,
  ) {}
  now() {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
}

/** The platform's clock as an OffsetClock, put in place on first use. */
export function offsetClock(services: AppServices): OffsetClock {
  if (!(services.clock instanceof OffsetClock)) services.clock = new OffsetClock(services.clock);
  return services.clock as OffsetClock;
}
