import { createAuth } from "~/auth/auth.server.ts";
import type { AppServices, Clock } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { parseEnv } from "~/lib/env.server.ts";
import { createMailer } from "~/lib/mail/mailer.server.ts";
import { createJobQueue } from "~/jobs/queue.server.ts";
import { createGeocoder } from "~/lib/geo/create-geocoder.server.ts";
import { setLogLevel } from "~/lib/log.server.ts";

/** A clock tests can set and advance; nothing in a test sleeps. */
export class TestClock implements Clock {
  current: Date;
  constructor(start = new Date("2026-03-02T09:00:00+01:00")) {
    this.current = start;
  }
  now() {
    return new Date(this.current);
  }
  set(date: Date) {
    this.current = date;
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** The same services the server builds, over a test database, with a settable clock. */
export function createTestServices(database: Database, options: { rateLimit?: boolean } = {}): AppServices & { clock: TestClock } {
  setLogLevel("silent");
  const env = parseEnv({ NODE_ENV: "test", GEOCODER: "gazetteer", BASE_URL: "http://localhost:3000" });
  // The queue starts lazily (pg-boss takes seconds on PGlite): only tests that send jobs pay for it.
  const jobs = createJobQueue(database, { url: database.url });
  // Stop the queue before the database goes (on the server, DROP DATABASE would cut its connections).
  const closeDatabase = database.close.bind(database);
  database.close = async () => {
    await jobs.stop();
    await closeDatabase();
  };
  const mailer = createMailer({ db: database.db, transport: null, jobs, baseUrl: "http://localhost:3000" });
  const auth = createAuth({
    db: database.db,
    mailer,
    baseUrl: "http://localhost:3000",
    secret: "test-secret-test-secret-test-secret-0123",
    rateLimit: options.rateLimit ?? false,
  });
  return { env, database, db: database.db, mailer, mailTransport: null, jobs, auth, geocoder: createGeocoder(env), clock: new TestClock() };
}
