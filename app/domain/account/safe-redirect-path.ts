/**
 * Where a page may send the visitor after a form (sign-in, language switch):
 * only a path on this site. Every reader of `redirectTo` goes through here.
 *
 * Browsers are lenient in ways that turn an innocent-looking path into
 * another site: `//evil.example` and `/\evil.example` are protocol-relative,
 * tabs and newlines are dropped before parsing (`/\t/evil.example`), a proxy
 * or framework may decode `/%5Cevil` or `/%2Fevil` once more, and dot
 * segments collapse (`/.//evil.example` becomes `//evil.example`). So the
 * value is checked raw, decoded and as the URL parser resolves it.
 */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\\]/;
const PROBE_ORIGIN = "http://redirect.invalid";
const MAX_LENGTH = 2048;

export function safeRedirectPath(value: unknown, fallback: string): string {
  const safeFallback = isLocalPath(fallback) ? fallback : "/";
  if (typeof value !== "string") return safeFallback;
  const path = value.trim();
  return isLocalPath(path) ? path : safeFallback;
}

function isLocalPath(path: string): boolean {
  if (path.length === 0 || path.length > MAX_LENGTH) return false;
  if (!isPlainPath(path)) return false;
  // Up to three rounds: a double-encoded %255C is still a backslash to someone.
  let decoded = path;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return false;
    }
    if (next === decoded) break;
    if (!isPlainPath(next)) return false;
    decoded = next;
  }
  let resolved: URL;
  try {
    resolved = new URL(path, PROBE_ORIGIN);
  } catch {
    return false;
  }
  return resolved.origin === PROBE_ORIGIN && isPlainPath(resolved.pathname);
}

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE_CHARACTER.test(path);
}
