import fs from "node:fs";
import crypto from "node:crypto";
import { inject } from "vitest";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { openDatabase, pgliteOptions, schema, type Database, type Db } from "~/db/client.server.ts";

export const TEST_DB = (process.env.TEST_DB ?? "pglite") as "pglite" | "postgres";

/**
 * A fresh, migrated, empty database for one test file: a copy of the PGlite
 * template, or a new database on the PostgreSQL server (dropped afterwards).
 */
export async function createTestDatabase(): Promise<Database> {
  if (TEST_DB === "postgres") {
    const created = await createPostgresDatabase("technohub_test");
    const database = await openDatabase({ url: created.url, max: 20 });
    return {
      ...database,
      async close() {
        await database.close();
        await created.drop();
      },
    };
  }
  const template = inject("pgliteTemplate");
  const blob = new Blob([fs.readFileSync(template)]);
  const pglite = new PGlite(pgliteOptions({ loadDataDir: blob }));
  await pglite.waitReady;
  const db = drizzle(pglite, { schema }) as unknown as Db;
  return { db, kind: "pglite", pglite, close: () => pglite.close() };
}

/** A fresh, empty database on the PostgreSQL server (TEST_DATABASE_URL); `drop` removes it. */
export async function createPostgresDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    url: dbUrl.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
