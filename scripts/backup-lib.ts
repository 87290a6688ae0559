/**
 * What `npm run backup` and `npm run restore` share: which database this installation uses (the
 * same DATABASE_URL / DATA_DIR as the server), the layout of a backup directory, and running the
 * PostgreSQL client tools. A backup is a directory:
 *   manifest.json       what kind of database, when, from which migration
 *   database.pgdump     PostgreSQL: pg_dump's custom format (restored with pg_restore)
 *   pglite.tar.gz       PGlite: its own dump of the data directory (dumpDataDir)
 *   files/auth-secret   PGlite without AUTH_SECRET: the installation's generated secret
 * The app keeps no uploaded files on disk (documents live in the database), so there is nothing else.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteOptions } from "../app/db/client.server.ts";

export type Source = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
export type Manifest = { format: 1; kind: Source["kind"]; createdAt: string; files: string[] };

export const PG_DUMP_FILE = "database.pgdump";
export const PGLITE_DUMP_FILE = "pglite.tar.gz";
/** Files of a PGlite installation that live beside the database in DATA_DIR. */
export const INSTALLATION_FILES = ["auth-secret"];

export class BackupError extends Error {}

/** The database the server would open: DATABASE_URL, else DATA_DIR (default ./data). */
export function sourceFromEnv(env: NodeJS.ProcessEnv = process.env): Source {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(env.DATA_DIR || "./data") };
}

/** Runs pg_dump or pg_restore; their own message is the clearest one for a failure. */
export function runTool(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw new BackupError(`${command} niet gevonden: installeer de PostgreSQL-clientprogramma's (Debian: postgresql-client).`);
  if (result.status !== 0) throw new BackupError(`${command} is mislukt:\n${result.stderr.trim()}`);
}

export function openPglite(dataDir: string, loadDataDir?: Blob) {
  return PGlite.create(pgliteOptions({ dataDir, loadDataDir }));
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) throw new BackupError(`${dir} is geen back-up van Technohub: manifest.json ontbreekt.`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
}

/** A script's end: an operator's mistake is one Dutch line and exit code 1, anything else a stack. */
export async function runScript(main: () => Promise<void>) {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupError || (error instanceof Error && error.name === "DataDirLockedError")) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
