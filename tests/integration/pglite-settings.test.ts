/**
 * PGlite opens with the memory settings of ADR 027, also on a data directory whose
 * postgresql.conf (written by initdb) says otherwise: what an installation made before this
 * change has on disk.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { sql } from "drizzle-orm";
import { PGLITE_SETTINGS, openDatabase, queryRows } from "~/db/client.server.ts";
import { TEST_DB } from "../support/db.ts";

test.skipIf(TEST_DB !== "pglite")("an embedded database runs with the memory settings, whatever its postgresql.conf says", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-pglite-settings-"));
  try {
    const first = await openDatabase({ dataDir: dir });
    await first.close();
    // initdb's default; the settings must win over it on every later start.
    expect(fs.readFileSync(path.join(dir, "postgresql.conf"), "utf8")).toMatch(/^shared_buffers = 128MB/m);
    const database = await openDatabase({ dataDir: dir });
    try {
      for (const [name, value] of Object.entries(PGLITE_SETTINGS)) {
        const [row] = await queryRows<{ setting: string }>(database.db, sql`select current_setting(${name}) as setting`);
        expect(row?.setting, name).toBe(value);
      }
      expect(PGLITE_SETTINGS.shared_buffers).not.toBe("128MB");
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
