import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { queryRows, type Database } from "~/db/client.server.ts";

describe(`the app's database connections (${TEST_DB})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  // PGlite has no JIT compiler; the setting exists only on a server.
  it.runIf(TEST_DB === "postgres")("compile no query just in time, on every connection of the pool (ADR 036)", async () => {
    // Held open at once, so the pool has to open several connections, each of which must say off.
    const held = await Promise.all(Array.from({ length: 4 }, () => database.pool!.connect()));
    try {
      for (const client of held) expect((await client.query("show jit")).rows[0].jit).toBe("off");
    } finally {
      for (const client of held) client.release();
    }
    const [row] = await queryRows<{ jit: string }>(database.db, sql`show jit`);
    expect(row!.jit).toBe("off");
  });
});
