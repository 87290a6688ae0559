/** Structured JSON logs, one object per line, so they can be shipped and queried as-is. */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: number = order.info;

export function setLogLevel(level: Level | "silent") {
  threshold = order[level];
}

/** Fields that carry credentials whole; their values never reach a log. */
const SECRET_FIELDS = new Set(["authorization", "x-api-key", "cookie", "set-cookie", "token", "apikey", "api_key", "secret", "password"]);
/** An API key anywhere in a text (an error message, a path): its shown prefix stays, so a reader can still tell which key. */
const API_TOKEN = /\b(thk_[A-Za-z0-9_-]{8})[A-Za-z0-9_-]+/g;
/** A credential in a query string (`?key=…`, `&access_token=…`). */
const QUERY_SECRET = /([?&](?:key|api_key|apikey|api-key|token|access_token)=)[^&#\s"]*/gi;
export const REDACTED = "[redacted]";

/** A text with every credential it may hold cut out (ADR 029: keys never appear in logs). */
export function redactSecrets(text: string): string {
  return text.replace(API_TOKEN, `$1${REDACTED}`).replace(QUERY_SECRET, `$1${REDACTED}`);
}

function write(level: Level, msg: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }, (k, v) => {
    if (SECRET_FIELDS.has(k.toLowerCase()) && v !== undefined && v !== null) return REDACTED;
    if (typeof v === "string") return redactSecrets(v);
    return v instanceof Error ? { name: v.name, message: redactSecrets(v.message), stack: v.stack && redactSecrets(v.stack) } : v;
  });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
