import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv, type Env } from "~/lib/env.server.ts";
import { setLogLevel } from "~/lib/log.server.ts";
import { answerClientError, clientLocality, contentSecurityPolicy, edgeGuards, MB, securityHeaders, tileSource } from "../../server/edge.ts";

/**
 * The edge as server/app.ts mounts it (headers, locality, refusals), in front of a stand-in for
 * React Router that reads the body as React Router's adapter does and says what it saw.
 */
function edgeApp(env: Env) {
  const seen = { calls: 0, bytes: 0 };
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(securityHeaders(env));
  app.use(clientLocality(env));
  app.use(edgeGuards(env));
  app.all("/{*splat}", (req, res) => {
    seen.calls++;
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("error", () => {});
    // As React Router's reader does: bodyLimit leaves a chunked body paused until someone reads.
    req.resume();
    req.on("end", () => {
      seen.bytes = bytes;
      if (res.headersSent) return;
      // A route that caches itself: no-store must still win for a signed-in request.
      res.setHeader("Cache-Control", "public, max-age=60");
      if (req.path === "/taal") res.setHeader("Set-Cookie", "lang=en; Path=/");
      res.json({ bytes, local: res.locals.local, nonce: res.locals.nonce });
    });
  });
  return { app, seen };
}

async function listen(app: express.Express) {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // The same as server.ts: the app answers "Expect: 100-continue" itself.
  server.on("checkContinue", app);
  server.on("clientError", answerClientError);
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Sends a body of `total` bytes as a client that keeps writing until the server stops it. */
function upload(base: string, path: string, total: number, headers: Record<string, string>) {
  return new Promise<{ status: number | null; body: string; sent: number; error?: string }>((resolve) => {
    const url = new URL(path, base);
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let done = false;
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        done = true;
        resolve({ status: res.statusCode ?? null, body, sent });
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!done) resolve({ status: null, body: "", sent, error: error.code });
      done = true;
    });
    const pump = () => {
      while (sent < total && !done) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (sent >= total) req.end();
    };
    if (headers.expect) req.on("continue", pump);
    else pump();
  });
}

const form = { "content-type": "application/x-www-form-urlencoded" };

