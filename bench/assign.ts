/**
 * `npm run bench -- assign [--seed K] [--only 800x1200] [--form groups|pupils] [--time-limit S]`
 * `npm run bench -- assign --end-to-end [--db postgres|pglite|both] [--time-limit S]`
 *
 * --end-to-end: the national event day (10,000 pupils in 400 groups, 600 slots
 * with pupil capacities) written into a fresh database as a real event, then
 * the job's path timed step by step: load the instance from the database,
 * solve in the worker thread, store the assignment, and read the assignment
 * page's data back ("show"). Each database in its own child process, so that
 * its peak RSS is its own. Target: load + solve + store + show ≤ 15 s. The
 * PostgreSQL database is created on DATABASE_URL's server (default
 * postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
 *
 * Generated instances 100×150, 800×1,200 and 5,000×6,000 in both capacity
 * forms. Each instance is solved end to end (JSON text → parse → validate →
 * build → solve → result) in a fresh child process, so that its peak memory
 * (maxRSS) is its own. Reports wall and CPU time, peak RSS and heap, the
 * objective, the proven upper bound, the gap (UB − objective) / |UB|, the
 * greedy baseline and the engine's improvement over it. With pupil capacities
 * the engine uses its whole time limit, so each instance gets its target's
 * time (95 %, the rest is for reading the file) unless --time-limit is given.
 * The targets:
 *   groups 5,000×6,000: proven optimal in ≤ 3 s
 *   pupils   800×1,200: within 0.1 % of the bound in ≤ 2 s
 *   pupils 5,000×6,000: within 1 % of the bound in ≤ 10 s
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import pg from "pg";
import { openDatabase, type Database } from "../app/db/client.server.ts";
import { assignmentRun, event } from "../app/db/schema/index.ts";
import { generateEventInstance, insertGeneratedEvent } from "../app/db/seed/generated-event.ts";
import { checkResult } from "../app/domain/events/assignment/checker.ts";
import type { Result } from "../app/domain/events/assignment/types.ts";
import { assignGroups } from "../app/services/events/assign-groups.server.ts";
import { getAssignmentReview } from "../app/services/events/get-assignment-review.server.ts";
import { loadEventInstance } from "../app/services/events/helpers/event-instance.server.ts";
import { solveInWorker } from "../app/services/events/helpers/solve-in-worker.server.ts";
import { createTestServices } from "../tests/support/services.ts";
import { insertCoordinator, insertNetwork, insertUser } from "../tests/support/factories.ts";
import { generateInstance } from "../app/domain/events/assignment/generate.ts";
import { solveAssignment, solveGreedy, timeLimitForGroups } from "../app/domain/events/assignment/solve.ts";
import { parseInstance } from "../app/domain/events/assignment/validate.ts";

/** --end-to-end: the national event day, and how long its whole path may take. */
const EVENT = { groups: 400, slots: 600, pupils: 10_000, seed: 1 };
const TARGET_MS = 15_000;
/** Children resolve the app's ~/ imports (the services the end-to-end run uses) as the parent does. */
const ALIAS_HOOKS = new URL("../scripts/alias-hooks.ts", import.meta.url).pathname;

type Measurement = {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  objective: number;
  upperBound: number;
  optimal: boolean;
  greedy: number;
  assigned: number;
  groups: number;
};

const { values } = parseArgs({
  options: {
    child: { type: "string" },
    seed: { type: "string", default: "1" },
    only: { type: "string" },
    form: { type: "string" },
    "time-limit": { type: "string" },
    "end-to-end": { type: "boolean" },
    "e2e-child": { type: "string" },
    db: { type: "string", default: "both" },
  },
});

if (values["e2e-child"]) {
  await endToEndChild(values["e2e-child"] as "pglite" | "postgres", values["time-limit"] ? Number(values["time-limit"]) * 1000 : undefined);
  process.exit(0);
}
if (values["end-to-end"]) {
  endToEndMain({ db: values.db!, timeLimit: values["time-limit"], script: import.meta.filename });
  process.exit(process.exitCode ?? 0);
}

