/**
 * `npm run restore -- <backup dir>`: puts a backup made by `npm run backup` back into this
 * installation's database (DATABASE_URL or DATA_DIR). Stop every instance first. PostgreSQL: the
 * objects in the dump replace those in the database (pg_restore --clean), in one transaction, so a
 * failed restore changes nothing. PGlite: the current data directory is kept aside as
 * <DATA_DIR>.voor-herstel-<time>, and a new one is made from the dump.
 */
import fs from "node:fs";
import path from "node:path";
import { acquireDataDirLock } from "../app/db/lock.server.ts";
import { BackupError, openPglite, PG_DUMP_FILE, PGLITE_DUMP_FILE, readManifest, runScript, runTool, sourceFromEnv } from "./backup-lib.ts";

await runScript(async () => {
  const dir = process.argv[2];
  if (!dir) throw new BackupError("Geef de map van de back-up: npm run restore -- <map>");
  const backup = path.resolve(dir);
  const manifest = readManifest(backup);
  const source = sourceFromEnv();
  if (manifest.kind !== source.kind) {
    throw new BackupError(
      `Deze back-up is van ${manifest.kind === "postgres" ? "PostgreSQL" : "PGlite"}, deze installatie gebruikt ${source.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "PGlite (DATA_DIR)"}.`,
    );
  }

  if (source.kind === "postgres") {
    runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", source.url, path.join(backup, PG_DUMP_FILE)]);
  } else {
    const { dataDir } = source;
    let kept: string | null = null;
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      // Taken only to know that no server has it open; the directory itself is moved aside.
      acquireDataDirLock(dataDir)();
      kept = `${dataDir}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(dataDir, kept);
    }
    fs.mkdirSync(dataDir, { recursive: true });
    const release = acquireDataDirLock(dataDir);
    try {
      const dump = new Blob([fs.readFileSync(path.join(backup, PGLITE_DUMP_FILE))]);
      const pglite = await openPglite(dataDir, dump);
      await pglite.close();
      // The dump holds the lock file of the process that made it; ours again, so release() removes it.
      fs.writeFileSync(path.join(dataDir, "technohub.lock"), String(process.pid));
      for (const file of manifest.files.filter((f) => f.startsWith("files/"))) {
        fs.copyFileSync(path.join(backup, file), path.join(dataDir, path.basename(file)));
      }
    } finally {
      release();
    }
    if (kept) console.log(`De vorige datamap staat nu in ${kept}`);
  }
  console.log(`Back-up uit ${backup} teruggezet`);
});
