/**
 * What every request meets before React Router: security headers, the cross-site check, the
 * content-type and body-size limits, and no-store for signed-in pages. Each refusal is decided
 * on the request's headers alone, so nothing an attacker sends is read or buffered first.
 */
import crypto from "node:crypto";
import type { Duplex } from "node:stream";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Env } from "~/lib/env.server.ts";
import { log } from "~/lib/log.server.ts";
import { isLocalRequest } from "~/lib/dev-access.server.ts";
import { hasSessionCookie } from "~/auth/session-cookie.ts";
import { isWidgetPath } from "~/domain/widgets/widget.ts";
import { translator } from "~/i18n/index.ts";
import type { MessageParams } from "~/domain/errors.ts";
import { API_VERSION, isApiPath } from "~/domain/api/version.ts";
import { kindOfStatus, problem, problemDetailKey, problemTitleKey, PROBLEM_CONTENT_TYPE } from "~/domain/api/problem.ts";

export const MB = 1024 * 1024;
/** Every form of the app fits easily; a body this size is not a person filling in a form. */
export const FORM_LIMIT = 1 * MB;
/** Routes that take a file (and the monitor import's confirm step, which posts the rows back). */
export const UPLOAD_LIMIT = 10 * MB;
const UPLOAD_ROUTES = [/^\/netwerken\/[^/]+\/monitor\/importeren(?:\.data)?$/, /^\/netwerken\/[^/]+\/organisaties-importeren(?:\.data)?$/];

export function bodyLimitFor(path: string): number {
  return UPLOAD_ROUTES.some((r) => r.test(path)) ? UPLOAD_LIMIT : FORM_LIMIT;
}

export { hasSessionCookie };

/**
 * The image source for the map tiles, from MAP_TILE_URL: its origin, or a wildcard host for a
 * `{s}.` subdomain template. Null when the template is not a URL (the map then shows no tiles).
 */
