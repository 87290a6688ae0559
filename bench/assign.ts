/**
 * `npm run bench -- assign [--seed K] [--only 800x1200] [--form groups|pupils] [--time-limit S]`
 *
 * Generated instances 100×150, 800×1,200 and 5,000×6,000 in both capacity
 * forms. Each instance is solved end to end (JSON text → parse → validate →
 * build → solve → result) in a fresh child process, so that its peak memory
 * (maxRSS) is its own. Reports wall and CPU time, peak RSS and heap, the
 * objective, the proven upper bound, the gap (UB − objective) / |UB|, the
 * greedy baseline and the engine's improvement over it, against the targets:
 *   groups 5,000×6,000: proven optimal in ≤ 3 s
 *   pupils   800×1,200: within 0.1 % of the bound in ≤ 2 s
 *   pupils 5,000×6,000: within 1 % of the bound in ≤ 10 s
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateInstance } from "../app/domain/events/assignment/generate.ts";
import { solveAssignment, solveGreedy } from "../app/domain/events/assignment/solve.ts";
import { parseInstance } from "../app/domain/events/assignment/validate.ts";

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
  },
});

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
    const args = ["--expose-gc", import.meta.filename, "--child", file];
    if (values["time-limit"]) args.push("--time-limit", values["time-limit"]);
    const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
    if (child.status !== 0) {
      console.error(`${name}: child failed\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measurement;
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
