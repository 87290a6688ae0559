/**
 * A short-lived shared cache of the pages a visitor without a session sees (ADR 018). Such a page
 * is the same for everyone who asks in the same language within a few seconds, so it is rendered
 * once, compressed once (brotli and gzip) and then answered from memory until it expires.
 *
 * What is cached: a 200 answer to a GET without a session cookie (no cookie but `lang`), that
 * sets no cookie and does not forbid caching. What is not: anything else, /api and /dev.
 *
 * The CSP nonce of the rendering that filled an entry must not be handed to every later visitor:
 * a nonce that many see is no nonce. A cached page therefore carries no nonce; its policy lists
 * the SHA-256 hashes of its own inline scripts instead, computed once when the entry is made.
 *
 * A successful state-changing request (a form, an API call) empties the cache of this instance, so
 * whoever changes something sees the change at once; other instances catch up within the TTL.
 */
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Request, RequestHandler, Response } from "express";
import { localeFromCookie } from "~/i18n/index.ts";
import { log } from "~/lib/log.server.ts";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export type PageCacheOptions = {
  /** How long an entry is served, in milliseconds. */
  ttlMs: number;
  /** All entries together (body and both compressed forms) stay under this many bytes. */
  maxBytes: number;
  /** A larger page is not kept: one entry may not push out dozens of others. */
  maxEntryBytes: number;
  now?: () => number;
};

type Entry = {
  expires: number;
  headers: [string, string | string[]][];
  /** The policy with hashes instead of the nonce; null for a non-HTML answer (.data). */
  csp: string | null;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  bytes: number;
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const ONLY_LANGUAGE = /^\s*lang=[^;]*\s*$/;
// Per request (security headers, id, date) or per encoding; the rest of an answer's headers is the page's.
const NOT_STORED = new Set([
  "content-security-policy",
  "strict-transport-security",
  "x-request-id",
  "x-page-cache",
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "vary",
  "set-cookie",
]);

/** No cookie at all, or only the language choice: nothing that makes the page someone's own. */
function anonymous(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return true;
  return cookieHeader.split(";").every((part) => part.trim() === "" || ONLY_LANGUAGE.test(part));
}

function cacheable(req: Request): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.path.startsWith("/api/") || req.path.startsWith("/dev/")) return false;
  return !req.get("authorization") && anonymous(req.get("cookie"));
}

/** Which stored form the client takes: brotli, gzip or none, by its Accept-Encoding. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity" {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get("*") ?? 0;
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return "identity";
}

/**
 * The page without its nonce, and the policy that lets exactly its inline scripts run: the
 * nonce source replaced by the hash of each inline script. Null when the nonce appears anywhere
 * else than in nonce attributes, which would leave a shared secret in the page.
 */
export function withScriptHashes(html: string, csp: string, nonce: string): { html: string; csp: string } | null {
  const stripped = html.replaceAll(` nonce="${nonce}"`, "");
  if (stripped.includes(nonce)) return null;
  const hashes = new Set<string>();
  for (const match of stripped.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]!) || match[2] === "") continue;
    hashes.add(`'sha256-${crypto.createHash("sha256").update(match[2]!, "utf8").digest("base64")}'`);
  }
  const policy = csp.replace(` 'nonce-${nonce}'`, hashes.size ? ` ${[...hashes].join(" ")}` : "");
  return { html: stripped, csp: policy };
}

