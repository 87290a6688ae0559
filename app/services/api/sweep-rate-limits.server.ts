import { lt } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiRateLimit } from "~/db/schema/index.ts";
import { windowStart } from "~/domain/api/rate-limit.ts";

/** Removes the buckets whose window has passed (the job's work; a request never sweeps). */
export async function sweepRateLimits(services: AppServices, _actor: Actor) {
  const current = windowStart(services.clock.now(), services.env.API_RATE_LIMIT_WINDOW_SECONDS);
  const removed = await services.db.delete(apiRateLimit).where(lt(apiRateLimit.windowStart, current)).returning({ bucket: apiRateLimit.bucket });
  return { removed: removed.length };
}
