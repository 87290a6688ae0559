/**
 * `npm run bench -- search [--repeat 3] [--no-build] [--only pglite|postgres]`
 *
 * The search over everything (`searchEverything`, the use-case /zoeken calls) on the demo data:
 * a fresh PostgreSQL database (on BENCH_DATABASE_URL's server, default
 * postgres://postgres@127.0.0.1:5432/postgres, dropped afterwards) and a fresh PGlite, both
 * seeded by `npm run seed` (which needs the production build: `--no-build` skips building).
 * The queries come from the demo data itself: every public thing's name and a typo of it, every
 * synonym, a few common words and words that find nothing (these take the "Bedoelde u" path),
 * some with a kind filter. Each pass times every query once, after a warm-up.
 *
 * The machine is shared, so every pass also times a reference in the same run: one small
 * transaction by primary key (BEGIN, a lookup, COMMIT), the least any search costs. The report
 * gives p50/p95/p99 of the search, the reference's p95, their ratio, and the load average; the
 * target is p95 ≤ 100 ms on PostgreSQL (median pass), with the ratio saying how much of a slow
 * figure is the machine rather than the search.
 *
 * Measured on 2 shared cores (2026-12-06, load average 6–8, 230 searches per pass, median of 3):
 * PostgreSQL p50 30 · p95 59 · p99 73 ms; PGlite p50 22 · p95 50 · p99 59 ms. Under load 15–19
 * the same code gave p95 410–620 ms with the reference at 16–20 ms: the machine, not the search.
 * What made the difference: every word and synonym named once in the SQL (PostgreSQL computes
 * an expression again for each condition that names it), words compared one by one rather than a
 * long query against long texts, no parallel workers, and no second search to prove a suggestion.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type Database } from "../app/db/client.server.ts";
import { SYNONYM_GROUPS } from "../app/domain/search/synonyms.ts";
import { SEARCH_KINDS, type SearchInput, type SearchKind } from "../app/domain/search/query.ts";
import { SERVER_NODE_FLAGS } from "../server/node-flags.ts";
import { searchEverything } from "../app/services/search/search-everything.server.ts";
import { setLogLevel } from "../app/lib/log.server.ts";
import { freshPostgresDatabase } from "./support/postgres.ts";

const { values } = parseArgs({
  options: {
    repeat: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
    // The national mode (see nationalProbes below).
    national: { type: "boolean", default: false },
    "database-url": { type: "string" },
    "data-dir": { type: "string" },
    compare: { type: "string" },
    // The other checkout's own databases, migrated by its own migrations: when this one's migration
    // changes the schema (drops an index the other reads), each runs on the schema it was written for.
    "compare-database-url": { type: "string" },
    "compare-data-dir": { type: "string" },
    rounds: { type: "string", default: "5" },
  },
});
const REPEAT = Math.max(1, Number(values.repeat));
const WARM_UP = 20;
const TARGET_MS = 100;
const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";
setLogLevel("silent");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

function seed(env: Record<string, string>) {
  const result = spawnSync("npm", ["run", "seed"], { env: { ...process.env, AUTH_SECRET: SECRET, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run seed mislukte:\n${result.stdout}\n${result.stderr}`);
}

/** One typo: the longest word of a name loses its middle letter. */
function typo(name: string): string | null {
  const words = name.split(/\s+/);
  let at = -1;
  for (const [i, w] of words.entries()) if (/^\p{L}{6,}$/u.test(w) && (at < 0 || w.length > words[at]!.length)) at = i;
  if (at < 0) return null;
  const w = words[at]!;
  words[at] = w.slice(0, w.length >> 1) + w.slice((w.length >> 1) + 1);
  return words.join(" ");
}

async function queriesFrom(database: Database): Promise<{ q: string; kind: SearchKind | null }[]> {
  const titles = await queryRows<{ title: string }>(
    database.db,
    sql`select name as title from network union all select name from organisation union all select title from offer where status = 'published'
        union all select title from course where status = 'published' union all select name from event where status <> 'draft'
        union all select title from article where status = 'published' union all select title from tip_page`,
  );
  const out: { q: string; kind: SearchKind | null }[] = [];
  titles.forEach(({ title }, i) => {
    out.push({ q: title, kind: null });
    const misspelt = typo(title);
    if (misspelt) out.push({ q: misspelt, kind: i % 3 === 0 ? SEARCH_KINDS[i % SEARCH_KINDS.length]! : null });
  });
  for (const group of SYNONYM_GROUPS) for (const term of group) out.push({ q: term, kind: null });
  for (const q of ["techniek", "gastles utrecht", "vmbo", "lassen voor beginners", "qqqqqq", "zuivelfabriek", "lasen", "technolgieroute nieuwegein"]) out.push({ q, kind: null });
  return out;
}

