import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { queryRows, type Database } from "~/db/client.server.ts";

describe(`migrations (${TEST_DB})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("apply to an empty database with pg_trgm and unaccent", async () => {
    const rows = await queryRows<{ extname: string }>(database.db, sql`select extname from pg_extension order by extname`);
    const names = rows.map((r) => r.extname);
    expect(names).toContain("pg_trgm");
    expect(names).toContain("unaccent");
    const tables = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name in ('network', 'organisation', 'user', 'session')`,
    );
    expect(Number(tables[0]!.n)).toBe(4);
  });

  it("search helpers fold accents and use Dutch stemming", async () => {
    const rows = await queryRows<{ u: string; m: boolean }>(
      database.db,
      sql`select th_unaccent('Eén coöperatie') as u, to_tsvector('dutch', 'bedrijven') @@ plainto_tsquery('dutch', 'bedrijven') as m`,
    );
    expect(rows[0]!.u).toBe("Een cooperatie");
    expect(rows[0]!.m).toBe(true);
  });
});
