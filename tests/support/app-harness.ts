/**
 * Boots the production build (build/server/index.js) in this process, the way server.ts does,
 * so the checks exercise exactly what would be put online: the same Express app, middleware,
 * React Router handler, better-auth and database code. Each test file gets its own database
 * (a fresh PGlite directory, or a fresh database on the PostgreSQL server), filled by the demo
 * seed, and signs in every demo role once through the real sign-in endpoint.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { SQL } from "drizzle-orm";
import { parseEnv, type Env } from "~/lib/env.server.ts";
import { DEMO_PASSWORD } from "~/db/seed/demo-users.ts";
import { createPostgresDatabase } from "./db.ts";

export const TEST_DB = (process.env.TEST_DB ?? "pglite") as "pglite" | "postgres";

export const BUILD_ENTRY = path.resolve(import.meta.dirname, "../../build/server/index.js");

/** The people the checks act as. "coordinator" coordinates the network the params point at; "otherCoordinator" another one. */
export const ROLES = ["visitor", "teacher", "company", "provider", "employee", "coordinator", "otherCoordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_EMAILS: Record<Exclude<Role, "visitor">, string> = {
  teacher: "docent@demo.technohub.nl",
  company: "bedrijf@demo.technohub.nl",
  provider: "opleider@demo.technohub.nl",
  employee: "werknemer@demo.technohub.nl",
  coordinator: "coordinator.utrecht@demo.technohub.nl",
  otherCoordinator: "coordinator.nop@demo.technohub.nl",
  admin: "beheer@demo.technohub.nl",
};

type Row = Record<string, unknown>;

type BuiltApp = {
  app: http.RequestListener;
  services: { db: { execute(query: unknown): Promise<unknown> } };
  close(): Promise<void>;
};
type Built = { createApp(env: Env): Promise<BuiltApp> };

export type Harness = {
  baseUrl: string;
  db: "pglite" | "postgres";
  /** Session cookie header per signed-in role ("" for the visitor). */
  cookies: Record<Role, string>;
  /** A second, separate session for `role` (for requests that end the session they carry). */
  freshCookie(role: Exclude<Role, "visitor">): Promise<string>;
  /** A request as `role`; redirects are not followed, so 302/303 stay visible. */
  request(role: Role, pathname: string, init?: RequestInit): Promise<Response>;
  /** Raw SQL against the app's own database (rows as plain objects). */
  query<T extends Row = Row>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
};

async function loadBuild(): Promise<Built> {
  if (!fs.existsSync(BUILD_ENTRY)) {
    throw new Error(
      `The app is not built: ${path.relative(process.cwd(), BUILD_ENTRY)} is missing. ` +
        "Run `npm run build` first (`npm test` does it before Vitest).",
    );
  }
  return (await import(BUILD_ENTRY)) as Built;
}


/** Signs in through better-auth's own endpoint, as a client of the API would, and keeps the session cookie. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    redirect: "manual",
  });
  if (response.status !== 200) {
    throw new Error(`Signing in as ${email} failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token"))) throw new Error(`Signing in as ${email} set no session cookie`);
  return cookies.join("; ");
}

/** The page cache is off unless asked for: checks that change rows directly and then read a visitor's page would otherwise see the page of a moment ago. */
export async function startApp(options: { env?: Record<string, string> } = {}): Promise<Harness> {
  const built = await loadBuild();
  const cleanups: (() => Promise<void> | void)[] = [];
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  if (TEST_DB === "postgres") {
    const database = await createPostgresDatabase("technohub_checks");
    databaseUrl = database.url;
    cleanups.push(() => database.drop());
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-checks-"));
    const dir = dataDir;
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  }

  // Listen first: better-auth needs its public address (BASE_URL) at creation, and the port is only known now.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  let instance: BuiltApp;
  try {
    const env = parseEnv({
      NODE_ENV: "production",
      DEMO: "1",
      SEED: "1",
      AUTH_RATE_LIMIT: "0",
      // Every call of a test comes from 127.0.0.1: the API's limit per address would stop a test that
      // walks every route (the authorisation matrix, hostile input). Tests of the limit set their own.
      API_RATE_LIMIT_PER_ADDRESS: "1000000",
      // CHECKS_LOG_LEVEL=error shows the stack of every 500 while investigating a failure.
      LOG_LEVEL: process.env.CHECKS_LOG_LEVEL ?? "silent",
      AUTH_SECRET: "checks-secret-checks-secret-checks-secret-0123",
      HOST: "127.0.0.1",
      PORT: String(port),
      BASE_URL: baseUrl,
      GEOCODER: "gazetteer",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PAGE_CACHE: "0",
      ...options.env,
    });
    instance = await built.createApp(env);
  } catch (error) {
    server.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }
  server.on("request", instance.app);

  const query = async <T extends Row = Row>(statement: SQL): Promise<T[]> => {
    const result = (await instance.services.db.execute(statement)) as { rows: T[] };
    return result.rows;
  };

  const cookies = { visitor: "" } as Record<Role, string>;
  try {
    for (const role of ROLES) if (role !== "visitor") cookies[role] = await signIn(baseUrl, ROLE_EMAILS[role]);
  } catch (error) {
    await shutdown();
    throw error;
  }

  async function shutdown() {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // createApp's close stops pg-boss (bounded) and closes the database.
    await instance.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
  }

  return {
    baseUrl,
    db: TEST_DB,
    cookies,
    query,
    freshCookie: (role) => signIn(baseUrl, ROLE_EMAILS[role]),
    async request(role, pathname, init = {}) {
      const headers = new Headers(init.headers);
      if (cookies[role]) headers.set("cookie", cookies[role]);
      // Every check speaks as someone on the internet: the app does not trust forwarding headers
      // (no TRUST_PROXY), so a request that carries one never counts as from this machine.
      if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", "203.0.113.10");
      return fetch(new URL(pathname, baseUrl), { ...init, headers, redirect: "manual" });
    },
    close: shutdown,
  };
}
