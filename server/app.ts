import crypto from "node:crypto";
import express from "express";
import { createRequestHandler } from "@react-router/express";
import { RouterContextProvider } from "react-router";
import { sql } from "drizzle-orm";
import { createAuth } from "~/auth/auth.server.ts";
import { openDatabase, pendingMigrations } from "~/db/client.server.ts";
import { apiActorContext, servicesContext, requestContext, type AppServices, type KeyActor } from "~/context.ts";
import { baseUrl, ssoPrivateIssuers, type Env } from "~/lib/env.server.ts";
import { log, setLogLevel } from "~/lib/log.server.ts";
import { installationSecret } from "~/lib/installation-secret.server.ts";
import { createMailer, createMailTransport } from "~/lib/mail/mailer.server.ts";
import { createJobQueue } from "~/jobs/queue.server.ts";
import { startWorkers } from "~/jobs/registry.server.ts";
import { createGeocoder } from "~/lib/geo/create-geocoder.server.ts";
import { localeFromCookie } from "~/i18n/index.ts";
import { withPatternMatching } from "~/lib/route-matching.server.ts";
import { answerClientError, clientLocality, edgeGuards, securityHeaders } from "./edge.ts";
import { createPageCache } from "./page-cache.ts";
import { apiGate } from "./api-gate.ts";
import { responseCompression } from "./response-compression.ts";

export async function createServices(env: Env): Promise<AppServices> {
  const database = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL })
    : await openDatabase({ dataDir: env.DATA_DIR });
  const db = database.db;
  const jobs = createJobQueue(database, { url: env.DATABASE_URL });
  const mailTransport = createMailTransport(env.SMTP_URL, env.MAIL_FROM);
  const mailer = createMailer({ db, transport: mailTransport, jobs, baseUrl: baseUrl(env) });
  const auth = createAuth({
    db,
    mailer,
    baseUrl: baseUrl(env),
    // env refuses DATABASE_URL without AUTH_SECRET, so a generated one only ever lives beside PGlite.
    secret: env.AUTH_SECRET ?? installationSecret(env.DATA_DIR),
    rateLimit: env.AUTH_RATE_LIMIT && env.NODE_ENV !== "test",
    ssoPrivateIssuers: ssoPrivateIssuers(env),
  });
  const geocoder = createGeocoder(env);
  return { env, database, db, mailer, mailTransport, jobs, auth, geocoder, clock: { now: () => new Date() } };
}

/** The demo accounts server.ts prints when the demo seed runs (loaded with it, not at every start). */
async function demoAccountsToPrint(): Promise<{ password: string; lines: string[] }> {
  const [{ DEMO_PASSWORD }, { demoAccountLines }] = await Promise.all([import("~/db/seed/demo-users.ts"), import("~/db/seed/demo-accounts.ts")]);
  return { password: DEMO_PASSWORD, lines: demoAccountLines(DEMO_PASSWORD) };
}

