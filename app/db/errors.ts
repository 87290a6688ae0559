/**
 * PostgreSQL reports constraint violations with a SQLSTATE code and the
 * constraint's name. Drizzle wraps the driver's error (node-postgres or
 * PGlite) in its own, so we look down the `cause` chain.
 */
export type PgErrorInfo = { code: string; constraint?: string };

export function pgError(error: unknown): PgErrorInfo | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === "string" ? constraint : undefined };
  }
  return null;
}

export const CHECK_VIOLATION = "23514";
export const UNIQUE_VIOLATION = "23505";

/** PostgreSQL's unique_violation (23505), for one constraint or any, whether the driver error is bare or wrapped by drizzle. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const info = pgError(error);
  if (info?.code !== UNIQUE_VIOLATION) return false;
  return !constraint || !info.constraint || info.constraint === constraint;
}
