/** What the audit log (app/services/common/audit.server.ts) keeps of a subject's state. */
/** Fields never copied into the audit log: derived search text says nothing, a password hash must not travel. */
const LEFT_OUT = new Set(["searchText", "matchWords", "password", "token"]);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A subject's state as the audit log keeps it: plain JSON (dates as ISO strings), derived and
 * secret fields left out, nothing (null) when there was no subject before or after.
 */
export function auditSnapshot(value: unknown): Json | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => auditSnapshot(v));
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (LEFT_OUT.has(key) || v === undefined) continue;
      out[key] = auditSnapshot(v);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
