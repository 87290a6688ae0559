/**
 * `npm run bench -- <name> [args]` runs bench/<name>.ts (speed and memory
 * targets live here, never in timed unit tests). Without a name: lists them.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [name, ...args] = process.argv.slice(2);
const available = fs.existsSync("bench") ? fs.readdirSync("bench").filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, "")) : [];
if (!name || !available.includes(name)) {
  console.error(`Gebruik: npm run bench -- <${available.join("|") || "naam"}> [opties]`);
  process.exit(name ? 1 : 0);
}
const result = spawnSync(process.execPath, ["--import", path.resolve("scripts/alias-hooks.ts"), "--expose-gc", path.join("bench", `${name}.ts`), ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
