/**
 * `npm start`: builds the app and serves it with demo data on the embedded
 * database (./data). Any variable set in the environment wins over these defaults. The server runs
 * with the V8 flags and glibc settings of every production start (server/node-flags.ts).
 */
import { spawnSync, spawn } from "node:child_process";
import { SERVER_MALLOC_ENV, serverNodeArgs } from "../server/node-flags.ts";

const build = spawnSync("npx", ["react-router", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  console.error("De build is mislukt; zie de meldingen hierboven.");
  process.exit(build.status ?? 1);
}

const env = { NODE_ENV: "production", DEMO: "1", ...SERVER_MALLOC_ENV, ...process.env };
const child = spawn(process.execPath, serverNodeArgs(), { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
