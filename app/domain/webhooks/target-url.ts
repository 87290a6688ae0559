/**
 * Which URLs a subscription may point at (ADR 031): https, or plain http to this machine only when
 * private addresses are allowed (development and tests). No user name or password in the URL:
 * the signature is the receiver's proof, and credentials would show on the page.
 * This is the check at subscription time; the address a name resolves to is checked again at
 * every delivery (app/lib/webhooks/http-delivery.server.ts), because DNS can change.
 */
export const MAX_URL_LENGTH = 2000;

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type UrlRefusal = "webhooks.url.invalid" | "webhooks.url.https" | "webhooks.url.credentials" | "webhooks.url.private";

export function targetUrlRefusal(raw: string, options: { allowPrivate: boolean; isPrivateHost: (host: string) => boolean }): UrlRefusal | null {
  if (raw.length > MAX_URL_LENGTH) return "webhooks.url.invalid";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "webhooks.url.invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "webhooks.url.https";
  if (url.username || url.password) return "webhooks.url.credentials";
  const local = LOCAL_NAMES.has(url.hostname) || url.hostname.endsWith(".localhost");
  if (url.protocol === "http:" && !(local && options.allowPrivate)) return "webhooks.url.https";
  if (!options.allowPrivate && (local || options.isPrivateHost(url.hostname))) return "webhooks.url.private";
  return null;
}
