/**
 * Where a sign-in may send the visitor afterwards: only a path on this site.
 * "//evil.example" and "/\evil.example" are protocol-relative in browsers, so
 * they are refused like absolute URLs.
 */
export function localPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string") return fallback;
  const path = value.trim();
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(path)) return fallback;
  return path;
}
