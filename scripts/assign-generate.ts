/**
 * `npm run assign:generate -- --groups N --slots M --seed K [--capacity groups|pupils] [--out file]`
 * Writes a realistic generated tech-day instance (see
 * app/domain/events/assignment/generate.ts); the same seed gives the same file.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { generateInstance } from "../app/domain/events/assignment/generate.ts";

const usage = "Gebruik: npm run assign:generate -- --groups N --slots M --seed K [--capacity groups|pupils] [--out file]";
function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

let values;
try {
  values = parseArgs({
    options: {
      groups: { type: "string" },
      slots: { type: "string" },
      seed: { type: "string", default: "1" },
      capacity: { type: "string", default: "groups" },
      out: { type: "string" },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const whole = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) fail(`--${name} moet een geheel getal ≥ ${min} zijn`);
  return n;
};
const groups = whole("groups", values.groups, 1);
const slots = whole("slots", values.slots, 1);
const seed = whole("seed", values.seed, 0);
if (values.capacity !== "groups" && values.capacity !== "pupils") fail(`--capacity moet groups of pupils zijn, niet "${values.capacity}"`);

const json = JSON.stringify(generateInstance({ groups, slots, seed, capacity: values.capacity }), null, 1) + "\n";
if (values.out) {
  fs.writeFileSync(values.out, json);
  console.error(`${groups} groups, ${slots} slots (${values.capacity}) → ${values.out}`);
} else process.stdout.write(json);
