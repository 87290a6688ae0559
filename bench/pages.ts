/**
 * `npm run bench -- pages [options]`: the main pages under concurrent load, each next to its
 * ceiling measured in the same run (issue 13, part 2).
 *
 *   --db pg|pglite|both     which database (default both; both also gives PGlite/PostgreSQL)
 *   --data demo|national    what a fresh database is seeded with (default demo; national runs
 *                           `npm run seed -- --national`: scale 1 on PostgreSQL, 0.1 on PGlite)
 *   --scale F               the national data set's scale instead (both databases)
 *   --database-url URL      measure this PostgreSQL database as it is (not seeded, not dropped);
 *                           for national figures a copy of the template: `createdb -h 127.0.0.1
 *                           -U postgres -T technohub_national technohub_nat_<you>`
 *   --data-dir DIR          the same for PGlite: an existing, seeded data directory
 *   --connections 16 --duration 8 --warmup 2 (seconds)
 *   --only home,netwerken   pages whose name contains one of these
 *   --skip api              pages whose name contains none of these (`--skip api`: the pages alone)
 *   --app-env K=V[,K=V]     extra environment for the app only, e.g. PAGE_CACHE=0 to measure
 *                           without a page cache, if the app has one (nothing else is varied);
 *                           GLIBC_TUNABLES= to measure without production's glibc settings
 *   --log-level info        the app's LOG_LEVEL (production default: info; its lines are discarded)
 *   --node-flags "…"        V8 flags of the app and the ceiling instead of production's
 *                           (server/node-flags.ts), e.g. "" to see what those flags cost
 *   --no-build              use the existing production build
 *   --port-base N           the servers take ports N…N+8 (default 3411); give each engineer
 *                           benching on a shared machine a range of their own
 *   --accept-encoding V     send this Accept-Encoding, e.g. "gzip, deflate, br" to load the app as a
 *                           browser does (default none: the page uncompressed, as the ceiling answers)
 *
 * For each database: the production build (`node server.ts`, NODE_ENV=production, no demo mode)
 * starts on a free port; the demo users sign in through better-auth's endpoint; every page is
 * checked once (200, signed in where it should be), warmed up, then loaded by autocannon with N
 * connections, and the same requests with the same cookies go to the ceiling
 * (bench/pages/ceiling.ts: a bare node:http server running the same use-cases on the same pool,
 * answering JSON). On PostgreSQL both servers run at once and each page is measured on the app
 * and then on the ceiling, so a ratio compares two moments seconds apart. PGlite allows one
 * process per data directory: there the app's pass comes first, then the ceiling's.
 *
 * The app runs with AUTH_RATE_LIMIT=0 (six sign-ins from one address pass better-auth's limit of
 * five a minute; no measured page goes through the limiter) and otherwise as in production.
 *
 * Reported per page: requests per second, p50/p95/p99 latency (of every response in the measured
 * window), CPU time per request (the server's process, plus its database's backends on
 * PostgreSQL: comparable between runs when the machine's load is not; each process is followed
 * from its first to its last sighting in the window, sampled every 0.5 s, so a pool connection
 * that opens or closes meanwhile neither adds nor subtracts what it used outside it:
 * bench/pages/cpu.ts), errors and non-2xx (a page that answers 500 or redirects to sign-in is a
 * failed measurement, not a fast one), the server's peak RSS while loading that page, and page/ceiling.
 * The load average is printed at start, per page and at the end; results go to
 * bench-results/pages-<db>.json. Targets (issue 13): every page ≥ 0.5× its ceiling on
 * PostgreSQL, signed-out home ≥ 1,500 rps, directory search ≥ 500 rps, both with p99 ≤ 50 ms, PGlite
 * within 3× of PostgreSQL, RSS ≤ 300 MB.
 *
 * First runs on demo data (2 shared cores, 2026-12-06, load average 18–28 from the other
 * engineers' work: absolute figures are the machine's, ratios are what to read). PostgreSQL,
 * page/ceiling: healthz 472/2,123 rps (0.22×: Express, compression, headers and the request log
 * cost 4× the transport), signed-out home 8/86 (0.10×), signed-in homes 0.25–0.63×, directory
 * 0.23×, with query 0.71× (its queries dominate), facets 0.29×, network page 0.24×, offers near
 * Utrecht 0.23×, courses near Utrecht 0.12×, news 0.36×, events 0.06×, search 0.23×; no failed
 * measurement; app peak RSS 588 MB (ceiling 411 MB). PGlite: 1–11 rps per page and ceiling
 * 2–22 rps, the directory search and /zoeken finished nothing within 8 s at 16 connections; app
 * and ceiling each above 1 GB RSS.
 *
 * The API's reads on a copy of the national data set (`--only api --db pg --database-url …`,
 * 2026-12-06, load average 16–19), app/ceiling: networks 8/36 rps (0.22×), with a query 1.05×,
 * facets 1.01×, organisations 0.68×, offers near Utrecht 1.18×, courses near Utrecht 0.89×,
 * articles 1.45×, events 38/114 (0.33×); no failed measurement; app peak RSS 239 MB. At that load
 * ratios above 1 are noise; the two under 0.5 are the lists whose use-case is cheap, where the
 * wrapper's JSON mapping and Express count most.
 *
 * Signed-in homes and visitors' pages on a copy of the national data set without the page cache
 * (`--db pg --database-url … --app-env PAGE_CACHE=0 --duration 6 --skip api`, 2026-12-06, load
 * average 8.5–13.2), app/ceiling rps and app CPU per request: home 32/80 (0.40×, 25 ms), signed-in
 * homes 0.32× (werknemer, 119/372) to 0.74× (beheerder), directory 0.27× (16 ms), with a query
 * 0.64× (26 rps, 45 ms), facets 0.25×, network page 0.27×, offers near Utrecht 0.76×, with a query
 * 0.72× (70 ms), courses near Utrecht 0.62× (56 ms), news 0.26×, events 0.17× (112/678 rps),
 * search 0.64× (8 rps, 153 ms); no failed measurement, no negative CPU; app peak RSS 279 MB.
 *
 * The same on an idle machine (2026-12-06, nothing else running: load 1.1 at the start, 2–7 from
 * the bench itself), before (main d46415f) and after the sixth pass (map markers out of the home,
 * route matches remembered, plain links on the server, ADR 020/024), app/ceiling ratio:
 * signed-out home 0.41× → 0.54× (27.0 → 15.6 ms CPU), signed-in homes 0.52–0.63× → 0.63–0.72×,
 * own organisation 0.41× → 0.62×, directory 0.42× → 0.40×, with a query 0.69× → 0.80×, facets
 * 0.42× → 0.59×, network page 0.28× → 0.43×, offers near Utrecht 0.44× → 0.43×, with a query
 * 0.84× → 0.88×, courses near Utrecht 0.74× → 0.77×, news 0.46× → 0.48×, events 0.26× → 0.32×,
 * search 0.96× → 0.99×; the home map's markers (`kaart`, new) 0.51×. App peak RSS 296 → 328 MB
 * (318 after the last page; `kaart` alone 242 MB): see ADR 027.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { freshPostgresDatabase } from "./support/postgres.ts";
import { cpuUsed, sampleCpu, type CpuSample } from "./pages/cpu.ts";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../app/db/client.server.ts";
import { DEMO_PASSWORD } from "../app/db/seed/demo-users.ts";
import { courseSearchHref, parseCourseFilters } from "../app/domain/courses/search-query.ts";
import { setLogLevel } from "../app/lib/log.server.ts";
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from "../server/node-flags.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    data: { type: "string", default: "demo" },
    scale: { type: "string" },
    "database-url": { type: "string" },
    "data-dir": { type: "string" },
    connections: { type: "string", default: "16" },
    duration: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    skip: { type: "string" },
    "app-env": { type: "string" },
    "log-level": { type: "string", default: "info" },
    "node-flags": { type: "string", default: SERVER_NODE_FLAGS.join(" ") },
    "no-build": { type: "boolean", default: false },
    // Engineers benching side by side on one machine each take their own range: a port seen free
    // by two benches at once is taken by whichever server binds first.
    "port-base": { type: "string", default: "3411" },
    "accept-encoding": { type: "string" },
  },
});
const CONNECTIONS = Math.max(1, Number(values.connections));
const DURATION = Math.max(1, Number(values.duration));
const WARMUP = Math.max(0, Number(values.warmup));
const SECRET = "bench-pages-secret-bench-pages-secret-0123456789";
const PORTS = Array.from({ length: 9 }, (_, i) => Number(values["port-base"]) + i);
const TARGETS = { ratio: 0.5, homeRps: 1500, searchRps: 500, p99Ms: 50, pgliteFactor: 3, rssMb: 300 };
const NODE_FLAGS = values["node-flags"]!.split(" ").filter(Boolean);
const APP_ENV = Object.fromEntries(
  (values["app-env"] ?? "")
    .split(",")
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
);
setLogLevel("silent");

type Engine = "pg" | "pglite";
type PageSpec = { name: string; path: string; as: string | null };
type Measure = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  peakRssMb: number;
  /** CPU time per answered request: the server's process and, on PostgreSQL, its database's backends. */
  cpuMsPerRequest: number;
  load: string;
};
type PageResult = PageSpec & { page: Measure; ceiling: Measure | null; ratio: number | null };

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** The roles whose home page differs (app/domain/home): one demo account each. */
const ROLES: [string, string][] = [
  ["docent", "docent@demo.technohub.nl"],
  ["bedrijf", "bedrijf@demo.technohub.nl"],
  ["opleider", "opleider@demo.technohub.nl"],
  ["coordinator", "coordinator.utrecht@demo.technohub.nl"],
  ["werknemer", "werknemer@demo.technohub.nl"],
  ["beheerder", "beheer@demo.technohub.nl"],
];
const PLACE = "Utrecht";
const COMPANY_ADMIN = "bedrijf@demo.technohub.nl";
const TEACHER = "docent@demo.technohub.nl";

