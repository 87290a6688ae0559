/**
 * The backup round trip an operator makes, with the real scripts (`npm run backup` / `restore`)
 * on this project's database: fill, back up, destroy, restore, and the data is back.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Database } from "~/db/client.server.ts";
import { course as courseTable, courseSession, organisation } from "~/db/schema/index.ts";
import { installationSecret } from "~/lib/installation-secret.server.ts";
import { createPostgresDatabase, TEST_DB } from "../support/db.ts";
import { insertCourseWithSessions, insertOrganisation } from "../support/factories.ts";
import { openPglite } from "../../scripts/backup-lib.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function script(name: "backup" | "restore", args: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.DATA_DIR;
  const result = spawnSync(process.execPath, ["--import", "./scripts/alias-hooks.ts", `scripts/${name}.ts`, ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe(`backup and restore (${TEST_DB})`, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-backup-"));
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  // PGlite is opened six times, in this process and in the scripts: seconds each on a busy machine.
  it("a backup taken, the data destroyed, the backup restored: everything is back, and what came after is gone", { timeout: 180_000 }, async () => {
    let env: Record<string, string>;
    let open: () => Promise<Database>;
    if (TEST_DB === "postgres") {
      const created = await createPostgresDatabase("technohub_backup");
      cleanups.push(created.drop);
      env = { DATABASE_URL: created.url };
      open = () => openDatabase({ url: created.url, max: 2 });
    } else {
      const dataDir = path.join(tmp, "data");
      env = { DATA_DIR: dataDir };
      // From the migrated template of this run: making a fresh directory costs tens of seconds on a busy machine.
      const template = await openPglite(dataDir, new Blob([fs.readFileSync(inject("pgliteTemplate"))]));
      await template.close();
      open = () => openDatabase({ dataDir });
    }

    let database = await open();
    const kept = await insertOrganisation(database.db, { kind: "provider", name: "Opleider die blijft" });
    const { course } = await insertCourseWithSessions(database.db, { providerId: kept.id, title: "Solderen" }, [{ startsAt: new Date("2027-03-01T09:00:00Z") }]);
    const secret = env.DATA_DIR ? installationSecret(env.DATA_DIR) : null;
    await database.close();

    const out = path.join(tmp, "backup");
    const backup = script("backup", ["--out", out], env);
    expect(backup.status, backup.output).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))).toMatchObject({ kind: TEST_DB });

    // Destroy: on PostgreSQL the rows go and a later one comes; PGlite's directory is lost altogether.
    database = await open();
    const later = await insertOrganisation(database.db, { name: "Na de back-up" });
    await database.db.delete(organisation).where(eq(organisation.id, kept.id));
    await database.close();
    if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });

    const restore = script("restore", [out], env);
    expect(restore.status, restore.output).toBe(0);

    database = await open();
    try {
      const names = (await database.db.select({ id: organisation.id }).from(organisation)).map((r) => r.id);
      expect(names).toContain(kept.id);
      if (TEST_DB === "postgres") expect(names).not.toContain(later.id);
      const sessions = await database.db
        .select({ id: courseSession.id })
        .from(courseSession)
        .innerJoin(courseTable, eq(courseTable.id, courseSession.courseId))
        .where(eq(courseTable.slug, course.slug));
      expect(sessions.length).toBe(1);
    } finally {
      await database.close();
    }
    if (env.DATA_DIR) {
      expect(fs.readFileSync(path.join(env.DATA_DIR, "auth-secret"), "utf8").trim()).toBe(secret);
      // The restored directory is free for the server: no lock left behind by the scripts.
      expect(fs.existsSync(path.join(env.DATA_DIR, "technohub.lock"))).toBe(false);
    }
  });

  it("a backup of another kind of database is refused with a clear message", () => {
    const out = path.join(tmp, "other");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ format: 1, kind: TEST_DB === "postgres" ? "pglite" : "postgres", createdAt: "", files: [] }));
    const env: Record<string, string> = TEST_DB === "postgres" ? { DATABASE_URL: process.env.TEST_DATABASE_URL! } : { DATA_DIR: path.join(tmp, "empty") };
    const restore = script("restore", [out], env);
    expect(restore.status).toBe(1);
    expect(restore.output).toMatch(/Deze back-up is van (PGlite|PostgreSQL), deze installatie gebruikt/);
  });
});
