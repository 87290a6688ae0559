/**
 * `npm run backup [-- --out <dir>]`: a consistent backup of this installation's database
 * (DATABASE_URL or DATA_DIR, as for the server) into a new directory, by default
 * backups/technohub-<time>. PostgreSQL is dumped with pg_dump while the instances keep running
 * (one snapshot); PGlite is read while the server is stopped, since only one process may open a
 * data directory. Restore with `npm run restore -- <dir>` (docs/deploy.md, "Backups").
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { acquireDataDirLock } from "../app/db/lock.server.ts";
import {
  BackupError,
  INSTALLATION_FILES,
  openPglite,
  PG_DUMP_FILE,
  PGLITE_DUMP_FILE,
  runScript,
  runTool,
  sourceFromEnv,
  type Manifest,
  type Source,
} from "./backup-lib.ts";

await runScript(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.resolve(values.out ?? path.join("backups", `technohub-${stamp}`));
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) throw new BackupError(`${out} bestaat al en is niet leeg: kies een andere map met --out.`);
  const source = sourceFromEnv();
  if (source.kind === "pglite" && !fs.existsSync(path.join(source.dataDir, "PG_VERSION"))) throw new BackupError(`In ${source.dataDir} staat geen database (DATA_DIR).`);
  fs.mkdirSync(out, { recursive: true });
  try {
    await writeBackup(source, out);
  } catch (error) {
    // No half-made backup is left to be mistaken for a good one.
    fs.rmSync(out, { recursive: true, force: true });
    throw error;
  }
  console.log(`Back-up gemaakt in ${out}`);
});

async function writeBackup(source: Source, out: string) {
  const files: string[] = [];
  if (source.kind === "postgres") {
    // Custom format: compressed, and pg_restore can restore it into a database that is not empty (--clean).
    runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", path.join(out, PG_DUMP_FILE), "--dbname", source.url]);
    files.push(PG_DUMP_FILE);
  } else {
    // Refuses while the server has the directory open: a copy taken under a running PGlite is not consistent.
    const release = acquireDataDirLock(source.dataDir);
    try {
      const pglite = await openPglite(source.dataDir);
      const dump = await pglite.dumpDataDir("gzip");
      await pglite.close();
      fs.writeFileSync(path.join(out, PGLITE_DUMP_FILE), Buffer.from(await dump.arrayBuffer()));
      files.push(PGLITE_DUMP_FILE);
      for (const name of INSTALLATION_FILES) {
        const file = path.join(source.dataDir, name);
        if (!fs.existsSync(file)) continue;
        fs.mkdirSync(path.join(out, "files"), { recursive: true });
        fs.copyFileSync(file, path.join(out, "files", name));
        files.push(`files/${name}`);
      }
    } finally {
      release();
    }
  }
  const manifest: Manifest = { format: 1, kind: source.kind, createdAt: new Date().toISOString(), files };
  fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}