function pages(networkSlug: string, companySlug: string): PageSpec[] {
  const all: PageSpec[] = [
    { name: "healthz", path: "/healthz", as: null },
    { name: "home", path: "/", as: null },
    ...ROLES.map(([role, email]) => ({ name: `home ${role}`, path: "/", as: email })),
    // A signed-in page other than the home: the company's own organisation page, as its admin.
    { name: "eigen organisatie", path: `/organisaties/${encodeURIComponent(companySlug)}`, as: COMPANY_ADMIN },
    { name: "netwerken", path: "/netwerken", as: null },
    { name: "netwerken?q", path: "/netwerken?q=techniek", as: null },
    { name: "netwerken facets", path: "/netwerken?provincie=Utrecht&onderwijs=vmbo&soort=pps", as: null },
    { name: "netwerk", path: `/netwerken/${encodeURIComponent(networkSlug)}`, as: null },
    // The page cache answers visitors (ADR 018); a signed-in person's pages are always rendered.
    { name: "netwerk docent", path: `/netwerken/${encodeURIComponent(networkSlug)}`, as: TEACHER },
    // The home map's markers, which the map fetches when it is shown (ADR 020): `--only kaart`.
    { name: "kaart", path: "/netwerken/vestigingen.json", as: null },
    { name: "aanbod bij", path: `/aanbod?bij=${PLACE}`, as: null },
    { name: "aanbod?q", path: "/aanbod?q=techniek", as: null },
    // The catalogue redirects to its canonical address; ask for that one.
    { name: "cursussen bij", path: courseSearchHref(parseCourseFilters(new URLSearchParams({ plaats: PLACE }))), as: null },
    { name: "nieuws", path: "/nieuws", as: null },
    { name: "evenementen", path: "/evenementen", as: null },
    { name: "evenementen docent", path: "/evenementen", as: TEACHER },
    { name: "zoeken", path: "/zoeken?q=techniek", as: null },
    // The public API's reads beside the pages they mirror (ADR 028): `--only api` measures them alone.
    { name: "api netwerken", path: "/api/v1/networks", as: null },
    { name: "api netwerken?q", path: "/api/v1/networks?q=techniek", as: null },
    { name: "api netwerken facets", path: "/api/v1/networks?province=Utrecht&educationSector=vmbo&kind=pps", as: null },
    { name: "api organisaties", path: "/api/v1/organisations", as: null },
    { name: "api aanbod bij", path: `/api/v1/offers?near=${PLACE}`, as: null },
    { name: "api cursussen bij", path: `/api/v1/courses?near=${PLACE}`, as: null },
    { name: "api nieuws", path: "/api/v1/articles", as: null },
    { name: "api evenementen", path: "/api/v1/events", as: null },
  ];
  const only = values.only?.split(",").filter(Boolean);
  const skip = values.skip?.split(",").filter(Boolean) ?? [];
  return (only ? all.filter((p) => only.some((o) => p.name.includes(o))) : all).filter((p) => !skip.some((s) => p.name.includes(s)));
}

