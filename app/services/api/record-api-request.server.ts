import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { apiRateLimit } from "~/db/schema/index.ts";
import { rateLimitOutcome, windowStart, type RateLimitOutcome, type RateLimitPolicy } from "~/domain/api/rate-limit.ts";

/**
 * Counts one API request against its bucket ("key:<id>" or "address:<ip>") and says whether it
 * may pass. One atomic statement, shared by every instance through the database (ADR 029): the
 * row moves to the current window or counts up in it, and no read comes before the write, so two
 * instances cannot both see the last free request. A clock a little behind never moves a bucket
 * back to an older window (GREATEST).
 */
export async function recordApiRequest(services: AppServices, _actor: Actor, input: { bucket: string; policy: RateLimitPolicy }): Promise<RateLimitOutcome> {
  const now = services.clock.now();
  const start = windowStart(now, input.policy.windowSeconds);
  const [row] = await services.db
    .insert(apiRateLimit)
    .values({ bucket: input.bucket, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: apiRateLimit.bucket,
      set: {
        count: sql`CASE WHEN excluded.window_start > ${apiRateLimit.windowStart} THEN 1 ELSE ${apiRateLimit.count} + 1 END`,
        windowStart: sql`GREATEST(${apiRateLimit.windowStart}, excluded.window_start)`,
      },
    })
    .returning({ count: apiRateLimit.count, windowStart: apiRateLimit.windowStart });
  return rateLimitOutcome(input.policy, row!.count, row!.windowStart, now);
}