describe("edge", () => {
  let base: string;
  let server: http.Server;
  let seen: { calls: number; bytes: number };
  beforeAll(async () => {
    setLogLevel("silent");
    const built = edgeApp(parseEnv({ NODE_ENV: "production", DEMO: "1" }));
    seen = built.seen;
    ({ server, base } = await listen(built.app));
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  describe("headers", () => {
    it("sends a Content-Security-Policy whose nonce is this response's own", async () => {
      const first = await fetch(`${base}/netwerken`);
      const { nonce } = (await first.json()) as { nonce: string };
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(first.headers.get("content-security-policy")).toBe(
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data: https://service.pdok.nl; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'`,
      );
      const second = (await (await fetch(`${base}/netwerken`)).json()) as { nonce: string };
      expect(second.nonce).not.toBe(nonce);
    });

    it("sends nosniff, DENY, a referrer policy and a permissions policy", async () => {
      const response = await fetch(`${base}/`);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()");
      expect(response.headers.get("x-powered-by")).toBeNull();
    });

    it("sends Strict-Transport-Security over plain http never, not even when a client claims https", async () => {
      const response = await fetch(`${base}/`, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers.get("strict-transport-security")).toBeNull();
    });

    it("allows the map tiles' host, also for a {s} subdomain template", () => {
      expect(tileSource("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png")).toBe("https://service.pdok.nl");
      expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
      expect(tileSource("geen adres")).toBeNull();
      expect(contentSecurityPolicy({ nonce: "n", tileSource: null, development: false })).toContain("img-src 'self' data:;");
    });

    it("relaxes scripts and styles in development only, for Vite", () => {
      const policy = contentSecurityPolicy({ nonce: "", tileSource: null, development: true });
      expect(policy).toContain("script-src 'self' 'unsafe-inline'");
      expect(policy).toContain("connect-src 'self' ws: wss:");
      expect(contentSecurityPolicy({ nonce: "n", tileSource: null, development: false })).not.toContain("unsafe-inline");
    });
  });

  describe("Origin", () => {
    it("refuses a form post from another site with 403 and a Dutch text", async () => {
      const response = await fetch(`${base}/taal`, { method: "POST", headers: { ...form, origin: "https://aanvaller.example" }, body: "lang=en" });
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toMatch(/^Dit verzoek is geweigerd: het kwam niet van een pagina van Technohub zelf/);
    });

    it("refuses Sec-Fetch-Site: cross-site, a foreign Referer and Origin null", async () => {
      const post = (headers: Record<string, string>) => fetch(`${base}/uitloggen`, { method: "POST", headers: { ...form, ...headers }, body: "x=1" });
      expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
      expect((await post({ referer: "https://aanvaller.example/pagina" })).status).toBe(403);
      expect((await post({ origin: "null" })).status).toBe(403);
    });

    it("lets an identity provider's page post a SAML message to the assertion consumer and logout services only", async () => {
      const post = (path: string) =>
        fetch(`${base}${path}`, { method: "POST", headers: { ...form, origin: "https://hub.entree.example", "sec-fetch-site": "cross-site" }, body: "SAMLResponse=x" });
      // Past the edge: what answers is better-auth (no such provider), not the edge's 403.
      expect((await post("/api/auth/sso/saml2/sp/acs/entree-1")).status).not.toBe(403);
      expect((await post("/api/auth/sso/saml2/sp/slo/entree-1")).status).not.toBe(403);
      expect((await post("/api/auth/sso/saml2/logout/entree-1")).status).toBe(403);
      expect((await post("/api/auth/sso/saml2/sp/acs/entree-1/x")).status).toBe(403);
    });


    it("also guards better-auth's API", async () => {
      const response = await fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://aanvaller.example" },
        body: "{}",
      });
      expect(response.status).toBe(403);
    });

    it("lets the app's own pages and clients without Origin or Referer through", async () => {
      const host = new URL(base).host;
      const post = (headers: Record<string, string>) => fetch(`${base}/taal`, { method: "POST", headers: { ...form, ...headers }, body: "lang=en" });
      expect((await post({ origin: base, "sec-fetch-site": "same-origin" })).status).toBe(200);
      expect((await post({ referer: `${base}/netwerken` })).status).toBe(200);
      expect((await post({})).status).toBe(200);
      expect(host).toMatch(/^127\.0\.0\.1:\d+$/);
    });

    it("with BASE_URL accepts that origin only", async () => {
      const built = edgeApp(parseEnv({ NODE_ENV: "production", DEMO: "1", BASE_URL: "https://technohub.example" }));
      const other = await listen(built.app);
      try {
        const post = (origin: string) => fetch(`${other.base}/taal`, { method: "POST", headers: { ...form, origin }, body: "lang=en" });
        expect((await post("https://technohub.example")).status).toBe(200);
        expect((await post(other.base)).status).toBe(403);
      } finally {
        other.server.closeAllConnections();
        other.server.close();
      }
    });
  });

  describe("content type", () => {
    it("answers 415 with a Dutch text for JSON to a page", async () => {
      const response = await fetch(`${base}/inloggen`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(response.status).toBe(415);
      expect(await response.text()).toMatch(/^Technohub neemt hier alleen formulieren aan/);
    });

    it("refuses text/plain (the type of a cross-site form that wants to look like JSON)", async () => {
      const response = await fetch(`${base}/inloggen`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"a":1}' });
      expect(response.status).toBe(415);
    });

    it("passes forms, multipart, an empty post, and JSON to better-auth", async () => {
      expect((await fetch(`${base}/inloggen`, { method: "POST", headers: form, body: "a=1" })).status).toBe(200);
      const multipart = new FormData();
      multipart.set("file", new Blob(["x"]), "x.csv");
      expect((await fetch(`${base}/netwerken/x/monitor/importeren`, { method: "POST", body: multipart })).status).toBe(200);
      expect((await fetch(`${base}/uitloggen`, { method: "POST" })).status).toBe(200);
      const json = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(json.status).toBe(200);
    });
  });

  describe("body size", () => {
    it("refuses a 50 MB anonymous sign-in post by its Content-Length, without reading it", async () => {
      const calls = seen.calls;
      const result = await upload(base, "/inloggen", 50 * MB, { ...form, "content-length": String(50 * MB), expect: "100-continue" });
      expect(result.status).toBe(413);
      expect(result.body).toMatch(/ten hoogste 1 MB/);
      // Asked first, the client was told no before it sent a byte.
      expect(result.sent).toBe(0);
      expect(seen.calls).toBe(calls);
    });

    it("does not read a large body a client sends without asking either", async () => {
      const calls = seen.calls;
      const result = await upload(base, "/inloggen", 50 * MB, { ...form, "content-length": String(50 * MB) });
      // The client may see the 413 or, still writing, the closed connection; never a read body.
      if (result.status !== null) expect(result.status).toBe(413);
      else expect(result.error).toMatch(/EPIPE|ECONNRESET/);
      expect(seen.calls).toBe(calls);
    });

    it("cuts a chunked body off at the limit with 413", async () => {
      const result = await upload(base, "/inloggen", 50 * MB, { ...form, "transfer-encoding": "chunked" });
      expect(result.status).toBe(413);
      expect(result.sent).toBeLessThan(20 * MB);
      expect(seen.bytes).toBeLessThanOrEqual(MB + 64 * 1024);
    });

    it("takes up to 10 MB on the file upload route, and a chunked body under the limit whole", async () => {
      const big = await upload(base, "/netwerken/technohub-nop/monitor/importeren", 5 * MB, { ...form, "content-length": String(5 * MB) });
      expect(big.status).toBe(200);
      expect(JSON.parse(big.body).bytes).toBe(5 * MB);
      const chunked = await upload(base, "/inloggen", 512 * 1024, { ...form, "transfer-encoding": "chunked" });
      expect(JSON.parse(chunked.body).bytes).toBe(512 * 1024);
      const over = await upload(base, "/netwerken/technohub-nop/monitor/importeren.data", 11 * MB, { ...form, "content-length": String(11 * MB), expect: "100-continue" });
      expect(over.status).toBe(413);
    });
  });

  describe("caching", () => {
    it("sends no-store to a request with the session cookie, over the route's own Cache-Control", async () => {
      const signedIn = await fetch(`${base}/netwerken`, { headers: { cookie: "lang=nl; technohub.session_token=abc.def" } });
      expect(signedIn.headers.get("cache-control")).toBe("no-store");
      const secure = await fetch(`${base}/netwerken`, { headers: { cookie: "__Secure-technohub.session_token=abc.def" } });
      expect(secure.headers.get("cache-control")).toBe("no-store");
      const visitor = await fetch(`${base}/netwerken`, { headers: { cookie: "lang=nl" } });
      expect(visitor.headers.get("cache-control")).toBe("public, max-age=60");
    });

    it("sends no-store on a response that sets a cookie", async () => {
      const response = await fetch(`${base}/taal`, { method: "POST", headers: form, body: "lang=en" });
      expect(response.headers.get("set-cookie")).toBe("lang=en; Path=/");
      expect(response.headers.get("cache-control")).toBe("no-store");
    });
  });

  describe("locality for /dev/*", () => {
    const local = async (b: string, headers: Record<string, string> = {}) => ((await (await fetch(`${b}/dev/mail`, { headers })).json()) as { local: boolean }).local;

    it("counts a loopback socket as this machine, unless a proxy forwarded the request", async () => {
      expect(await local(base)).toBe(true);
      expect(await local(base, { "x-forwarded-for": "127.0.0.1" })).toBe(false);
      expect(await local(base, { forwarded: "for=127.0.0.1" })).toBe(false);
    });

    it("behind a trusted proxy judges the address the proxy reports, and honours X-Forwarded-Proto", async () => {
      const built = edgeApp(parseEnv({ NODE_ENV: "production", DEMO: "1", TRUST_PROXY: "1" }));
      const proxied = await listen(built.app);
      try {
        expect(await local(proxied.base, { "x-forwarded-for": "203.0.113.9" })).toBe(false);
        expect(await local(proxied.base, { "x-forwarded-for": "127.0.0.1" })).toBe(true);
        const https = await fetch(`${proxied.base}/`, { headers: { "x-forwarded-proto": "https" } });
        expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000");
      } finally {
        proxied.server.closeAllConnections();
        proxied.server.close();
      }
    });
  });

  describe("what Node refuses before Express", () => {
    /** A raw request, as a script sends it; the whole answer as text. */
    function raw(base: string, request: string) {
      const { port } = new URL(base);
      return new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), "127.0.0.1", () => socket.write(request));
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk.toString("utf8")));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
    }

    it("an address or headers over Node's limit are a 431 with a Dutch sentence, not a bare status line", async () => {
      const { server, base } = await listen(edgeApp(parseEnv({ NODE_ENV: "production", DEMO: "1" })).app);
      try {
        const long = await raw(base, `GET /cursussen?q=${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
        expect(long).toMatch(/^HTTP\/1\.1 431 /);
        expect(long).toContain("Content-Type: text/plain; charset=utf-8");
        expect(long).toContain("Dit verzoek is te groot: het adres of de kopregels");
        const header = await raw(base, `GET / HTTP/1.1\r\nHost: x\r\nX-Groot: ${"b".repeat(60_000)}\r\n\r\n`);
        expect(header).toMatch(/^HTTP\/1\.1 431 /);
        const garbage = await raw(base, "HALLO DIT IS GEEN HTTP\r\n\r\n");
        expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
        expect(garbage).toContain("geen geldig HTTP-verzoek");
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });
  });
});
