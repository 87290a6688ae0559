/**
 * Entry point: validates the environment, opens the database, serves the app.
 * In development Vite serves the app with hot reload; otherwise the build.
 */
import path from "node:path";
import express from "express";
import { parseEnv, EnvError, isLoopbackHost, type Env } from "./app/lib/env.server.ts";
import { precompressedStatic } from "./server/static-files.ts";

let env: Env;
try {
  env = parseEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const server = express();
// Every response says nothing about the software behind it, static files and 404s included.
server.disable("x-powered-by");
// req.secure (for Strict-Transport-Security) reads X-Forwarded-Proto only when the proxy is trusted.
server.set("trust proxy", env.TRUST_PROXY);
type Built = {
  createApp: (e: Env) => Promise<{
    app: express.Express;
    headers: express.RequestHandler;
    answerClientError(error: Error & { code?: string }, socket: import("node:stream").Duplex): void;
    drain(): void;
    close(): Promise<void>;
    demoAccounts: { password: string; lines: string[] } | null;
  }>;
};
let built: Built;

if (env.NODE_ENV === "development") {
  const vite = await import("vite");
  // React Router is bundled into the SSR module graph (development build); the Express adapter must
  // use that same copy, or RouterContextProvider from one fails instanceof in the other.
  const viteDevServer = await vite.createServer({ server: { middlewareMode: true }, ssr: { noExternal: ["@react-router/express"] } });
  server.use(viteDevServer.middlewares);
  built = (await viteDevServer.ssrLoadModule("./server/app.ts")) as typeof built;
} else {
  built = await import(path.resolve("build/server/index.js"));
}

let instance: Awaited<ReturnType<typeof built.createApp>>;
try {
  instance = await built.createApp(env);
} catch (error) {
  if (error instanceof Error && error.name === "DataDirLockedError") {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
server.use(instance.headers);
if (env.NODE_ENV !== "development") {
  server.use("/assets", ...precompressedStatic("build/client/assets", { immutable: true, maxAge: "1y" }));
  server.use(...precompressedStatic("build/client", { maxAge: "1h" }));
}
server.use(instance.app);

const listener = server.listen(env.PORT, env.HOST, () => {
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  // Whoever starts the demo should know at a glance whether others can reach it.
  const reach = isLoopbackHost(env.HOST)
    ? "alleen bereikbaar vanaf deze computer; zet HOST=0.0.0.0 om hem voor andere computers open te stellen"
    : `bereikbaar voor iedereen die deze computer kan bereiken (HOST=${env.HOST})`;
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: `Technohub luistert op http://${host}:${env.PORT}: ${reach}` }));
  if (instance.demoAccounts && env.LOG_LEVEL !== "silent") {
    console.log(`\nTechnohub draait op http://${host}:${env.PORT}`);
    for (const line of instance.demoAccounts.lines) console.log(line);
    console.log("");
  }
});

// Answered by the app (server/edge.ts bodyLimit) instead of by Node, which would say "continue"
// at once and so invite a body the app is about to refuse.
listener.on("checkContinue", server);
// An address or headers over Node's limit, or no HTTP at all: a Dutch sentence instead of a bare status line.
listener.on("clientError", instance.answerClientError);

let stopping = false;
/**
 * A graceful stop, so that a rolling restart behind a proxy loses no request: readiness answers
 * 503 at once, the listener accepts no new connection (the proxy moves on to another instance),
 * the requests already here finish within DRAIN_TIMEOUT_MS, then the job workers stop and the
 * database closes. Idle keep-alive connections are closed as soon as they are idle, so a stop
 * without requests in flight takes milliseconds.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  const log = (level: string, msg: string, extra: object = {}) =>
    console.log(JSON.stringify({ time: new Date().toISOString(), level, msg, signal, ...extra }));
  // Whatever hangs, the process is gone a bounded time after the signal.
  setTimeout(() => process.exit(1), env.DRAIN_TIMEOUT_MS + 3000).unref();
  instance.drain();
  const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
  listener.closeIdleConnections();
  // A connection becomes idle when its last request is answered; close it then, not at the deadline.
  const idle = setInterval(() => listener.closeIdleConnections(), 50);
  let deadline: NodeJS.Timeout | undefined;
  const drained = await Promise.race([
    closed.then(() => true),
    new Promise<false>((resolve) => (deadline = setTimeout(() => resolve(false), env.DRAIN_TIMEOUT_MS))),
  ]);
  clearInterval(idle);
  clearTimeout(deadline);
  if (!drained) {
    log("warn", "drain timed out: closing the connections still open");
    listener.closeAllConnections();
  }
  try {
    await instance.close();
    log("info", "stopped");
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
