/**
 * Runs every suite: typecheck, the production build, Vitest (unit + integration on PGlite, and on
 * PostgreSQL when TEST_DATABASE_URL is set), and Playwright in Debian's Chromium. Ends with one
 * line: `N passed, N failed`. The build comes before Vitest because the authorisation matrix and
 * bad-input checks boot build/server/index.js, and the "instances" project (two instances behind
 * nginx on PostgreSQL, tests/instances) runs server.ts on it; it runs once and serves Playwright too.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

fs.mkdirSync("test-results", { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const only = process.argv[2]; // "unit" | "e2e" | undefined (all)

let built: boolean | null = null;
function build(): boolean {
  built ??= run("build", "npm", ["run", "build"]) === 0;
  return built;
}

if (!only) {
  if (run("typecheck", "npm", ["run", "typecheck"]) !== 0) {
    console.log("typecheck failed");
    failed++;
  } else passed++;
}

if (!only || only === "unit") {
  // A failed build is counted once here; the integration checks then say the build is missing.
  if (!build()) failed++;
  fs.rmSync("test-results/vitest.json", { force: true });
  run("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
  try {
    const report = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } catch {
    console.log("vitest produced no report");
    failed++;
  }
}

if (!only || only === "e2e") {
  if (!build()) {
    if (only === "e2e") failed++;
  } else {
    fs.rmSync("test-results/e2e.json", { force: true });
    run("playwright", "npx", ["playwright", "test"]);
    try {
      const report = JSON.parse(fs.readFileSync("test-results/e2e.json", "utf8"));
      passed += report.stats.expected + (report.stats.flaky ?? 0);
      failed += report.stats.unexpected;
      skipped += report.stats.skipped ?? 0;
      if (report.errors?.length) failed += report.errors.length;
    } catch {
      console.log("playwright produced no report");
      failed++;
    }
  }
}

// Skipped tests (the advisory-lock test has no PGlite side) on a line of their own: the last line is always `N passed, N failed`.
if (skipped) console.log(`\n${skipped} skipped`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
