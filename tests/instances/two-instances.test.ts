/**
 * Two instances of the production build (node server.ts, as systemd starts them) behind nginx
 * (Debian's package, running deploy/nginx/technohub.conf) on one fresh PostgreSQL database: the way
 * a region or the country runs Technohub (docs/deploy.md). Through nginx: a session made on one
 * instance is valid on the other, a registration race for the last places of a course session
 * spread over both instances, mail delivered by the background jobs exactly once, and a rolling
 * stop (SIGTERM) that loses no request. Skipped only without PostgreSQL (TEST_DATABASE_URL).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { openDatabase, queryRows, type Database } from "~/db/client.server.ts";
import { SERVER_MALLOC_ENV, serverNodeArgs } from "../../server/node-flags.ts";
import { courseSession, mailOutbox, registration, user } from "~/db/schema/index.ts";
import { createPostgresDatabase } from "../support/db.ts";
import { insertCourseWithSessions, insertOrganisation } from "../support/factories.ts";
import { freePort } from "../../scripts/free-port.ts";
import { startSmtpSink, type ReceivedMail } from "../support/smtp-sink.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATABASE_URL = process.env.TEST_DATABASE_URL;
const PASSWORD = "een-lang-wachtwoord-voor-twee-instanties";
const AUTH_SECRET = "instances-secret-shared-by-every-instance-0123456789";
const PEOPLE = 12;
const CAPACITY = 4;

if (!DATABASE_URL) console.log("two instances behind nginx: skipped, TEST_DATABASE_URL is not set (PostgreSQL is needed)");

type Child = { name: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

function spawnChild(name: string, command: string, args: string[], env: Record<string, string>): Child {
  let output = "";
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { name, child, output: () => output, exited };
}

async function waitFor(what: string, check: () => Promise<boolean>, children: Child[], timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const c of children) if (c.child.exitCode !== null) throw new Error(`${c.name} exited while waiting for ${what}:\n${c.output()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}:\n${children.map((c) => `--- ${c.name}\n${c.output()}`).join("\n")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The requests an instance logged (server/app.ts writes one JSON line per request). */
function requestsLogged(instance: Child, pathname: string): number {
  return instance
    .output()
    .split("\n")
    .filter((line) => line.includes('"msg":"request"') && line.includes(`"path":"${pathname}"`)).length;
}

