import { PgBoss, fromDrizzle, fromPglite } from "pg-boss";
import { sql } from "drizzle-orm";
import type { Database, Db } from "~/db/client.server.ts";
import { log } from "~/lib/log.server.ts";

/**
 * Background work on a Postgres-backed queue (pg-boss), on PGlite and on a
 * PostgreSQL server alike. Jobs are named; definitions live with their area
 * (see registry.server.ts). Business time comes from services.clock, so tests
 * run a job's use-case with a set clock instead of waiting for the queue.
 */
export type SendOptions = {
  /** Run no earlier than this moment. */
  startAfter?: Date;
  /**
   * Enqueue inside this transaction: the job exists only if it commits. Required
   * inside a transaction on PGlite, which runs one statement stream at a time.
   */
  tx?: Db;
  retryLimit?: number;
};

export type JobHandler = (data: object) => Promise<void>;

export type JobQueue = {
  /**
   * Starts pg-boss and creates the named queues. Must happen before the first send inside a
   * transaction: on PGlite nothing else can run while a transaction is open.
   */
  start(queues?: string[]): Promise<void>;
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /** Registers a worker; with `cron`, also a recurring job (UTC, five-field cron). */
  work(name: string, handler: JobHandler, options?: { cron?: string }): Promise<void>;
  /** Runs the due jobs of one queue here and now; returns how many ran. For tests and scripts. */
  drain(name: string, handler: JobHandler): Promise<number>;
  stop(): Promise<void>;
  readonly started: boolean;
};

export function createJobQueue(database: Database, options: { url?: string } = {}): JobQueue {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", schema: "pgboss" })
    : new PgBoss({ connectionString: options.url, schema: "pgboss", max: 4 });
  boss.on("error", (error) => log.error("job queue error", { error }));

  let starting: Promise<void> | null = null;
  let started = false;
  const created = new Set<string>();

  function ensureStarted() {
    starting ??= boss.start().then(() => {
      started = true;
    });
    return starting;
  }

  async function ensureQueue(name: string) {
    await ensureStarted();
    if (created.has(name)) return;
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
    // pg-boss looks a queue up in its own cache on send, and fills the cache over its own
    // connection. Fill it now: inside a PGlite transaction that lookup would wait for the
    // transaction itself. (findJobs on an impossible id is the cheapest public call that does.)
    await boss.findJobs(name, { id: "00000000-0000-0000-0000-000000000000" });
    created.add(name);
  }

  /** Inside a transaction, starting pg-boss or creating a queue would wait for the transaction itself. */
  function assertReadyFor(name: string) {
    if (!started || !created.has(name)) {
      throw new Error(`Job queue "${name}" is not ready: call jobs.start(["${name}", …]) before sending inside a transaction`);
    }
  }

  return {
    get started() {
      return started;
    },
    async start(queues = []) {
      await ensureStarted();
      for (const name of queues) await ensureQueue(name);
    },
    async send(name, data, opts = {}) {
      if (opts.tx) assertReadyFor(name);
      else await ensureQueue(name);
      return boss.send(name, data, {
        startAfter: opts.startAfter,
        retryLimit: opts.retryLimit ?? 3,
        ...(opts.tx ? { db: fromDrizzle(opts.tx as never, sql as never) } : {}),
      });
    },
    async work(name, handler, opts = {}) {
      await ensureQueue(name);
      if (opts.cron) await boss.schedule(name, opts.cron, {}, { tz: "Europe/Amsterdam" });
      await boss.work(name, async (jobs) => {
        for (const job of jobs) await handler(job.data as object);
      });
    },
    async drain(name, handler) {
      await ensureQueue(name);
      let ran = 0;
      for (;;) {
        const jobs = await boss.fetch<object>(name, { batchSize: 10 });
        if (jobs.length === 0) return ran;
        for (const job of jobs) {
          try {
            await handler(job.data);
            await boss.complete(name, job.id);
          } catch (error) {
            await boss.fail(name, job.id, { message: String(error) });
            throw error;
          }
          ran++;
        }
      }
    },
    async stop() {
      if (!starting) return;
      await starting.catch(() => {});
      await boss.stop({ graceful: false, close: !database.pglite, timeout: 1000 });
    },
  };
}
