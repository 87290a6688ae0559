/**
 * The API's fixed-window rate limit, as arithmetic (ADR 029). The counting is one SQL statement in
 * app/services/api/helpers/rate-limit.server.ts; this says which window a moment falls in and what
 * the headers answer.
 */
export type RateLimitPolicy = { limit: number; windowSeconds: number };

/** The start of the window `now` falls in: windows are aligned to the epoch, so every instance agrees. */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

export type RateLimitOutcome = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (at least 1). */
  resetSeconds: number;
};

/** The answer for the `count`-th request of a window. */
export function rateLimitOutcome(policy: RateLimitPolicy, count: number, start: Date, now: Date): RateLimitOutcome {
  const ends = start.getTime() + policy.windowSeconds * 1000;
  return {
    allowed: count <= policy.limit,
    limit: policy.limit,
    remaining: Math.max(0, policy.limit - count),
    resetSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
  };
}

/**
 * The headers of the IETF draft's first form (RateLimit-Limit / -Remaining / -Reset, as
 * draft-ietf-httpapi-ratelimit-headers-06 and most clients read them), and Retry-After on a refusal.
 */
export function rateLimitHeaders(outcome: RateLimitOutcome): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(outcome.limit),
    "RateLimit-Remaining": String(outcome.remaining),
    "RateLimit-Reset": String(outcome.resetSeconds),
  };
  if (!outcome.allowed) headers["Retry-After"] = String(outcome.resetSeconds);
  return headers;
}
