import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { fillCourseWords } from "./fill-derived.server.ts";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import * as schema from "./schema/index.ts";
import { acquireDataDirLock } from "./lock.server.ts";
import { log } from "../lib/log.server.ts";

export { schema };
/** Both drivers give a PgDatabase; services and transactions take this one type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The PGlite instance when embedded: pg-boss and tests share it (one per data directory). */
  pglite?: PGlite;
  pool?: pg.Pool;
  /** The server's connection string (PostgreSQL only); pg-boss opens its own pool with it. */
  url?: string;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { url: string; migrationsFolder?: string; max?: number }
  | { dataDir: string | null; migrationsFolder?: string; lock?: boolean };

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "app/db/migrations");

/**
 * PGlite runs PostgreSQL inside this process's WebAssembly memory, which grows but is never given
 * back, and PostgreSQL writes its whole shared memory when it starts. At PostgreSQL's defaults
 * (shared_buffers 128 MB) an instance held ~150 MB of WebAssembly memory before its first query,
 * which alone leaves too little of the 300 MB an instance may use (ADR 027). The pages are read
 * from the operating system's file cache when they are not in these buffers, so a smaller pool
 * costs a copy, not a disk read: 8 MB rather than 16 saved ~10 MB of RSS at national size with no
 * CPU cost per page that showed (ADR 027, amendment "what the server loads at start").
 * maintenance_work_mem bounds what an index build in a migration takes (and keeps) from the same
 * memory. PGlite is one backend in one process, but PostgreSQL sizes its lock table and per-backend
 * state in the same shared memory for max_connections (initdb writes 100): 4, the least it accepts
 * beside its 3 reserved superuser connections, saves another 2 MB.
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "8MB",
  maintenance_work_mem: "16MB",
  max_connections: "4",
};

/** How every embedded database is opened: the app, the tests' copies and the backup alike. */
export function pgliteOptions(options: PGliteOptions = {}): PGliteOptions {
  return {
    extensions: { pg_trgm, unaccent },
    // Command-line settings win over the data directory's postgresql.conf, so an existing
    // directory gets them too; PGlite's own start parameters stay in front.
    startParams: [...PGlite.defaultStartParams, ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
    ...options,
  };
}

/**
 * Opens the database and applies migrations. `{ url }` uses a PostgreSQL server;
 * `{ dataDir }` the embedded PGlite, persisted there (or in memory for `null`).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if ("url" in options) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      // No JIT compilation for the app's queries (ADR 036): a page's queries run for milliseconds,
      // and a plan the planner overestimates (past jit_above_cost) was compiled for 0.3–2.3 s at
      // national size, every time. The pool awaits this on each new connection before handing it
      // out; it works through a pooler in session mode, unlike a startup parameter (in transaction
      // mode, set it for the role instead: ADR 036).
      onConnect: async (client) => {
        await client.query("set jit = off");
      },
    });
    // An idle client can lose its connection (server restart, DROP DATABASE … WITH (FORCE)); the
    // pool replaces it, but an unhandled 'error' event would crash the process.
    pool.on("error", (error) => log.warn("idle database connection lost", { error: error.message }));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    try {
      await migrateUnderLock(options.url, async () => {
        await migratePg(db as never, { migrationsFolder });
        await fillCourseWords(db);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db, kind: "postgres", pool, url: options.url, close: () => pool.end() };
  }

  let release = () => {};
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    if (options.lock !== false) release = acquireDataDirLock(dataDir);
  }
  try {
    const pglite = new PGlite(pgliteOptions({ dataDir }));
    await pglite.waitReady;
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    await fillCourseWords(db);
    return {
      db,
      kind: "pglite",
      pglite,
      async close() {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Any fixed number names the lock; this one is "technohub" in ASCII, so it stands out in pg_locks.
 * pg-boss takes its own advisory locks with other keys.
 */
export const MIGRATION_LOCK_KEY = 0x746563686e6f68n;

/**
 * Instances that start together (a rolling upgrade, several units on one server) would each see
 * the same migrations missing and run them side by side: the second fails halfway on "already
 * exists", or applies one twice. A session-level advisory lock on a connection of its own lets
 * one instance migrate while the others wait; they then find nothing to do. The lock is released
 * when this connection closes, so an instance that dies while migrating blocks no one.
 */
async function migrateUnderLock(url: string, migrate: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    await migrate();
  } finally {
    // Ending the session releases the lock, also when the unlock itself cannot be sent.
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()]).catch(() => {});
    await client.end().catch(() => {});
  }
}

const journals = new Map<string, { entries: { when: number }[] }>();
function readJournal(folder: string) {
  let journal = journals.get(folder);
  if (!journal) {
    journal = JSON.parse(fs.readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
    journals.set(folder, journal);
  }
  return journal;
}

/**
 * How many of this build's migrations the database lacks (0 when up to date). A database a newer
 * build has migrated further also gives 0: during a rolling upgrade the old instances keep serving.
 */
export async function pendingMigrations(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<number> {
  const journal = readJournal(migrationsFolder);
  const [row] = await queryRows<{ last: string | number | null }>(db, sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
  const last = row?.last == null ? 0 : Number(row.last);
  return journal.entries.filter((entry) => entry.when > last).length;
}

/**
 * Raw SQL with typed rows. Both drivers return `{ rows }`; the shared Db type
 * cannot know that, so the cast lives here once.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
