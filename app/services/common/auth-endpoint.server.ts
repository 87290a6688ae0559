import type { AppServices } from "~/context.ts";
import { baseUrl } from "~/lib/env.server.ts";

export type AuthCall<T> =
  | { ok: true; status: number; data: T; cookies: Headers }
  | { ok: false; status: number; code: string; cookies: Headers; retryAfterSeconds: number | null };

/** What better-auth needs from the visitor's request: the session cookie, the client address (rate limit) and fetch metadata (CSRF). */
const FORWARDED_HEADERS = ["cookie", "x-forwarded-for", "user-agent", "accept-language", "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest"];

/**
 * Posts to one of better-auth's endpoints through its HTTP handler rather than
 * `auth.api.*`: only the handler applies the rate limits configured in
 * auth.server.ts (sign-in, sign-up, reset requests). The form was posted to
 * our own origin, so that origin is what better-auth checks.
 */
export async function postToAuth<T>(services: Pick<AppServices, "auth" | "env">, path: string, body: unknown, requestHeaders: Headers): Promise<AuthCall<T>> {
  const base = authBaseUrl(services);
  const headers = new Headers({ "content-type": "application/json", origin: new URL(base).origin });
  for (const name of FORWARDED_HEADERS) {
    const value = requestHeaders.get(name);
    if (value) headers.set(name, value);
  }
  const response = await services.auth.handler(
    new Request(new URL(`/api/auth${path}`, base), { method: "POST", headers, body: JSON.stringify(body) }),
  );
  const cookies = cookiesOf(response.headers);
  const payload = (await response.json().catch(() => null)) as (T & { code?: string }) | null;
  if (!response.ok) {
    // better-auth's limiter says X-Retry-After, our account throttle the standard Retry-After.
    const retryAfter = Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after"));
    return { ok: false, status: response.status, code: payload?.code ?? "", cookies, retryAfterSeconds: retryAfter > 0 ? retryAfter : null };
  }
  return { ok: true, status: response.status, data: payload as T, cookies };
}

/** Only the Set-Cookie lines of a response: what a redirect must carry to sign in or out. */
export function cookiesOf(headers: Headers): Headers {
  const cookies = new Headers();
  for (const line of headers.getSetCookie()) cookies.append("set-cookie", line);
  return cookies;
}

function authBaseUrl(services: Pick<AppServices, "auth" | "env">): string {
  const configured = services.auth.options.baseURL;
  return typeof configured === "string" ? configured : baseUrl(services.env);
}