async function freePort(exclude: number[] = []): Promise<number> {
  for (const port of PORTS) {
    if (exclude.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`Geen vrije poort in ${PORTS[0]}–${PORTS.at(-1)}`);
}

function run(cmd: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // A failed bulk insert prints every parameter: its last lines say what went wrong.
  const tail = (text: string) => text.trim().split("\n").slice(-15).map((l) => l.slice(0, 300)).join("\n");
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} mislukte:\n${tail(result.stdout)}\n${tail(result.stderr)}`);
  return result.stdout;
}

function seed(env: Record<string, string>) {
  const national = ["--", "--national", ...(values.scale ? ["--scale", values.scale] : [])];
  const args = ["run", "seed", ...(values.data === "national" ? national : [])];
  const t0 = performance.now();
  const out = run("npm", args, { AUTH_SECRET: SECRET, LOG_LEVEL: "warn", ...env });
  console.log(`  seed (${values.data}) in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${out.trim().split("\n").at(-1)}`);
}

type Prepared = { env: Record<string, string>; cleanup: () => Promise<void> };

/** Seeds a fresh database; if seeding fails, the half-filled database goes too. */
async function seeded(prepared: Prepared): Promise<Prepared> {
  try {
    seed(prepared.env);
  } catch (error) {
    await prepared.cleanup();
    throw error;
  }
  return prepared;
}

/** A database to measure: the one given, or a fresh one seeded here and removed afterwards. */
async function prepare(engine: Engine): Promise<Prepared> {
  if (engine === "pg") {
    if (values["database-url"]) return { env: { DATABASE_URL: values["database-url"] }, cleanup: async () => {} };
    const { url, drop } = await freshPostgresDatabase("technohub_bench_pages");
    return seeded({ env: { DATABASE_URL: url }, cleanup: drop });
  }
  if (values["data-dir"]) return { env: { DATA_DIR: path.resolve(values["data-dir"]) }, cleanup: async () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pages-"));
  return seeded({ env: { DATA_DIR: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) });
}

/** The page of the network with the most partners, members and locations: the heaviest profile. */
async function biggestNetwork(env: Record<string, string>): Promise<string> {
  const database = env.DATABASE_URL ? await openDatabase({ url: env.DATABASE_URL, max: 1 }) : await openDatabase({ dataDir: env.DATA_DIR! });
  try {
    if (database.kind === "postgres") await database.db.execute(sql`analyze`);
    const [row] = await queryRows<{ slug: string }>(
      database.db,
      sql`select n.slug from network n
          order by (select count(*) from network_partner p where p.network_id = n.id)
                 + (select count(*) from network_member m where m.network_id = n.id)
                 + (select count(*) from network_location l where l.network_id = n.id) desc, n.slug
          limit 1`,
    );
    if (!row) throw new Error("De database bevat geen netwerken");
    return row.slug;
  } finally {
    await database.close();
  }
}

/** The organisation the demo company's admin belongs to (the demo seed and the national set both make one). */
async function companyOf(env: Record<string, string>, email: string): Promise<string> {
  const database = env.DATABASE_URL ? await openDatabase({ url: env.DATABASE_URL, max: 1 }) : await openDatabase({ dataDir: env.DATA_DIR! });
  try {
    const [row] = await queryRows<{ slug: string }>(
      database.db,
      sql`select o.slug from membership m join "user" u on u.id = m.user_id join organisation o on o.id = m.organisation_id
          where u.email = ${email} and o.kind = 'company' order by o.slug limit 1`,
    );
    if (!row) throw new Error(`${email} hoort bij geen bedrijf`);
    return row.slug;
  } finally {
    await database.close();
  }
}

/** `database`: the PostgreSQL database's name, whose backends' CPU counts as the server's (null on PGlite). */
type Server = { child: ChildProcess; base: string; database: string | null; stop(): Promise<void> };

async function start(kind: "app" | "ceiling", dbEnv: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    // glibc's settings as production's (`--app-env GLIBC_TUNABLES=` measures the app without them).
    ...SERVER_MALLOC_ENV,
    NODE_ENV: "production",
    DEMO: "0",
    SEED: "0",
    HOST: "127.0.0.1",
    PORT: String(port),
    BASE_URL: base,
    AUTH_SECRET: SECRET,
    LOG_LEVEL: values["log-level"]!,
    // Six sign-ins from one address in a minute pass better-auth's limit (5). The limiter and the
    // sign-in throttle only see /api/auth/sign-in; no measured page goes through either.
    AUTH_RATE_LIMIT: "0",
    // The API's reads all come from one address: over the default 120 a minute the app answers 429
    // and the ceiling refuses alike. The count itself still runs on every request in both (ADR 029).
    API_RATE_LIMIT_PER_ADDRESS: "1000000",
    ...dbEnv,
    ...(kind === "app" ? APP_ENV : {}),
  };
  // Both run as production starts the server, so their memory and speed are production's.
  const args = [...NODE_FLAGS, ...(kind === "app" ? ["server.ts"] : ["--import", path.resolve("scripts/alias-hooks.ts"), "bench/pages/ceiling.ts"])];
  // stdout is discarded (the request log); stderr is shown, so a failing page says why.
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} stopte bij het starten (code ${child.exitCode})`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${kind} werd niet binnen 120 s bereikbaar`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    base,
    database: dbEnv.DATABASE_URL ? decodeURIComponent(new URL(dbEnv.DATABASE_URL).pathname.slice(1)) : null,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      // Both finish the requests still running before they close their pool (the app within
      // DRAIN_TIMEOUT_MS, 10 s; the ceiling within 20 s): a kill before that cuts them off.
      await Promise.race([exited, new Promise((r) => setTimeout(r, 25_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Signs each demo account in through better-auth's own endpoint; returns its cookie header. */
async function signIn(base: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const [, email] of ROLES) {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`Inloggen als ${email} mislukte: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
    cookies.set(email, cookie);
  }
  return cookies;
}