export function createPageCache(options: PageCacheOptions) {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  // The renderings under way: a request for a page that is being rendered waits for it, so an
  // expired or new page is rendered once, not once per visitor who asks in the meantime.
  const rendering = new Map<string, Promise<void>>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };

  // The host and scheme are in the key because a page may name its own address; `local` because
  // visitors on this machine see the developer's links in demo mode (res.locals.local).
  const keyOf = (req: Request, res: Response) =>
    `${req.protocol}://${req.get("host") ?? ""}${req.originalUrl}|${localeFromCookie(req.get("cookie"))}|${res.locals.local ? "local" : "remote"}`;

  async function store(key: string, res: Response, body: Buffer, nonce: string) {
    const headers = Object.entries(res.getHeaders())
      .filter(([name, value]) => !NOT_STORED.has(name) && value !== undefined)
      .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]);
    let identity = body;
    let csp: string | null = null;
    const type = String(res.getHeader("content-type") ?? "");
    if (type.startsWith("text/html")) {
      const policy = String(res.getHeader("content-security-policy") ?? "");
      if (!nonce) {
        csp = policy;
      } else {
        const hashed = withScriptHashes(body.toString("utf8"), policy, nonce);
        if (!hashed) return;
        identity = Buffer.from(hashed.html, "utf8");
        csp = hashed.csp;
      }
    }
    const [br, gz] = await Promise.all([
      brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      gzip(identity, { level: 6 }),
    ]);
    const size = identity.length + br.length + gz.length;
    remove(key);
    // Oldest first: a Map iterates in insertion order, and a hit re-inserts its entry.
    for (const old of entries.keys()) {
      if (bytes + size <= options.maxBytes) break;
      remove(old);
    }
    if (bytes + size > options.maxBytes) return;
    entries.set(key, { expires: now() + options.ttlMs, headers, csp, identity, br, gzip: gz, bytes: size });
    bytes += size;
  }

  const fresh = (key: string) => {
    const entry = entries.get(key);
    return entry && entry.expires > now() ? entry : undefined;
  };

  /** Before compression: answers from memory, or marks the request for capture(). */
  const serve: RequestHandler = (req, res, next) => {
    if (STATE_CHANGING.has(req.method)) {
      res.once("finish", () => {
        if (res.statusCode < 400) clear();
      });
      return next();
    }
    if (!cacheable(req)) return next();
    const key = keyOf(req, res);
    const stored = entries.get(key);
    if (stored && stored.expires > now()) return answer(req, res, key, stored, "hit");
    const under = rendering.get(key);
    // While one request renders the page anew, the others get the page of a moment ago: no visitor
    // waits for a rendering that is not their own. Only just expired pages, so none is older than twice the TTL.
    if (under && stored && now() - stored.expires < options.ttlMs) return answer(req, res, key, stored, "stale");
    if (under) {
      // Once: if that rendering could not be shared (an error page, a cookie), this one renders itself.
      void under.then(() => {
        const made = fresh(key);
        if (made) return answer(req, res, key, made, "hit");
        res.setHeader("X-Page-Cache", "miss");
        next();
      });
      return;
    }
    res.setHeader("X-Page-Cache", "miss");
    if (req.method !== "GET") return next();
    res.locals.pageCacheKey = key;
    let done!: () => void;
    rendering.set(
      key,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    // 'close' comes after the answer is out or the client is gone, whichever happens: waiters never hang.
    res.once("close", () => {
      void Promise.resolve(res.locals.pageCacheStored as Promise<void> | undefined).finally(() => {
        // Not replaced (an error page now, a cookie): the old page is not handed out any longer.
        if (stored && entries.get(key) === stored) remove(key);
        rendering.delete(key);
        done();
      });
    });
    next();
  };

  function answer(req: Request, res: Response, key: string, entry: Entry, state: "hit" | "stale") {
    // Re-inserted, so the Map's order is the order of last use (eviction takes the first).
    entries.delete(key);
    entries.set(key, entry);
    const encoding = pickEncoding(req.get("accept-encoding"));
    const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.identity;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    if (entry.csp !== null) res.setHeader("Content-Security-Policy", entry.csp);
    res.setHeader("Vary", "Accept-Encoding");
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.setHeader("X-Page-Cache", state);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** After compression: keeps the uncompressed answer of a marked request, if it may be shared. */
  const capture: RequestHandler = (_req, res, next) => {
    const key = res.locals.pageCacheKey as string | undefined;
    if (!key) return next();
    const nonce = (res.locals.nonce as string | undefined) ?? "";
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      size += buffer.length;
      if (size > options.maxEntryBytes) tooLarge = true;
      else chunks.push(Buffer.from(buffer));
    };
    const write = res.write;
    const end = res.end;
    res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).apply(this, [chunk, ...rest]);
    } as typeof res.write;
    res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      const result = (end as (...a: unknown[]) => Response).apply(this, [chunk, ...rest]);
      const control = String(res.getHeader("cache-control") ?? "");
      const shareable =
        !tooLarge && res.statusCode === 200 && res.getHeader("set-cookie") === undefined && !/no-store|private/i.test(control);
      if (shareable) {
        res.locals.pageCacheStored = store(key, res, Buffer.concat(chunks), nonce).catch((error: unknown) => log.warn("page cache: not stored", { error }));
      }
      return result;
    } as typeof res.end;
    next();
  };

  return {
    serve,
    capture,
    clear,
    /** For tests and the log: how many entries and bytes are held. */
    stats: () => ({ entries: entries.size, bytes }),
  };
}