async function run(kind: "pglite" | "postgres") {
  let database: Database;
  let cleanup = async () => {};
  if (kind === "postgres") {
    const fresh = await freshPostgresDatabase("technohub_bench");
    seed({ DATABASE_URL: fresh.url });
    database = await openDatabase({ url: fresh.url, max: 2 });
    await database.db.execute(sql`vacuum analyze`);
    cleanup = fresh.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-bench-search-"));
    seed({ DATA_DIR: dir });
    database = await openDatabase({ dataDir: dir });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  try {
    const services = { db: database.db, clock: { now: () => new Date() } };
    const queries = await queriesFrom(database);
    const [probe] = await queryRows<{ id: string }>(database.db, sql`select id from network limit 1`);
    const passes: { p50: number; p95: number; p99: number; ref: number }[] = [];
    for (let pass = 1; pass <= REPEAT; pass++) {
      const times: number[] = [];
      const reference: number[] = [];
      const slowest: { ms: number; q: string }[] = [];
      for (const [i, query] of queries.entries()) {
        const t0 = performance.now();
        await searchEverything(services as never, null, query);
        const ms = performance.now() - t0;
        const r0 = performance.now();
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`select slug from network where id = ${probe!.id}`);
        });
        const refMs = performance.now() - r0;
        if (i >= WARM_UP || pass > 1) {
          times.push(ms);
          reference.push(refMs);
          slowest.push({ ms, q: query.q });
        }
      }
      times.sort((a, b) => a - b);
      reference.sort((a, b) => a - b);
      slowest.sort((a, b) => b.ms - a.ms);
      for (const { ms, q } of slowest.slice(0, 3)) console.log(`  slow: ${ms.toFixed(1)} ms · ‘${q}’`);
      const figures = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), ref: percentile(reference, 95) };
      passes.push(figures);
      console.log(
        `${kind.padEnd(8)} pass ${pass}/${REPEAT} · ${times.length} searches · p50 ${figures.p50.toFixed(1)} · p95 ${figures.p95.toFixed(1)} · p99 ${figures.p99.toFixed(1)} ms · ` +
          `reference p95 ${figures.ref.toFixed(2)} ms · ratio p95/reference ${(figures.p95 / figures.ref).toFixed(1)} · load ${load()}`,
      );
    }
    const byP95 = [...passes].sort((a, b) => a.p95 - b.p95);
    return byP95[Math.floor((byP95.length - 1) / 2)]!;
  } finally {
    await database.close();
    await cleanup();
  }
}

if (values.national) {
  await nationalProbes();
  process.exit(0);
}
if (!values["no-build"]) {
  console.log("Bouwen (npm run build) …");
  if (spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status !== 0) throw new Error("npm run build mislukte");
}
console.log(`${os.cpus().length} cpus, load ${load()}`);
let failed = false;
for (const engine of (values.only ? [values.only] : ["pglite", "postgres"]) as ("pglite" | "postgres")[]) {
  const median = await run(engine);
  if (engine === "postgres") {
    const ok = median.p95 <= TARGET_MS;
    console.log(
      `target p95 ≤ ${TARGET_MS} ms on PostgreSQL: ${ok ? "met" : "NOT met"} (median pass: p95 ${median.p95.toFixed(1)} ms, ${(median.p95 / median.ref).toFixed(1)}× the reference) · load ${load()}`,
    );
    failed ||= !ok;
  }
}
process.exit(failed ? 1 : 0);

/**
 * `npm run bench -- search --national --database-url <copy of technohub_national> --data-dir
 * <copy of a national PGlite directory> [--rounds 5] [--compare <another checkout>]`
 *
 * What issue 13 compares (ADR 023, 027): the use-case alone, one connection, on the national data
 * (PostgreSQL at scale 1, PGlite at scale 0.1), under production's V8 flags (PGlite runs in this
 * process). Each round times every probe query once on each database, the databases alternating,
 * so load changes hit both alike. PGlite's figure is this process's CPU time (PostgreSQL's CPU is
 * in its backend): wall time is given beside it. With `--compare` the same use-case of another
 * checkout (e.g. `git archive main | tar -x -C /tmp/base`, node_modules linked) runs alternately
 * with this one, and every answer of the two must be equal (JSON), or the run fails. With
 * `--compare-database-url` / `--compare-data-dir` the other checkout runs on those databases,
 * migrated by its own migrations (copies of the same data), so a migration of this checkout that
 * the other's SQL does not expect leaves it its own schema.
 */
