import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, openDatabase, queryRows, type Database } from "~/db/client.server.ts";
import { createPostgresDatabase, TEST_DB } from "../support/db.ts";

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };

// PGlite is one process per data directory (app/db/lock.server.ts); the advisory lock is for a server.
describe.skipIf(TEST_DB !== "postgres")("migrations under an advisory lock (postgres)", () => {
  const opened: Database[] = [];
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const database of opened) await database.close();
    await drop?.();
  });

  it("instances starting together on a fresh database all start, and each migration is applied once", async () => {
    const created = await createPostgresDatabase("technohub_instances_lock");
    drop = created.drop;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => openDatabase({ url: created.url, max: 2 })));
    for (const result of results) if (result.status === "fulfilled") opened.push(result.value);
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(failures).toEqual([]);

    const applied = await queryRows<{ hash: string; n: number }>(
      opened[0]!.db,
      sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`,
    );
    expect(applied.length).toBe(journal.entries.length);
    expect(applied.filter((row) => Number(row.n) !== 1)).toEqual([]);
    // The lock is released when the migrating connection closes: nobody holds it afterwards.
    const held = await queryRows<{ n: number }>(opened[0]!.db, sql`select count(*)::int as n from pg_locks where locktype = 'advisory'`);
    expect(Number(held[0]!.n)).toBe(0);
  });
});
