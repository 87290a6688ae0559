/**
 * Every production start of the server passes the same V8 flags and glibc settings (server/node-flags.ts, ADR 027):
 * `npm run serve` and `npm start` alike, so an instance started by hand keeps to the memory it was
 * measured with, not only one started by the systemd unit (tests/deploy-files.test.ts checks that).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS, serverNodeArgs } from "../server/node-flags.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

test("npm run serve starts server.ts with the production flags and glibc settings", () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const assignments = Object.entries(SERVER_MALLOC_ENV).map(([name, value]) => `${name}=${value}`);
  expect(scripts.serve!.split(" ")).toEqual([...assignments, "node", ...serverNodeArgs()]);
});

test("npm start spawns the server with the production flags and glibc settings, unless the environment has its own", () => {
  const start = fs.readFileSync(path.join(ROOT, "scripts/start.ts"), "utf8");
  expect(start).toMatch(/spawn\(process\.execPath, serverNodeArgs\(\)/);
  expect(start).toMatch(/\.\.\.SERVER_MALLOC_ENV, \.\.\.process\.env \}/);
});

test("with those flags V8's young generation stays small under allocation", () => {
  // A probe in place of server.ts: it makes short-lived garbage as a request does, then reports
  // the young generation's size (two semi-spaces). Without --max-semi-space-size=8 Node 24 lets it grow to 128 MB.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-flags-"));
  try {
    const probe = path.join(dir, "probe.mjs");
    fs.writeFileSync(
      probe,
      `import v8 from "node:v8";
       let keep = [];
       for (let i = 0; i < 2_000_000; i++) { keep.push({ i, text: "x" + i }); if (keep.length > 50_000) keep = []; }
       const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
       console.log(JSON.stringify({ youngMb: young.space_size / 2 ** 20, argv: process.execArgv }));`,
    );
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { youngMb: number; argv: string[] };
    };
    const production = run(serverNodeArgs(probe));
    expect(production.argv).toEqual([...SERVER_NODE_FLAGS]);
    // Two semi-spaces of 8 MB; V8 reports a page more now and then (16.5, 17 MB), never the 64 MB it takes unflagged.
    expect(production.youngMb).toBeLessThanOrEqual(24);
    // The comparison shows the probe can tell: without the flags the young generation grows.
    expect(run([probe]).youngMb).toBeGreaterThan(32);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("with those flags V8's old generation stays near what is alive", () => {
  // A probe that keeps ~40 MB alive and keeps replacing it: the old copies die in the old
  // generation, as the data of requests in flight does on a loaded server. V8's own growing
  // factor lets the old generation reach ~2.5× that; the production flags hold it near 1.5×.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-flags-"));
  try {
    const probe = path.join(dir, "probe.mjs");
    fs.writeFileSync(
      probe,
      `import v8 from "node:v8";
       const live = new Array(200_000);
       let max = 0;
       for (let round = 0; round < 12; round++) {
         for (let i = 0; i < live.length; i++) live[i] = { i, round, text: "x".repeat(100) + i };
         max = Math.max(max, v8.getHeapStatistics().total_heap_size);
       }
       console.log(JSON.stringify({ maxHeapMb: max / 2 ** 20 }));`,
    );
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { maxHeapMb: number }).maxHeapMb;
    };
    const production = run(serverNodeArgs(probe));
    const withoutGrowthLimit = run([...SERVER_NODE_FLAGS.filter((f) => !f.startsWith("--heap-growing-percent")), probe]);
    // Measured: ~110 MB against ~268 MB.
    expect(production).toBeLessThan(0.6 * withoutGrowthLimit);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
