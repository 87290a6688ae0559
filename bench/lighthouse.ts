/**
 * `npm run bench -- lighthouse [--no-build] [--base-url http://…] [--port 3449] [--runs 1] [--save dir]`
 *
 * Lighthouse 12 (mobile preset: a Moto G Power-sized screen, simulated slow 4G and a 4× slower
 * CPU) over the content pages a first visitor lands on: `/`, `/netwerken`, `/cursussen` and a
 * network page, on a production build (`npm run build` first unless `--no-build`) serving the demo
 * data from a fresh PGlite directory. With `--base-url` it measures a server that already runs.
 *
 * Per page it reports the performance score, FCP, LCP, TBT, CLS and the bytes a first visit
 * transfers (Lighthouse's total-byte-weight: every response as sent over the wire, compressed,
 * favicon included); with `--runs N` the median run per page. Targets (issue 13): performance ≥ 95,
 * LCP ≤ 2.0 s, first visit ≤ 150 KB. Simulated throttling makes the timings mostly independent of
 * the machine's load, but not entirely (Lighthouse still measures the real main-thread work and
 * scales it), so the load average is printed before and after.
 *
 * Map tiles come from a local address that answers 404, so the figures do not depend on whether
 * the machine reaches the tile server (it does not, here) and the map's own tiles are not counted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    "base-url": { type: "string" },
    port: { type: "string", default: "3449" },
    runs: { type: "string", default: "1" },
    // Every run's whole report (JSON), to read which requests Lighthouse counted for a metric.
    save: { type: "string" },
  },
});

const PAGES = ["/", "/netwerken", "/cursussen", "/netwerken/technologieroute"];
const TARGET = { score: 95, lcpMs: 2000, bytes: 150 * 1024 };
const runs = Math.max(1, Number(values.runs));
const load = () => os.loadavg().map((v) => v.toFixed(2)).join(" ");

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let baseUrl = values["base-url"];

async function waitForHealth(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`De server op ${url} kwam niet binnen ${ms / 1000} s op.`);
}

if (!baseUrl) {
  if (!values["no-build"]) {
    const build = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-lighthouse-"));
  baseUrl = `http://127.0.0.1:${values.port}`;
  server = spawn(process.execPath, ["server.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DEMO: "1",
      PORT: values.port,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      BASE_URL: baseUrl,
      LOG_LEVEL: "warn",
      MAP_TILE_URL: `${baseUrl}/kaarttegels/{z}/{x}/{y}.png`,
    },
  });
  await waitForHealth(baseUrl, 120_000);
}

type Row = { page: string; score: number; fcp: number; lcp: number; tbt: number; cls: number; bytes: number };
const rows: Row[] = [];
console.log(`load average before: ${load()}`);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const page of PAGES) {
    const results: Row[] = [];
    for (let i = 0; i < runs; i++) {
      // One page load warms the server's own caches, so Lighthouse times the page, not a cold start.
      await fetch(`${baseUrl}${page}`).then((r) => r.arrayBuffer());
      const result = await lighthouse(`${baseUrl}${page}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page}`);
      if (values.save) {
        fs.mkdirSync(values.save, { recursive: true });
        fs.writeFileSync(path.join(values.save, `${page.replace(/\W+/g, "_") || "_"}-${i + 1}.json`), JSON.stringify(result.lhr));
      }
      const audits = result.lhr.audits;
      results.push({
        page,
        score: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
        fcp: audits["first-contentful-paint"]?.numericValue ?? NaN,
        lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        bytes: audits["total-byte-weight"]?.numericValue ?? NaN,
      });
    }
    results.sort((a, b) => a.score - b.score || b.lcp - a.lcp);
    rows.push(results[Math.floor(results.length / 2)]!);
  }
} finally {
  await chrome.kill();
  server?.kill("SIGTERM");
  if (dataDir) setTimeout(() => fs.rmSync(dataDir!, { recursive: true, force: true }), 2500).unref();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs}) ` : ""}mobile, simulated throttling — targets: score ≥ ${TARGET.score}, LCP ≤ ${TARGET.lcpMs / 1000} s, first visit ≤ ${kb(TARGET.bytes)}`);
console.log("page".padEnd(30) + "score".padStart(6) + "FCP".padStart(8) + "LCP".padStart(8) + "TBT".padStart(8) + "CLS".padStart(7) + "bytes".padStart(11) + "  verdict");
let failed = 0;
for (const r of rows) {
  const ok = r.score >= TARGET.score && r.lcp <= TARGET.lcpMs && r.bytes <= TARGET.bytes;
  if (!ok) failed++;
  console.log(
    r.page.padEnd(30) +
      String(r.score).padStart(6) +
      `${(r.fcp / 1000).toFixed(2)}s`.padStart(8) +
      `${(r.lcp / 1000).toFixed(2)}s`.padStart(8) +
      `${Math.round(r.tbt)}ms`.padStart(8) +
      r.cls.toFixed(3).padStart(7) +
      kb(r.bytes).padStart(11) +
      `  ${ok ? "ok" : "BELOW TARGET"}`,
  );
}
console.log(`load average after: ${load()}`);
process.exit(failed ? 1 : 0);