/** Builds the HTTP app around the React Router request handler. */
export async function createApp(env: Env) {
  setLogLevel(env.LOG_LEVEL);
  const services = await createServices(env);
  // The demo seed's code and data (~130 KB of source) load only when it runs (SEED, by default with DEMO).
  const seeded = env.SEED ? await (await import("~/db/seed/seed.server.ts")).seedIfEmpty(services) : null;
  // Before serving: a request may enqueue a job inside its transaction, which needs the queue ready.
  await startWorkers(services);
  // What /readyz reports; server.ts sets `draining` on SIGTERM (see docs/deploy.md, "Stopping").
  const state = { workersStarted: true, draining: false };

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  // Also returned: server.ts puts the same headers in front of its static files.
  const headers = securityHeaders(env);
  app.use(headers);
  app.use(clientLocality(env));

  app.use((req, res, next) => {
    // A keep-alive connection (a proxy's upstream pool) would otherwise bring the next request to
    // an instance that is about to stop; closing it sends that request to another instance.
    if (state.draining) res.setHeader("connection", "close");
    const requestId = (req.get("x-request-id") ?? "").slice(0, 100) || crypto.randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    // The rate limiter keys on x-forwarded-for. Give it exactly one address: the socket's, or the
    // client address a trusted proxy reported (Express resolves that into req.ip).
    req.headers["x-forwarded-for"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const started = performance.now();
    res.on("finish", () => {
      if (req.path.startsWith("/assets/")) return;
      log.info("request", {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      });
    });
    next();
  });

  // Refusals first, each on headers alone, so a refused body is never read (see ARCHITECTURE.md, "Edge").
  app.use(edgeGuards(env));
  // The API's keys and rate limits (ADR 029), after the refusals so a refused request costs no count.
  app.use(apiGate(services));

  app.get("/healthz", async (_req, res) => {
    try {
      await services.db.execute(sql`select 1`);
      res.json({ status: "ok", database: services.database.kind });
    } catch (error) {
      log.error("health check failed", { error });
      res.status(503).json({ status: "error", database: services.database.kind });
    }
  });

  // Readiness, unlike /healthz (alive): whether this instance should get traffic now. A load
  // balancer or orchestrator stops sending requests as soon as it answers 503 (draining).
  app.get("/readyz", async (_req, res) => {
    const checks = { database: false, migrations: false, workers: state.workersStarted, draining: state.draining };
    try {
      checks.migrations = (await pendingMigrations(services.db)) === 0;
      checks.database = true;
    } catch (error) {
      log.error("readiness check failed", { error });
    }
    const ready = checks.database && checks.migrations && checks.workers && !checks.draining;
    res.status(ready ? 200 : 503).setHeader("cache-control", "no-store").json({ status: ready ? "ready" : "not ready", ...checks });
  });

  // Visitors' pages from memory for a few seconds (ADR 018): in front of compression, which a hit
  // skips (it is stored compressed); capture behind it, so it keeps the page uncompressed.
  const pageCache = env.PAGE_CACHE && env.NODE_ENV !== "development" ? createPageCache({ ttlMs: env.PAGE_CACHE_SECONDS * 1000, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 }) : null;
  if (pageCache) app.use(pageCache.serve);
  app.use(responseCompression());
  if (pageCache) app.use(pageCache.capture);

  // A function is called again on every request and React Router then derives its route tables
  // anew each time (for development's hot reload); a build never changes, so it gets the module.
  const build =
    env.NODE_ENV === "development"
      ? async () => withPatternMatching(await import("virtual:react-router/server-build"))
      : withPatternMatching(await import("virtual:react-router/server-build"));
  // `app.use`, not `app.all("/{*splat}")`: a route pattern makes Express decode the address into
  // its parameter first, and a broken escape (`/cursussen/%E0%A4%A`) then became Express's own
  // English "Bad Request" page. Undecoded, the address reaches the root's address check, which
  // refuses it in Dutch on the site's error page, or as problem details under /api/v1.
  app.use(
    createRequestHandler({
      build,
      // Said here, not left to the adapter's default of process.env.NODE_ENV: the production build
      // fixes that to "production" (vite/server-bundle.ts), and the build-based tests run it as "test".
      mode: env.NODE_ENV,
      getLoadContext(req, res) {
        const context = new RouterContextProvider();
        context.set(servicesContext, services);
        context.set(requestContext, {
          requestId: res.locals.requestId as string,
          locale: localeFromCookie(req.get("cookie")),
          nonce: res.locals.nonce as string,
          local: res.locals.local as boolean,
        });
        context.set(apiActorContext, (res.locals.apiActor as KeyActor | null | undefined) ?? null);
        return context;
      },
    }),
  );

  // What `npm start` prints for a person trying the demo: who to sign in as, and with which password.
  const demoAccounts = env.SEED ? await demoAccountsToPrint() : null;
  return {
    app,
    /** The security headers, for server.ts to put in front of its static files. */
    headers,
    /** What the HTTP server answers when Node refuses a request itself (server.ts: `clientError`). */
    answerClientError,
    services,
    seeded,
    demoAccounts,
    /** From now on /readyz answers 503 and every response closes its connection; requests are still served. */
    drain() {
      state.draining = true;
    },
    close: async () => {
      await Promise.race([services.jobs.stop(), new Promise((r) => setTimeout(r, 1200))]);
      await services.database.close();
    },
  };
}
