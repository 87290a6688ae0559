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
  const path = pageAddress(value.trim());
  return isLocalPath(path) ? path : safeFallback;
}

/**
 * The address of the page a request is for, as a person would see it in the address bar.
 *
 * With JavaScript, React Router fetches a page's data from `<path>.data` (`/_.data` for `/`) with
 * `_routes=` naming the routes and a bare `index` marking an index route. A loader that sends the
 * visitor to sign in sees that address; coming back to it after signing in lands on raw data or
 * "page not found". So the suffix and React Router's own parameters are taken off; the rest of
 * the query and the fragment stay.
 */
export function pageAddress(path: string): string {
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path);
  if (!match) return path;
  let [, pathname = "", search = "", hash = ""] = match;
  if (pathname.endsWith("/_.data")) pathname = pathname.slice(0, -"_.data".length);
  else if (pathname.endsWith(".data")) pathname = pathname.slice(0, -".data".length);
  if (search) {
    const kept = search
      .slice(1)
      .split("&")
      .filter((part) => part !== "" && !/^_routes(=|$)/.test(part) && !/^index=?$/.test(part));
    search = kept.length ? `?${kept.join("&")}` : "";
  }
  return pathname + search + hash;
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

/**
 * Where signing in lands when nothing asked to come back somewhere: the person's home, which
 * lists what waits for them in each of their roles (ADR 024), not the account settings.
 */
export const SIGNED_IN_HOME = "/";