if (values.child) {
  // Child: solve one instance file and print the measurement as JSON.
  const timeLimitMs = values["time-limit"] ? Number(values["time-limit"]) * 1000 : undefined;
  const text = fs.readFileSync(values.child, "utf8");
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = solveAssignment(parseInstance(text), {
    timeLimitMs,
    onProgress: () => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const greedy = solveGreedy(parseInstance(text));
  const measurement: Measurement = {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb,
    peakHeapMb: peakHeap / 2 ** 20,
    objective: result.objective,
    upperBound: result.upperBound,
    optimal: result.optimal,
    greedy: greedy.objective,
    assigned: result.assignments.length,
    groups: result.assignments.length + result.unassigned.length,
  };
  console.log(JSON.stringify(measurement));
  process.exit(0);
}

const sizes: [number, number][] = [
  [100, 150],
  [800, 1200],
  [5000, 6000],
];
const forms = ["groups", "pupils"] as const;
const targets: Record<string, { ms: number; gap: number }> = {
  "groups 5000x6000": { ms: 3000, gap: 0 },
  "pupils 800x1200": { ms: 2000, gap: 0.001 },
  "pupils 5000x6000": { ms: 10000, gap: 0.01 },
};
const seed = Number(values.seed);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assign-bench-"));
const rows: string[][] = [];
const header = ["instance", "wall s", "cpu s", "peak RSS MB", "peak heap MB", "objective", "upper bound", "gap %", "greedy", "vs greedy %", "assigned", "target"];
console.error(`seed ${seed}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
for (const form of forms) {
  if (values.form && values.form !== form) continue;
  for (const [n, m] of sizes) {
    const name = `${form} ${n}x${m}`;
    if (values.only && values.only !== `${n}x${m}`) continue;
    const file = path.join(dir, `${form}-${n}x${m}.json`);
    fs.writeFileSync(file, JSON.stringify(generateInstance({ groups: n, slots: m, seed, capacity: form })));
    const args = ["--expose-gc", "--import", ALIAS_HOOKS, import.meta.filename, "--child", file];
    // The engine spends its whole limit improving: give it the target's time (a little under, for
    // reading and building), or what the web app would give an event of this size.
    const targetMs = targets[name]?.ms;
    const limitS = values["time-limit"] ?? String((targetMs ? targetMs * 0.95 : timeLimitForGroups(n)) / 1000);
    args.push("--time-limit", limitS);
    const r = runChild<Measurement>(name, args);
    if (!r) continue;
    const gap = r.upperBound === r.objective ? 0 : (r.upperBound - r.objective) / Math.abs(r.upperBound || 1);
    const vsGreedy = ((r.objective - r.greedy) / Math.abs(r.greedy || 1)) * 100;
    const target = targets[name];
    let verdict = "";
    if (target) {
      const fast = r.wallMs <= target.ms;
      const close = target.gap === 0 ? r.optimal : gap <= target.gap;
      verdict = `${target.gap === 0 ? "optimal" : `≤${target.gap * 100}%`} in ≤${target.ms / 1000}s: ${close && fast ? "met" : `MISSED (${[close ? "" : "gap", fast ? "" : "time"].filter(Boolean).join(", ")})`}`;
    }
    rows.push([
      name,
      (r.wallMs / 1000).toFixed(2),
      (r.cpuMs / 1000).toFixed(2),
      r.peakRssMb.toFixed(0),
      r.peakHeapMb.toFixed(0),
      String(r.objective),
      String(r.upperBound),
      r.optimal ? "0 (optimal)" : (gap * 100).toFixed(3),
      String(r.greedy),
      vsGreedy.toFixed(2),
      `${r.assigned}/${r.groups}`,
      verdict,
    ]);
    console.error(`${name} done`);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => "| " + cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const row of rows) console.log(line(row));

// --end-to-end: the event day through the database.


type EndToEnd = {
  db: string;
  insertMs: number;
  loadMs: number;
  solveMs: number;
  storeMs: number;
  showMs: number;
  totalMs: number;
  peakRssMb: number;
  objective: number;
  upperBound: number;
  optimal: boolean;
  assigned: number;
  groups: number;
  problems: number;
};


function serverUrl() {
  return process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Child: one database, one event, the path timed; prints the measurement as JSON. */
async function endToEndChild(kind: "pglite" | "postgres", timeLimitMs: number | undefined) {
  let database: Database;
  let drop = async () => {};
  if (kind === "postgres") {
    const name = `technohub_bench_assign_full_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), max: 10 });
  } else database = await openDatabase({ dataDir: null });
  try {
    const services = createTestServices(database);
    const now = new Date();
    services.clock.set(now);
    const coordinator = await insertUser(services.db, { name: "Coördinator Landelijk", email: "coordinator@landelijk.example" });
    const networkId = (await insertNetwork(services.db, { slug: "technet-landelijk", name: "TechNet Landelijk" })).id;
    await insertCoordinator(services.db, networkId, coordinator);
    const instance = generateEventInstance(EVENT);
    let started = performance.now();
    const { eventId } = await insertGeneratedEvent(services.db, instance, { slug: "techniekdag-landelijk", name: "Techniekdag landelijk", networkId, date: "2027-03-18", now });
    const insertMs = performance.now() - started;
    const [run] = await services.db.insert(assignmentRun).values({ eventId, status: "queued", createdAt: now }).returning({ id: assignmentRun.id });

    // The job's use-case as the queue would call it; the solver is the real worker, timed from inside.
    started = performance.now();
    let solveStart = 0;
    let solveEnd = 0;
    let result: Result | null = null;
    await assignGroups(services, null, {
      runId: run!.id,
      timeLimitMs,
      solve: async (inst, options) => {
        solveStart = performance.now();
        result = await solveInWorker(inst, options);
        solveEnd = performance.now();
        return result;
      },
    });
    const stored = performance.now();
    const review = await getAssignmentReview(services, coordinator, { slug: "techniekdag-landelijk" });
    const shown = performance.now();
    if (!result || review.run?.status !== "done") throw new Error(`run did not finish: ${review.run?.status} ${review.run?.error ?? ""}`);
    const done = result as Result;
    const [row] = await services.db.select().from(event).where(eq(event.slug, "techniekdag-landelijk"));
    const { instance: loaded } = await loadEventInstance(services.db, row!);
    const measurement: EndToEnd = {
      db: kind,
      insertMs,
      loadMs: solveStart - started,
      solveMs: solveEnd - solveStart,
      storeMs: stored - solveEnd,
      showMs: shown - stored,
      totalMs: shown - started,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      objective: done.objective,
      upperBound: done.upperBound,
      optimal: done.optimal,
      assigned: review.totals.assigned,
      groups: review.totals.groups,
      problems: checkResult(loaded, done).length,
    };
    console.log(JSON.stringify(measurement));
  } finally {
    await database.close();
    await drop();
  }
}