async function nationalProbes() {
  if (!process.execArgv.includes("--liftoff-only")) {
    const again = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { stdio: "inherit" });
    process.exit(again.status ?? 1);
  }
  type Engine = { name: "pglite" | "postgres"; database: Database };
  async function openEngines(dataDir: string | undefined, url: string | undefined, migrationsFolder?: string): Promise<Engine[]> {
    const engines: Engine[] = [];
    if (dataDir) engines.push({ name: "pglite", database: await openDatabase({ dataDir, migrationsFolder }) });
    if (url) engines.push({ name: "postgres", database: await openDatabase({ url, max: 1, migrationsFolder }) });
    return engines;
  }
  const engines = await openEngines(values["data-dir"], values["database-url"]);
  if (engines.length === 0) throw new Error("--database-url en/of --data-dir nodig");
  type Search = typeof searchEverything;
  const impls: { name: string; search: Search; engines: Engine[] }[] = [{ name: "this", search: searchEverything, engines }];
  if (values.compare) {
    const other = (await import(path.resolve(values.compare, "app/services/search/search-everything.server.ts"))) as { searchEverything: Search };
    const own = values["compare-data-dir"] || values["compare-database-url"];
    const otherEngines = own ? await openEngines(values["compare-data-dir"], values["compare-database-url"], path.resolve(values.compare, "app/db/migrations")) : engines;
    if (otherEngines.map((e) => e.name).join() !== engines.map((e) => e.name).join()) throw new Error("--compare-data-dir en --compare-database-url horen bij --data-dir en --database-url");
    impls.unshift({ name: "other", search: other.searchEverything, engines: otherEngines });
  }
  const rounds = Math.max(1, Number(values.rounds));
  // Fixed: the issue's common, short, misspelt and two-word queries, and one kind's tab.
  const probes: SearchInput[] = [
    ...["techniek", "lassen", "gastles utrecht", "lasen", "tecniek", "Kirmko", "vmbo", "mechatronika", "metaalbedrijf", "lassen voor beginners", "qqqqqq"].map((q) => ({ q, kind: null })),
    { q: "techniek", kind: "offer" },
  ];
  const label = (p: SearchInput) => `${p.q}${p.kind ? ` (${p.kind})` : ""}`;
  const times = new Map<string, { wall: number[]; cpu: number[] }>();
  const at = (key: string) => times.get(key) ?? times.set(key, { wall: [], cpu: [] }).get(key)!;
  const loads: string[] = [load()];
  let differ = 0;
  const now = new Date();
  for (let round = 0; round <= rounds; round++) {
    for (const probe of probes) {
      for (const [e, engine] of engines.entries()) {
        const answers: string[] = [];
        // Alternate which implementation goes first, so neither always meets a warmer cache.
        for (const impl of round % 2 ? [...impls].reverse() : impls) {
          const services = { db: impl.engines[e]!.database.db, clock: { now: () => now } };
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const outcome = await impl.search(services as never, null, probe);
          const wall = performance.now() - t0;
          const cpu = process.cpuUsage(c0);
          answers.push(JSON.stringify(outcome));
          // Round 0 warms up (plans, caches).
          if (round > 0) {
            at(`${engine.name}|${impl.name}|${label(probe)}`).wall.push(wall);
            at(`${engine.name}|${impl.name}|${label(probe)}`).cpu.push((cpu.user + cpu.system) / 1000);
          }
        }
        if (answers.length === 2 && answers[0] !== answers[1]) {
          differ++;
          if (round === 0) console.log(`DIFFERENT ANSWERS: ${engine.name} · ‘${label(probe)}’`);
        }
      }
    }
    loads.push(load());
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
  const fmt = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(1));
  console.log(`median of ${rounds} rounds (after one warm-up) · load per round: ${loads.join(" | ")}`);
  console.log(["query", ...impls.flatMap((i) => [`PGlite CPU ${i.name}`, `PGlite wall ${i.name}`, `PostgreSQL wall ${i.name}`, `ratio ${i.name}`])].join(" · "));
  for (const probe of probes) {
    const cells = impls.flatMap((impl) => {
      const pgl = times.get(`pglite|${impl.name}|${label(probe)}`);
      const pg = times.get(`postgres|${impl.name}|${label(probe)}`);
      const ratio = pgl && pg ? median(pgl.wall) / median(pg.wall) : NaN;
      return [fmt(pgl ? median(pgl.cpu) : NaN), fmt(pgl ? median(pgl.wall) : NaN), fmt(pg ? median(pg.wall) : NaN), Number.isNaN(ratio) ? "–" : `${ratio.toFixed(1)}×`];
    });
    console.log([label(probe), ...cells].join(" · "));
  }
  if (impls.length === 2) console.log(differ === 0 ? "answers: identical (every query, every round, both databases)" : `answers: ${differ} DIFFERENT`);
  for (const engine of new Set(impls.flatMap((impl) => impl.engines))) await engine.database.close();
  if (differ > 0) process.exit(1);
}
