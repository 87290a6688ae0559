/**
 * Not a use-case: three helpers other areas import from here (events, programmes, organisations
 * before ADR 014). They belong in a cross-area place (`isUuid` is being replaced by the one id
 * check in app/domain/common; `absoluteUrl` and `isUniqueViolation` fit app/lib); until then they
 * stay at this address so their callers keep working. Networks' own helpers are in ./helpers/.
 */
import type { AppServices } from "~/context.ts";
import { baseUrl } from "~/lib/env.server.ts";

export function absoluteUrl(services: AppServices, path: string): string {
  return new URL(path, baseUrl(services.env)).toString();
}

/** PostgreSQL's unique_violation (23505), whether the driver error is bare or wrapped by drizzle. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: string; constraint?: string };
    if (code === "23505") return !constraint || !name || name === constraint;
  }
  return false;
}

/** Ids in addresses are UUIDs; anything else cannot exist (and would make PostgreSQL raise). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