/** Parent: a child per database, then the table. */
function endToEndMain(options: { db: string; timeLimit: string | undefined; script: string }) {
  const kinds = options.db === "both" ? ["postgres", "pglite"] : [options.db];
  console.error(`end to end: ${EVENT.pupils} pupils in ${EVENT.groups} groups, ${EVENT.slots} slots; ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const header = ["database", "insert s", "load s", "solve s", "store s", "show s", "total s", "peak RSS MB", "objective", "upper bound", "gap %", "assigned", "valid", "target"];
  const rows: string[][] = [];
  for (const kind of kinds) {
    const args = ["--import", ALIAS_HOOKS, options.script, "--e2e-child", kind];
    if (options.timeLimit) args.push("--time-limit", options.timeLimit);
    const r = runChild<EndToEnd>(kind, args);
    if (!r) continue;
    const gap = r.optimal ? "0 (optimal)" : (((r.upperBound - r.objective) / Math.abs(r.upperBound || 1)) * 100).toFixed(3);
    const met = r.totalMs <= TARGET_MS && r.problems === 0;
    const s = (ms: number) => (ms / 1000).toFixed(2);
    rows.push([r.db, s(r.insertMs), s(r.loadMs), s(r.solveMs), s(r.storeMs), s(r.showMs), s(r.totalMs), r.peakRssMb.toFixed(0), String(r.objective), String(r.upperBound), gap, `${r.assigned}/${r.groups}`, r.problems === 0 ? "yes" : `NO (${r.problems})`, `≤${TARGET_MS / 1000}s: ${met ? "met" : "MISSED"}`]);
    console.error(`${kind} done`);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of rows) console.log(line(row));
}

/** Runs a measuring child process; its last line is the measurement (null when it failed). */
function runChild<T>(name: string, args: string[]): T | null {
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (child.status !== 0) {
    console.error(`${name}: child failed\n${child.stderr}`);
    process.exitCode = 1;
    return null;
  }
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as T;
}