/** One request before loading: a page that fails, redirects or is not signed in is not measured. */
async function check(kind: "app" | "ceiling", base: string, page: PageSpec, cookie: string | undefined) {
  const response = await fetch(base + page.path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${kind} ${page.path}${page.as ? ` (${page.as})` : ""}: status ${response.status}`);
  if (kind === "app" && page.path !== "/healthz") {
    const signedIn = body.includes('action="/uitloggen"');
    if (signedIn !== !!page.as) throw new Error(`${page.path}: ${page.as ? `niet ingelogd als ${page.as}` : "onverwacht ingelogd"}`);
  }
  if (kind === "ceiling" && page.as && !body.includes(JSON.stringify(page.as))) throw new Error(`ceiling ${page.path}: niet ingelogd als ${page.as}`);
}

function rssMb(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Waits until the server answers /healthz again. A backlog of slow pages can outlast fetch's own
 * header timeout (300 s); a page that slow is a figure of the run, not a reason to end it.
 */
async function drained(base: string, maxMs = 15 * 60_000): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) })).ok) return;
    } catch {
      // Still busy: ask again.
    }
  }
  throw new Error(`${base}: no answer on /healthz for ${maxMs / 60_000} minutes after a measurement`);
}

async function measure(server: Server, page: PageSpec, cookie: string | undefined): Promise<Measure> {
  const url = server.base + page.path;
  const headers = { ...(cookie ? { cookie } : {}), ...(values["accept-encoding"] ? { "accept-encoding": values["accept-encoding"] } : {}) };
  if (WARMUP > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARMUP, headers });
  const times: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.child.pid!).rss)), 100);
  // The backends are followed one by one (bench/pages/cpu.ts), sampled every half second so that
  // one whose connection closes during the window still counts up to shortly before it went.
  const cpuSamples: CpuSample[] = [sampleCpu(server.child.pid!, server.database)];
  const cpuSampler = setInterval(() => cpuSamples.push(sampleCpu(server.child.pid!, server.database)), 500);
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, timeout: 10 });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  clearInterval(sampler);
  clearInterval(cpuSampler);
  peak = Math.max(peak, rssMb(server.child.pid!).rss);
  cpuSamples.push(sampleCpu(server.child.pid!, server.database));
  const cpu = cpuUsed(cpuSamples);
  // autocannon stops sending, but the server still works off what it had accepted; on PGlite, whose
  // queries run one at a time, that backlog would otherwise land in the next page's figures.
  await drained(server.base);
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRssMb: peak,
    cpuMsPerRequest: result.requests.total > 0 ? cpu / result.requests.total : NaN,
    load: load(),
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—").padStart(6);
const fmt = (m: Measure | null) => (m ? `${m.rps.toFixed(0).padStart(6)} rps ${ms(m.p50)} ${ms(m.p95)} ${ms(m.p99)} ms` : "—".padStart(36));
const failed = (m: Measure | null) => !!m && (m.errors > 0 || m.non2xx > 0 || m.requests === 0);

async function bench(engine: Engine) {
  console.log(`\n== ${engine === "pg" ? "PostgreSQL" : "PGlite"} · ${CONNECTIONS} connections · ${DURATION} s per page after ${WARMUP} s warm-up · node ${NODE_FLAGS.join(" ") || "(no flags)"} · load ${load()}`);
  const { env, cleanup } = await prepare(engine);
  try {
    const slug = await biggestNetwork(env);
    const list = pages(slug, await companyOf(env, COMPANY_ADMIN));
    const results: PageResult[] = [];

    const why = (m: Measure) => (m.requests === 0 ? `no answer within ${DURATION} s` : `${m.errors} errors, ${m.non2xx} non-2xx`);
    const line = (kind: string, name: string, m: Measure) =>
      console.log(`  ${kind.padEnd(7)} ${name.padEnd(18)} ${fmt(m)} · ${m.cpuMsPerRequest.toFixed(1)} ms CPU/req · ${m.peakRssMb.toFixed(0)} MB${failed(m) ? ` · FAILED (${why(m)})` : ""} · load ${m.load}`);
    const cookieOf = (page: PageSpec) => (page.as ? cookies.get(page.as) : undefined);
    let cookies = new Map<string, string>();
    let appHwm = 0;
    let ceilingHwm = 0;
    if (engine === "pg") {
      // Both servers up at once, each page measured on one and then the other: on a shared
      // machine the load moves within minutes, and a ratio of two moments an hour apart says little.
      const app = await start("app", env);
      let ceiling: Server | null = null;
      try {
        ceiling = await start("ceiling", env);
        cookies = await signIn(app.base);
        for (const page of list) {
          await check("app", app.base, page, cookieOf(page));
          await check("ceiling", ceiling.base, page, cookieOf(page));
        }
        for (const page of list) {
          const m = await measure(app, page, cookieOf(page));
          line("app", page.name, m);
          const c = await measure(ceiling, page, cookieOf(page));
          line("ceiling", page.name, c);
          results.push({ ...page, page: m, ceiling: c, ratio: c.rps > 0 ? m.rps / c.rps : null });
        }
        appHwm = rssMb(app.child.pid!).hwm;
        ceilingHwm = rssMb(ceiling.child.pid!).hwm;
      } finally {
        await ceiling?.stop();
        await app.stop();
      }
    } else {
      // PGlite is one process per data directory: the app's pass, then the ceiling's.
      const app = await start("app", env);
      try {
        cookies = await signIn(app.base);
        for (const page of list) await check("app", app.base, page, cookieOf(page));
        for (const page of list) {
          const m = await measure(app, page, cookieOf(page));
          line("app", page.name, m);
          results.push({ ...page, page: m, ceiling: null, ratio: null });
        }
        appHwm = rssMb(app.child.pid!).hwm;
      } finally {
        await app.stop();
      }
      const ceiling = await start("ceiling", env);
      try {
        for (const page of list) await check("ceiling", ceiling.base, page, cookieOf(page));
        for (const result of results) {
          const c = await measure(ceiling, result, cookieOf(result));
          line("ceiling", result.name, c);
          result.ceiling = c;
          result.ratio = c.rps > 0 ? result.page.rps / c.rps : null;
        }
        ceilingHwm = rssMb(ceiling.child.pid!).hwm;
      } finally {
        await ceiling.stop();
      }
    }

    console.log(`\n  ${"page".padEnd(18)} ${"app: rps, p50 p95 p99".padEnd(36)}   ${"ceiling".padEnd(36)}  ratio`);
    for (const r of results) {
      const mark = failed(r.page) || failed(r.ceiling) ? "  FAILED MEASUREMENT" : r.ratio !== null && r.ratio < TARGETS.ratio ? `  < ${TARGETS.ratio}×` : "";
      console.log(`  ${r.name.padEnd(18)} ${fmt(r.page)}   ${fmt(r.ceiling)}  ${r.ratio?.toFixed(2) ?? "—"}×${mark}`);
    }
    const home = results.find((r) => r.name === "home");
    const search = results.find((r) => r.name === "netwerken?q");
    const targets = {
      pagesAtHalfCeiling: results.filter((r) => r.name !== "healthz").every((r) => (r.ratio ?? 0) >= TARGETS.ratio),
      homeRps: home ? home.page.rps >= TARGETS.homeRps : null,
      searchRps: search ? search.page.rps >= TARGETS.searchRps : null,
      // The issue's sentence binds p99 to the two throughput targets ("the signed-out home … and the
      // directory search …, with p99 at most 50 ms"). A closed loop of 16 connections waits 16 / rps
      // on average (Little's law): a page whose own ceiling answers 150 rps cannot have a p99 of
      // 50 ms at 16 connections, so the other pages' p99 is reported, not judged.
      p99: home || search ? [home, search].every((r) => !r || r.page.p99 <= TARGETS.p99Ms) : null,
      rss: appHwm <= TARGETS.rssMb,
      noFailures: results.every((r) => !failed(r.page) && !failed(r.ceiling)),
    };
    const yes = (v: boolean | null) => (v === null ? "not measured" : v ? "met" : "NOT met");
    console.log(
      `\n  targets: every page ≥ ${TARGETS.ratio}× ceiling ${yes(targets.pagesAtHalfCeiling)} · signed-out home ≥ ${TARGETS.homeRps} rps ${yes(targets.homeRps)}` +
        `${home ? ` (${home.page.rps.toFixed(0)})` : ""} · directory search ≥ ${TARGETS.searchRps} rps ${yes(targets.searchRps)}${search ? ` (${search.page.rps.toFixed(0)})` : ""}` +
        ` · their p99 ≤ ${TARGETS.p99Ms} ms ${yes(targets.p99)}${[home, search].some(Boolean) ? ` (${[home, search].flatMap((r) => (r ? [r.page.p99.toFixed(1)] : [])).join(", ")} ms)` : ""} · app peak RSS ${appHwm.toFixed(0)} MB ≤ ${TARGETS.rssMb} ${yes(targets.rss)}` +
        ` (ceiling ${ceilingHwm.toFixed(0)} MB) · no failed measurements ${yes(targets.noFailures)} · load ${load()}`,
    );
    const report = {
      engine,
      data: values["database-url"] || values["data-dir"] ? "given" : values.data,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      appEnv: APP_ENV,
      nodeFlags: NODE_FLAGS,
      logLevel: values["log-level"],
      cpus: os.cpus().length,
      network: slug,
      at: new Date().toISOString(),
      appPeakRssMb: appHwm,
      ceilingPeakRssMb: ceilingHwm,
      targets,
      results,
    };
    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync(`bench-results/pages-${engine}.json`, JSON.stringify(report, null, 2) + "\n");
    return report;
  } finally {
    await cleanup();
  }
}

if (!values["no-build"]) {
  console.log("Bouwen (npm run build) …");
  if (spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status !== 0) throw new Error("npm run build mislukte");
}
console.log(`${os.cpus().length} cpus, load ${load()}`);
const engines: Engine[] = values.db === "both" ? ["pg", "pglite"] : values.db === "pglite" ? ["pglite"] : values.db === "pg" ? ["pg"] : [];
if (!engines.length) throw new Error("--db moet pg, pglite of both zijn");
const reports = [];
for (const engine of engines) reports.push(await bench(engine));

let ok = reports.every((r) => Object.values(r.targets).every((v) => v !== false));
if (reports.length === 2) {
  const [pgReport, pgliteReport] = reports as [Awaited<ReturnType<typeof bench>>, Awaited<ReturnType<typeof bench>>];
  console.log(`\n== PGlite / PostgreSQL (target: PGlite within ${TARGETS.pgliteFactor}×, i.e. ≥ ${(1 / TARGETS.pgliteFactor).toFixed(2)})`);
  for (const r of pgliteReport.results) {
    const other = pgReport.results.find((p) => p.name === r.name);
    if (!other) continue;
    const ratio = r.page.rps / other.page.rps;
    const within = ratio >= 1 / TARGETS.pgliteFactor;
    ok &&= within;
    const cpu = `CPU per request ${r.page.cpuMsPerRequest.toFixed(1)} / ${other.page.cpuMsPerRequest.toFixed(1)} ms = ${(r.page.cpuMsPerRequest / other.page.cpuMsPerRequest).toFixed(2)}×`;
    console.log(`  ${r.name.padEnd(18)} ${r.page.rps.toFixed(0).padStart(6)} / ${other.page.rps.toFixed(0).padStart(6)} rps = ${ratio.toFixed(2)}${within ? "" : "  (more than 3× slower)"} · ${cpu}`);
  }
}
console.log(`\nload ${load()}`);
process.exit(ok ? 0 : 1);
