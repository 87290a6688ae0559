/**
 * `npm run bench -- instance-memory [--seconds 10] [--connections 16] [--pglite] [--no-build]`
 *
 * Memory of one instance under load (issue 13: at most 300 MB RSS per instance). The real server
 * (production build, `node server.ts`) with the demo data (loaded beforehand by `npm run seed`), on a fresh PostgreSQL database at
 * 127.0.0.1:5432 (or PGlite in a temporary directory with --pglite); autocannon loads the main
 * pages one after another. Reports, per page, requests per second and p99, and the instance's
 * resident memory: after start (measured in this run, the floor), the peak under load (the
 * kernel's VmHWM), and the peak as a share of the 300 MB ceiling. Prints the load average.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import pg from "pg";
import { freePort } from "../scripts/free-port.ts";
import { SERVER_MALLOC_ENV, serverNodeArgs } from "../server/node-flags.ts";

// autocannon ships no types; the part used here, typed once (bench/pages.ts has its own declaration).
type Result = { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
const autocannon = createRequire(import.meta.url)("autocannon") as (options: { url: string; connections: number; duration: number }) => Promise<Result>;

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    pglite: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    /** e.g. --node-options=--max-old-space-size=160, to see what a heap limit does to the peak */
    "node-options": { type: "string", default: "" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const CEILING_MB = 300;
const PAGES = ["/", "/netwerken", "/netwerken?q=techniek", "/aanbod", "/cursussen", "/nieuws", "/evenementen", "/zoeken?q=lassen", "/healthz"];
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

/** Resident memory of a process in MB: now (VmRSS) and the peak since it started (VmHWM). */
function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

async function main() {
  if (!values["no-build"]) {
    console.log("Bouwen (npm run build) …");
    if (spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status !== 0) throw new Error("npm run build mislukte");
  }
  const cleanups: (() => Promise<void> | void)[] = [];
  const env: Record<string, string> = { AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789" };
  if (values.pglite) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-bench-memory-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    env.DATA_DIR = dir;
  } else {
    const name = `technohub_bench_memory_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: values.server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: values.server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    });
    const url = new URL(values.server!);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  // Seeded by its own process first: the instance measured is one that serves, not one that just
  // built the demo data in its heap.
  if (spawnSync("npm", ["run", "seed"], { env: { ...process.env, ...env, LOG_LEVEL: "warn" }, stdio: "ignore" }).status !== 0) throw new Error("npm run seed mislukte");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As production starts it (server/node-flags.ts: V8 flags and glibc settings); --node-options adds to that.
  const child = spawn(process.execPath, serverNodeArgs(), {
    env: { ...process.env, ...SERVER_MALLOC_ENV, ...env, NODE_OPTIONS: values["node-options"]!, NODE_ENV: "production", DEMO: "1", SEED: "0", PORT: String(port), HOST: "127.0.0.1", BASE_URL: base, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  cleanups.unshift(async () => {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  });
  try {
    const until = Date.now() + 300_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error("de server stopte tijdens het starten");
      const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until) throw new Error("de server werd niet gereed");
      await new Promise((r) => setTimeout(r, 200));
    }
    const started = memory(child.pid!);
    console.log(`${values.pglite ? "PGlite" : "PostgreSQL"}, demo data, ${CONNECTIONS} connections, ${SECONDS} s per page${values["node-options"] ? `, ${values["node-options"]}` : ""}; load ${load()}`);
    console.log(`RSS after start: ${started.rss.toFixed(0)} MB`);
    let sampledPeak = started.rss;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, memory(child.pid!).rss)), 100);
    for (const page of PAGES) {
      const result = await autocannon({ url: `${base}${page}`, connections: CONNECTIONS, duration: SECONDS });
      const now = memory(child.pid!);
      console.log(
        `${page.padEnd(24)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(5)} ms  ` +
          `non-2xx ${result.non2xx}  errors ${result.errors}  RSS ${now.rss.toFixed(0)} MB (peak so far ${now.peak.toFixed(0)} MB)`,
      );
    }
    clearInterval(sampler);
    const end = memory(child.pid!);
    const peak = Math.max(end.peak, sampledPeak);
    console.log(`Peak RSS under load: ${peak.toFixed(0)} MB = ${(peak / CEILING_MB).toFixed(2)}× the ceiling of ${CEILING_MB} MB (${(peak / started.rss).toFixed(2)}× the RSS after start); load ${load()}`);
    if (peak > CEILING_MB) process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

await main();
