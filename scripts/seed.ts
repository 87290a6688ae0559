/**
 * `npm run seed`: adds the demo data to an empty database (DATA_DIR or
 * DATABASE_URL, as for the server) and exits. A database that already holds
 * a network is left alone. Services come from the production build, because
 * the auth module is only importable there; run `npm run build` first.
 *
 * `npm run seed -- --national [--seed N] [--scale F]` then adds the national
 * data set (app/db/seed/national/): scale 1 on PostgreSQL, 0.1 on PGlite unless
 * told otherwise; the same seed gives the same rows.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseEnv, EnvError, type Env } from "../app/lib/env.server.ts";
import { seedIfEmpty } from "../app/db/seed/seed.server.ts";
import { seedNationalOnce } from "../app/db/seed/national/seed-national-once.server.ts";
import { setLogLevel } from "../app/lib/log.server.ts";
import type { AppServices } from "../app/context.ts";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const national = process.argv.includes("--national");
const seedArg = option("--seed") ?? "1";
const scaleArg = option("--scale");
const nationalSeed = Number(seedArg);
const nationalScale = scaleArg === undefined ? undefined : Number(scaleArg);
if (!Number.isSafeInteger(nationalSeed) || (nationalScale !== undefined && !(nationalScale > 0 && nationalScale <= 10))) {
  console.error("Gebruik: npm run seed -- --national [--seed <geheel getal>] [--scale <getal groter dan 0, hoogstens 10>]");
  process.exit(1);
}

let env: Env;
try {
  // Demo data means demo mode: no AUTH_SECRET needed (the password hash does not use it).
  env = parseEnv({ DEMO: "1", ...process.env });
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

setLogLevel(env.LOG_LEVEL);

const serverBuild = path.resolve("build/server/index.js");
if (!fs.existsSync(serverBuild)) {
  console.error("Geen build gevonden: voer eerst `npm run build` uit.");
  process.exit(1);
}
const built = (await import(pathToFileURL(serverBuild).href)) as { createServices(env: Env): Promise<AppServices> };

let services: AppServices;
try {
  services = await built.createServices(env);
} catch (error) {
  if (error instanceof Error && error.name === "DataDirLockedError") {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

try {
  const seeded = await seedIfEmpty(services);
  console.log(
    seeded
      ? `Demodata toegevoegd. Alle demogebruikers (…@demo.technohub.nl) hebben het wachtwoord "${seeded.password}".`
      : "De database bevat al netwerken; er is niets veranderd.",
  );
  if (national) {
    const scale = nationalScale ?? (services.database.kind === "postgres" ? 1 : 0.1);
    console.log(`Landelijke dataset: seed ${nationalSeed}, schaal ${scale} (${services.database.kind}).`);
    const started = performance.now();
    const counts = await seedNationalOnce(services, { seed: nationalSeed, scale, progress: (line) => console.log(line) });
    console.log(
      counts
        ? `Landelijke dataset toegevoegd in ${((performance.now() - started) / 1000).toFixed(1)} s.`
        : "De database bevat de landelijke dataset al; er is niets veranderd.",
    );
  }
} finally {
  await services.database.close();
}
process.exit(0);
