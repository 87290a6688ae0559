/**
 * `npm run assign -- instance.json --out result.json [--time-limit S] [--seed K] [--rounds N] [--greedy]`
 * Solves a tech-day assignment instance (shared format, see
 * app/domain/events/assignment/types.ts). Progress goes to stderr; on bad input the
 * error names the offending item, the exit code is 1 and nothing is written.
 * Without --out the result is printed on stdout. --greedy writes the
 * registration-order baseline instead. With pupil capacities the engine uses
 * the whole time limit to improve its answer unless it proves it optimal;
 * --seed and --rounds (a fixed number of improvement rounds) make a run
 * reproducible on any machine.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { solveAssignment, solveGreedy } from "../app/domain/events/assignment/solve.ts";
import { InstanceError, parseInstance } from "../app/domain/events/assignment/validate.ts";
import type { Progress } from "../app/domain/events/assignment/types.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      "time-limit": { type: "string" },
      seed: { type: "string" },
      rounds: { type: "string" },
      greedy: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\nGebruik: npm run assign -- instance.json --out result.json [--time-limit S] [--seed K] [--rounds N] [--greedy]`);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  fail("Gebruik: npm run assign -- instance.json --out result.json [--time-limit S] [--seed K] [--rounds N] [--greedy]");
}
const timeLimit = values["time-limit"] === undefined ? undefined : Number(values["time-limit"]);
if (timeLimit !== undefined && !(timeLimit > 0)) fail(`--time-limit moet een positief aantal seconden zijn, niet "${values["time-limit"]}"`);
const wholeNumber = (name: "seed" | "rounds") => {
  const text = values[name];
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} moet een geheel getal van 0 of meer zijn, niet "${text}"`);
  return n;
};
const seed = wholeNumber("seed");
const rounds = wholeNumber("rounds");

let text: string;
try {
  text = fs.readFileSync(positionals[0]!, "utf8");
} catch (error) {
  fail(`Kan ${positionals[0]} niet lezen: ${(error as Error).message}`);
}

// A line per phase change, per better objective, and at most twice a second otherwise.
let lastPhase = "";
let lastObjective: number | undefined;
let lastTime = 0;
const onProgress = (progress: Progress) => {
  const now = performance.now();
  if (progress.phase === lastPhase && progress.objective === lastObjective && now - lastTime < 500 && progress.phase !== "done") return;
  lastPhase = progress.phase;
  lastObjective = progress.objective;
  lastTime = now;
  const parts = [`${progress.phase.padEnd(6)} ${(progress.fraction * 100).toFixed(0).padStart(3)}%`];
  if (progress.objective !== undefined) parts.push(`objective ${progress.objective}`);
  if (progress.upperBound !== undefined) parts.push(`bound ${Math.floor(progress.upperBound + 1e-6)}`);
  console.error(parts.join("  "));
};

try {
  const instance = parseInstance(text);
  const result = values.greedy ? solveGreedy(instance) : solveAssignment(instance, { timeLimitMs: timeLimit === undefined ? undefined : timeLimit * 1000, seed, searchRounds: rounds, onProgress });
  const json = JSON.stringify(result, null, 2) + "\n";
  if (values.out) fs.writeFileSync(values.out, json);
  else process.stdout.write(json);
  const gap = result.upperBound === result.objective ? 0 : (result.upperBound - result.objective) / Math.abs(result.upperBound || 1);
  console.error(
    `${result.assignments.length} assigned, ${result.unassigned.length} unassigned; objective ${result.objective}, upper bound ${result.upperBound}` +
      (result.optimal ? " (optimal)" : ` (gap ${(gap * 100).toFixed(3)}%)`) +
      `; ${result.timings.totalMs.toFixed(0)} ms`,
  );
} catch (error) {
  if (error instanceof InstanceError) fail(`Ongeldige invoer: ${error.message}`);
  throw error;
}