export function tileSource(template: string): string | null {
  const subdomains = template.includes("{s}.");
  try {
    const url = new URL(template.replace("{s}.", "s."));
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return subdomains ? `${url.protocol}//*.${url.host.slice(2)}` : url.origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy(input: { nonce: string; tileSource: string | null; development: boolean; frameAncestors?: string }): string {
  const images = ["'self'", "data:", ...(input.tileSource ? [input.tileSource] : [])].join(" ");
  const directives = input.development
    ? [
        // Vite's dev server injects module scripts without a nonce, styles as <style> elements and
        // talks HMR over a WebSocket on its own port; none of this exists in a build.
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        `img-src ${images}`,
        "connect-src 'self' ws: wss:",
      ]
    : [
        "default-src 'self'",
        `script-src 'self' 'nonce-${input.nonce}'`,
        // No 'unsafe-inline': the app renders no style attributes, and Leaflet positions its
        // panes and tiles through element.style (CSSOM), which CSP does not restrict.
        "style-src 'self'",
        `img-src ${images}`,
        "connect-src 'self'",
      ];
  // Only a widget page passes frameAncestors (ADR 030); every other page refuses to be framed.
  return [...directives, `frame-ancestors ${input.frameAncestors ?? "'none'"}`, "form-action 'self'", "base-uri 'none'", "object-src 'none'"].join("; ");
}

const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

/**
 * Security headers on every response, static files included. The nonce is made here, once per
 * request, and read by getLoadContext (res.locals.nonce) for entry.server.tsx.
 */
export function securityHeaders(env: Env): RequestHandler {
  const tiles = tileSource(env.MAP_TILE_URL);
  if (!tiles) log.warn("MAP_TILE_URL is geen http(s)-adres; de kaart laadt geen tegels", { MAP_TILE_URL: env.MAP_TILE_URL });
  const development = env.NODE_ENV === "development";
  return (req, res, next) => {
    // server.ts runs this in front of its static files and the app runs it again: once is enough.
    if (res.locals.nonce !== undefined) return next();
    // Development's policy allows inline scripts without one; a nonce there would only make React
    // warn that the browser hides its value from hydration.
    const nonce = development ? "" : crypto.randomBytes(16).toString("base64");
    res.locals.nonce = nonce;
    // Widget pages are made to be framed by other sites (ADR 030); nothing else is.
    const widget = isWidgetPath(req.path);
    const frameAncestors = widget ? env.WIDGET_FRAME_ANCESTORS : undefined;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy({ nonce, tileSource: tiles, development, frameAncestors }));
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (!widget) res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    // Over plain http the header is ignored anyway, and sending it from a local demo would pin
    // localhost to https in the browser; req.secure honours X-Forwarded-Proto with TRUST_PROXY.
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    next();
  };
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a state-changing request may come from where it says. Browsers send Origin on every
 * cross-site POST (and Sec-Fetch-Site since 2020), so a request with neither Origin nor Referer is
 * a tool such as curl, not a page on another site, and passes: the check is against cross-site
 * request forgery, not against clients that hold their own cookies.
 */
export function originAllowed(input: {
  method: string;
  origin: string | undefined;
  referer: string | undefined;
  secFetchSite: string | undefined;
  host: string | undefined;
  baseUrl: string | undefined;
}): boolean {
  if (!STATE_CHANGING.has(input.method)) return true;
  if (input.secFetchSite === "cross-site") return false;
  let source: string;
  if (input.origin) source = input.origin;
  else if (input.referer) {
    try {
      source = new URL(input.referer).origin;
    } catch {
      return false;
    }
  } else return true;
  if (source === "null") return false;
  if (input.baseUrl) return source === new URL(input.baseUrl).origin;
  // Without BASE_URL the app answers on whatever name it was reached by (localhost, 127.0.0.1, a
  // LAN address); a forged request names another site, and a browser sets Host to ours.
  try {
    return !!input.host && new URL(source).host === input.host;
  } catch {
    return false;
  }
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function hasBody(req: Request): boolean {
  return req.get("transfer-encoding") !== undefined || Number(req.get("content-length") ?? 0) > 0;
}

/**
 * Answers a refusal without reading the body. Connection: close makes Node drop the socket once
 * the answer is out, instead of reading (and discarding) whatever the client still sends.
 */
function refuse(req: Request, res: Response, status: number, text: string, reason: string, options = { close: true }) {
  log.warn("request refused", {
    requestId: res.locals.requestId,
    reason,
    status,
    method: req.method,
    path: req.path,
    ip: req.ip,
    origin: req.get("origin"),
    referer: req.get("referer"),
    secFetchSite: req.get("sec-fetch-site"),
    contentType: req.get("content-type"),
    contentLength: req.get("content-length"),
  });
  if (options.close && hasBody(req)) res.setHeader("Connection", "close");
  if (isApiPath(req.path)) return sendApiProblem(req, res, status, reason === "cross-site" ? { key: "api.problem.crossSite.detail" } : undefined);
  res.status(status).type("text/plain; charset=utf-8").send(text);
}

/**
 * A problem details answer from in front of React Router (ADR 028): the edge's refusals and the API
 * gate's 401 and 429 (ADR 029), in the language the client asks for. Never cached.
 */
export function sendApiProblem(req: Request, res: Response, status: number, detail?: { key: string; params?: MessageParams }) {
  const locale = (req.get("accept-language") ?? "").trim().toLowerCase().startsWith("en") ? "en" : "nl";
  const t = translator(locale);
  const kind = kindOfStatus(status);
  const body = problem({
    kind,
    title: t(problemTitleKey(kind)),
    detail: t(detail?.key ?? problemDetailKey(kind), detail?.params),
    typeBase: `${req.protocol}://${req.get("host") ?? "localhost"}/ontwikkelaars`,
    instance: req.originalUrl,
  });
  res.status(status).type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`).setHeader("Cache-Control", "no-store");
  res.send(JSON.stringify(body));
}

/**
 * A request to the API that carries no session cookie holds no ambient credential a forged
 * cross-site request could ride on: a client identifies itself with a key (Authorization: Bearer
 * or X-Api-Key), so the Origin and form-only checks do not apply to it (the size limit does). With
 * the session cookie it is a browser's request like any other, and both checks stand.
 */
function apiWithoutSession(req: Request): boolean {
  return isApiPath(req.path) && !hasSessionCookie(req.get("cookie"));
}

/** The headers a browser on another site may read from an API answer (the rate-limit ones are the api-keys work's). */
const API_EXPOSED_HEADERS = ["API-Version", "Link", "Allow", "Retry-After", "RateLimit", "RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];
const API_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const API_REQUEST_HEADERS = "Authorization, X-Api-Key, Content-Type, Accept, Accept-Language";

/**
 * Every answer under /api/v1, refusals and 404s included, carries `API-Version` and the CORS
 * headers (ADR 028): any site may read the public data, without credentials (no
 * Access-Control-Allow-Credentials, so a browser never sends its cookies along). A preflight
 * (OPTIONS) is answered here, before anything else.
 */
export function apiHeaders(): RequestHandler {
  return (req, res, next) => {
    if (!isApiPath(req.path)) return next();
    res.setHeader("API-Version", API_VERSION);
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Expose-Headers", API_EXPOSED_HEADERS.join(", "));
    if (req.method !== "OPTIONS") return next();
    res.setHeader("Access-Control-Allow-Methods", API_METHODS);
    res.setHeader("Access-Control-Allow-Headers", API_REQUEST_HEADERS);
    res.setHeader("Access-Control-Max-Age", "86400");
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.status(204).end();
  };
}

/**
 * A page takes GET, HEAD and POST: its forms post, nothing else. React Router would run a page's
 * action for PUT, PATCH or DELETE too (`DELETE /uitloggen` signed out; `PUT /account` saved), which
 * no form of ours sends and no action expects, so those are refused (405 with Allow) before it.
 * The API (/api/v1, ADR 029) and better-auth's endpoints keep their own methods.
 */
export function pageMethods(): RequestHandler {
  return (req, res, next) => {
    if (!["PUT", "PATCH", "DELETE"].includes(req.method) || req.path.startsWith("/api/")) return next();
    res.setHeader("Allow", "GET, HEAD, POST");
    refuse(req, res, 405, TEXT.methodNotAllowed, "method");
  };
}

/**
 * An address under /api/v1 with a broken percent escape (`/api/v1/courses/%E0%A4%A/sessions`)
 * matches no route, not even the API's own 404, so React Router would answer with the site's
 * HTML page: the API answers it here, as problem details like every other answer of the API.
 */
export function apiWellFormedAddress(): RequestHandler {
  return (req, res, next) => {
    if (!isApiPath(req.path)) return next();
    try {
      decodeURIComponent(req.path);
    } catch {
      return sendApiProblem(req, res, 400, { key: "api.problem.address.detail" });
    }
    next();
  };
}

/**
 * The API does not know sessions: once the checks above have seen the cookie, it is taken off the
 * request, so no loader reads a session and no answer sets or refreshes one.
 */
export function apiIgnoresCookies(): RequestHandler {
  return (req, _res, next) => {
    if (isApiPath(req.path)) delete req.headers.cookie;
    next();
  };
}

export const TEXT = {
  crossSite:
    "Dit verzoek is geweigerd: het kwam niet van een pagina van Technohub zelf. Ga terug naar de pagina, laad die opnieuw en probeer het nog eens.",
  tooLarge: (limit: number) =>
    `Dit verzoek is te groot: Technohub neemt hier ten hoogste ${limit / MB} MB aan. Maak het bestand kleiner of verstuur minder tegelijk.`,
  headersTooLarge:
    "Dit verzoek is te groot: het adres of de kopregels (headers) zijn langer dan Technohub aanneemt. Gebruik een korter adres of verwijder cookies van deze site.",
  malformed: "Dit verzoek kan Technohub niet lezen: het is geen geldig HTTP-verzoek.",
  timeout: "Dit verzoek kwam niet op tijd binnen. Probeer het opnieuw.",
  methodNotAllowed:
    "Deze pagina neemt alleen GET en POST aan (een formulier op de pagina). Open de pagina en gebruik het formulier daar.",
  unsupportedType:
    "Technohub neemt hier alleen formulieren aan (application/x-www-form-urlencoded of multipart/form-data). Verstuur uw gegevens met het formulier op de pagina.",
};

/**
 * Where a SAML identity provider's page posts the browser (HTTP-POST binding): its Response to our
 * assertion consumer service, its logout messages to our single-logout service. These come from
 * the IdP's site by design; what protects them is the IdP's signature and the request they answer,
 * which better-auth checks (ADR 033), as it skips its own origin check there.
 */
export function isSamlBindingPost(path: string): boolean {
  return /^\/api\/auth\/sso\/saml2\/sp\/(acs|slo)\/[^/]+$/.test(path);
}

/** Refuses a state-changing request from another site (403). */
export function sameOriginOnly(env: Env): RequestHandler {
  return (req, res, next) => {
    const allowed = originAllowed({
      method: req.method,
      origin: req.get("origin"),
      referer: req.get("referer"),
      secFetchSite: req.get("sec-fetch-site"),
      host: req.get("host"),
      baseUrl: env.BASE_URL,
    });
    if (allowed || apiWithoutSession(req) || isSamlBindingPost(req.path)) return next();
    refuse(req, res, 403, TEXT.crossSite, "cross-site");
  };
}

/**
 * Route actions read forms only; a body of any other type is refused (415) before it is read.
 * better-auth's own API at /api/auth/* takes JSON, and so does the public API for a client with a key.
 */
export function formsOnly(): RequestHandler {
  return (req, res, next) => {
    if (!STATE_CHANGING.has(req.method) || req.path.startsWith("/api/auth/") || apiWithoutSession(req) || !hasBody(req)) return next();
    const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (FORM_TYPES.includes(type)) return next();
    refuse(req, res, 415, TEXT.unsupportedType, "content-type");
  };
}

/**
 * Limits the body before React Router reads it: by Content-Length without reading a byte, and a
 * chunked body by counting while it streams, cut off at the limit. Node itself holds a body with a
 * Content-Length to that length, so only chunked bodies need counting.
 */
export function bodyLimit(): RequestHandler {
  return (req, res, next) => {
    const limit = bodyLimitFor(req.path);
    const declared = req.get("content-length");
    if (declared !== undefined && Number(declared) > limit) return refuse(req, res, 413, TEXT.tooLarge(limit), "content-length");
    // server.ts answers "Expect: 100-continue" itself (checkContinue), so a client that asks first
    // sends nothing until the checks above and before have passed.
    if (req.get("expect")?.toLowerCase() === "100-continue") res.writeContinue();
    if (req.get("transfer-encoding") === undefined) return next();
    let received = 0;
    // Paused first, so this listener does not start the flow before React Router's reader is
    // attached; both listeners then see every chunk.
    req.pause();
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return;
      req.off("data", count);
      // React Router's reader fails here (the action's own answer is then dropped: the response is
      // this refusal); what the client still sends is read and thrown away, never kept.
      if (req.listenerCount("error") > 0) req.emit("error", new Error(`request body over ${limit} bytes`));
      req.on("data", () => {});
      req.resume();
      if (res.headersSent) return void req.destroy();
      refuse(req, res, 413, TEXT.tooLarge(limit), "streamed-length", { close: false });
      // Closing at once, with unread bytes, would reset the connection before the client reads
      // the refusal; a second's grace lets it arrive, then the upload is cut off.
      res.once("finish", () => setTimeout(() => req.destroy(), 1000).unref());
    };
    req.on("data", count);
    next();
  };
}

/**
 * Whether the request comes from this machine, for the /dev/* gate (res.locals.local). Runs before
 * server/app.ts rewrites x-forwarded-for for better-auth's rate limiter.
 */
export function clientLocality(env: Env): RequestHandler {
  return (req, res, next) => {
    res.locals.local = isLocalRequest({
      address: req.ip ?? req.socket.remoteAddress,
      trustProxy: env.TRUST_PROXY,
      forwarded: ["x-forwarded-for", "forwarded", "x-real-ip"].some((h) => req.get(h) !== undefined),
    });
    next();
  };
}

/** The refusals, in order; each decides on headers alone, so a refused body is never read. */
export function edgeGuards(env: Env): RequestHandler[] {
  return [apiHeaders(), apiWellFormedAddress(), pageMethods(), sameOriginOnly(env), formsOnly(), bodyLimit(), noStoreWhenPersonal(), apiIgnoresCookies()];
}

/**
 * No cache (the browser's back/forward cache included) may keep a page shown to a signed-in
 * person, or a response that sets a cookie. Decided when the headers go out, so it overrides
 * whatever a route set. Static files are served before this and keep their caching.
 */
export function noStoreWhenPersonal(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const signedIn = hasSessionCookie(req.get("cookie"));
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (signedIn || this.getHeader("set-cookie") !== undefined) this.setHeader("Cache-Control", "no-store");
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}

/**
 * What Node answers itself, before Express sees a request: an address or headers over Node's
 * limit (16 KB: 431), a request that is not HTTP (400), one that does not arrive in time (408).
 * Node would send the status line alone, with no body; this says it in Dutch, like the other
 * refusals, and closes the connection. For `server.on("clientError", …)` (server.ts).
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, text] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large", TEXT.headersTooLarge]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout", TEXT.timeout]
        : [400, "Bad Request", TEXT.malformed];
  const body = Buffer.from(text, "utf8");
  const head = [`HTTP/1.1 ${status} ${reason}`, "Content-Type: text/plain; charset=utf-8", `Content-Length: ${body.length}`, "X-Content-Type-Options: nosniff", "Connection: close"];
  socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`, "latin1"), body]));
}