describe.skipIf(!DATABASE_URL)("two instances behind nginx on one PostgreSQL", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-instances-"));
  let database: { url: string; drop(): Promise<void> };
  let db: Database;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let a: Child;
  let b: Child;
  let nginx: Child;
  let base: string;
  let ports: { a: number; b: number; nginx: number };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, "build/server/index.js"))) throw new Error("The app is not built: run `npm run build` first (`npm test` does it).");
    const nginxBinary = spawnSync("nginx", ["-v"]);
    if (nginxBinary.error) throw new Error("nginx is not installed: apt-get install -y nginx (.ci/run does it)");

    database = await createPostgresDatabase("technohub_instances");
    smtp = await startSmtpSink();
    ports = { a: await freePort(), b: await freePort(), nginx: await freePort() };
    base = `http://127.0.0.1:${ports.nginx}`;

    // The site file as docs/deploy.md installs it, with this run's ports and checkout.
    const site = fs
      .readFileSync(path.join(ROOT, "deploy/nginx/technohub.conf"), "utf8")
      .replace("127.0.0.1:3001", `127.0.0.1:${ports.a}`)
      .replace("127.0.0.1:3002", `127.0.0.1:${ports.b}`)
      .replace("listen 80;", `listen 127.0.0.1:${ports.nginx};`)
      .replaceAll("/srv/technohub", ROOT);
    fs.writeFileSync(path.join(tmp, "technohub.conf"), site);
    for (const dir of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(path.join(tmp, dir));
    fs.writeFileSync(
      path.join(tmp, "nginx.conf"),
      [
        // As root, nginx's workers would switch to "nobody", who cannot read this checkout.
        process.getuid?.() === 0 ? "user root;" : "",
        "worker_processes 1;",
        `pid ${tmp}/nginx.pid;`,
        `error_log ${tmp}/error.log warn;`,
        "events { worker_connections 256; }",
        "http {",
        "  include /etc/nginx/mime.types;",
        `  access_log ${tmp}/access.log;`,
        ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((d) => `  ${d === "body" ? "client_body" : d}_temp_path ${tmp}/${d};`),
        `  include ${tmp}/technohub.conf;`,
        "}",
      ].join("\n"),
    );
    const test = spawnSync("nginx", ["-t", "-p", tmp, "-c", path.join(tmp, "nginx.conf")], { encoding: "utf8" });
    expect(test.status, `nginx -t:\n${test.stderr}`).toBe(0);

    // Both start at once on the empty database: they migrate it once, under the advisory lock.
    const env = (port: number) => ({
      ...SERVER_MALLOC_ENV,
      NODE_ENV: "production",
      DEMO: "0",
      SEED: "0",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      AUTH_SECRET,
      BASE_URL: base,
      TRUST_PROXY: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      // Every person of this test signs in from the same address.
      AUTH_RATE_LIMIT: "0",
      LOG_LEVEL: "info",
      DRAIN_TIMEOUT_MS: "5000",
    });
    a = spawnChild("instance a", process.execPath, serverNodeArgs(), env(ports.a));
    b = spawnChild("instance b", process.execPath, serverNodeArgs(), env(ports.b));
    nginx = spawnChild("nginx", "nginx", ["-p", tmp, "-c", path.join(tmp, "nginx.conf"), "-g", "daemon off;"], {});
    const ready = (port: number) => async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
    await waitFor("instance a ready", ready(ports.a), [a, b, nginx], 90_000);
    await waitFor("instance b ready", ready(ports.b), [a, b, nginx], 90_000);
    await waitFor("nginx", ready(ports.nginx), [a, b, nginx]);
    db = await openDatabase({ url: database.url, max: 2 });
  }, 150_000);

  afterAll(async () => {
    for (const c of [a, b, nginx]) if (c && c.child.exitCode === null) c.child.kill("SIGTERM");
    await Promise.all([a, b, nginx].filter(Boolean).map((c) => c.exited));
    await db?.close();
    await smtp?.close();
    await database?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  /** What nginx logged as errors: why a request got nginx's own error page instead of an instance's answer. */
  function nginxErrors(): string {
    const file = path.join(tmp, "error.log");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-10).join("\n") : "";
  }

  /** Signs up through nginx (better-auth on whichever instance answers); the address counts as confirmed. */
  async function signUp(email: string, password: string) {
    const response = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email, password, name: `Deelnemer ${email.split("@")[0]}` }),
    });
    expect(response.status, `sign-up of ${email}: ${response.status} ${(await response.clone().text()).slice(0, 300)}\n${nginxErrors()}`).toBe(200);
    // The verification link itself is the account area's concern (tests/integration/account.test.ts).
    await db.db.update(user).set({ emailVerified: true }).where(eq(user.email, email));
  }

  async function signIn(email: string, password: string): Promise<string> {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status, `sign-in of ${email}: ${response.status} ${(await response.clone().text()).slice(0, 300)}\n${nginxErrors()}`).toBe(200);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
  }

  test("readiness: both instances ready, migrated once, through nginx too", async () => {
    for (const port of [ports.a, ports.b, ports.nginx]) {
      const body = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: "ready", database: true, migrations: true, workers: true, draining: false });
    }
    const applied = await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations group by hash having count(*) > 1`);
    expect(applied).toEqual([]);
  });

  test("a session made through one instance is valid on the other (one AUTH_SECRET)", async () => {
    await signUp("docent@sessie.example.nl", PASSWORD);
    const cookie = await signIn("docent@sessie.example.nl", PASSWORD);
    for (const port of [ports.a, ports.b]) {
      const response = await fetch(`http://127.0.0.1:${port}/account`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, `GET /account on ${port}`).toBe(200);
    }
    const before = [requestsLogged(a, "/account"), requestsLogged(b, "/account")];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${base}/account`, { headers: { cookie }, redirect: "manual" });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    // nginx spread the six requests over both instances (round robin), and each knew the session.
    expect(requestsLogged(a, "/account") - before[0]!).toBeGreaterThan(0);
    expect(requestsLogged(b, "/account") - before[1]!).toBeGreaterThan(0);
  });

  // Generous: 24 password hashes (scrypt) and 12 registrations on a 2-core machine that others share.
  test("a registration race for the last places: exactly the capacity is placed, the rest hear the session is full; each mail is delivered once", { timeout: 180_000 }, async () => {
    const provider = await insertOrganisation(db.db, { kind: "provider", name: "Opleider van de race" });
    const { course, sessions } = await insertCourseWithSessions(db.db, { providerId: provider.id, title: "Lassen voor gevorderden" }, [
      { startsAt: new Date(Date.now() + 30 * 24 * 3_600_000), capacity: CAPACITY },
    ]);
    const session = sessions[0]!;

    // People sign up through nginx (better-auth on whichever instance), confirm, and sign in.
    const emails = Array.from({ length: PEOPLE }, (_, i) => `deelnemer.${i}@race.example.nl`);
    await Promise.all(emails.map((email) => signUp(email, PASSWORD)));
    const cookies = await Promise.all(emails.map((email) => signIn(email, PASSWORD)));

    const target = `/cursussen/${course.slug}/sessies/${session.id}/aanmelden`;
    const before = [requestsLogged(a, target), requestsLogged(b, target)];
    const outcomes = await Promise.all(
      cookies.map(async (cookie) => {
        const response = await fetch(`${base}${target}`, {
          method: "POST",
          headers: { cookie, origin: base, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ intent: "self" }),
          redirect: "manual",
        });
        const text = await response.text();
        return { status: response.status, location: response.headers.get("location") ?? "", ...(response.status >= 400 ? { text: text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 600) } : {}) };
      }),
    );
    expect(requestsLogged(a, target) - before[0]!, "registrations served by instance a").toBeGreaterThan(0);
    expect(requestsLogged(b, target) - before[1]!, "registrations served by instance b").toBeGreaterThan(0);

    expect(outcomes.filter((o) => !/^\/aanmelding\/[0-9a-f-]+\?(aangemeld|wachtlijst)$/.test(o.location) || o.status >= 400)).toEqual([]);
    const placed = outcomes.filter((o) => o.location.endsWith("?aangemeld"));
    const waiting = outcomes.filter((o) => o.location.endsWith("?wachtlijst"));
    expect(placed.length).toBe(CAPACITY);
    expect(waiting.length).toBe(PEOPLE - CAPACITY);

    // What someone who came too late reads: the session is full, and they are on the waiting list.
    const lateCookie = cookies[outcomes.indexOf(waiting[0]!)]!;
    const page = await (await fetch(`${base}${waiting[0]!.location}`, { headers: { cookie: lateCookie } })).text();
    expect(page).toContain("De sessie is vol: u staat op de wachtlijst.");

    const rows = await db.db
      .select({ status: registration.status, position: registration.waitlistPosition, email: registration.participantEmail })
      .from(registration)
      .where(eq(registration.sessionId, session.id));
    expect(rows.filter((r) => r.status === "confirmed").length).toBe(CAPACITY);
    expect(rows.filter((r) => r.status === "waitlisted").map((r) => r.position).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: PEOPLE - CAPACITY }, (_, i) => i + 1),
    );
    const [left] = await db.db.select({ capacity: courseSession.capacity }).from(courseSession).where(eq(courseSession.id, session.id));
    expect(left!.capacity).toBe(CAPACITY);

    // Each registration put one mail in the outbox in its transaction, and a mail.deliver job on
    // the queue both instances work: every mail reaches SMTP once, none twice.
    const outbox = await db.db
      .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject })
      .from(mailOutbox)
      .where(and(sql`${mailOutbox.to} like '%@race.example.nl'`));
    // Per person: the verification mail of the sign-up and the registration's mail.
    expect(outbox.length).toBe(PEOPLE * 2);
    const delivered = (mail: ReceivedMail) => mail.to.some((to) => to.endsWith("@race.example.nl"));
    await waitFor("every mail delivered", async () => smtp.received.filter(delivered).length >= outbox.length, [a, b], 30_000);
    // Give a duplicate delivery, if there were one, the time to arrive.
    await new Promise((r) => setTimeout(r, 1500));
    const perRecipient = new Map<string, number>();
    for (const mail of smtp.received.filter(delivered)) for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect([...perRecipient.entries()].filter(([, n]) => n !== 2)).toEqual([]);
    expect(perRecipient.size).toBe(PEOPLE);
    const unsent = await db.db
      .select({ id: mailOutbox.id, status: mailOutbox.status })
      .from(mailOutbox)
      .where(and(sql`${mailOutbox.to} like '%@race.example.nl'`, sql`${mailOutbox.status} <> 'sent'`));
    expect(unsent).toEqual([]);
    const jobs = await queryRows<{ state: string; n: number }>(
      db.db,
      sql`select state, count(*)::int as n from pgboss.job where name = 'mail.deliver' and data->>'id' in (select id::text from mail_outbox where "to" like '%@race.example.nl') group by state`,
    );
    expect(jobs.map((j) => [j.state, Number(j.n)])).toEqual([["completed", PEOPLE * 2]]);
  });

  test("a rolling stop: SIGTERM drains instance b while nginx keeps serving from a, and b exits 0", async () => {
    let stopped = false;
    const statuses: number[] = [];
    const load = (async () => {
      const workers = Array.from({ length: 8 }, async () => {
        while (!stopped) {
          const response = await fetch(`${base}/`);
          await response.arrayBuffer();
          statuses.push(response.status);
        }
      });
      await Promise.all(workers);
    })();
    await new Promise((r) => setTimeout(r, 300));
    b.child.kill("SIGTERM");
    // Exit code 0 and "stopped" mean the drain finished: the hard stop (DRAIN_TIMEOUT_MS + 3 s) exits 1.
    const code = await b.exited;
    await new Promise((r) => setTimeout(r, 300));
    stopped = true;
    await load;
    expect(code, b.output().slice(-2000)).toBe(0);
    expect(b.output()).toContain('"msg":"stopped"');
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
