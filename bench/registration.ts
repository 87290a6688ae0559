/**
 * `npm run bench -- registration [--clients 200] [--capacity 100] [--no-build]`
 *
 * The real server (production build, `node server.ts`) on a fresh PostgreSQL
 * database at 127.0.0.1:5432. Users, their sign-in sessions, a course and a
 * session with `capacity` places are written straight into the database;
 * then `clients` clients POST the registration form action at the same
 * moment, each with its own session cookie. Reports registrations per second
 * and latency (p50, p95, max), and checks the outcome: exactly `capacity`
 * confirmed, the rest on the waiting list at positions 1…n without gaps.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort } from "../scripts/free-port.ts";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "200" },
    capacity: { type: "string", default: "100" },
    "no-build": { type: "boolean", default: false },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const CLIENTS = Number(values.clients);
const CAPACITY = Number(values.capacity);
const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

/** better-auth's signed cookie value: token "." base64(HMAC-SHA256(secret, token)), URI-encoded. */
const signedCookie = (token: string) => encodeURIComponent(`${token}.${crypto.createHmac("sha256", SECRET).update(token).digest("base64")}`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  if (!values["no-build"]) {
    console.log("Bouwen (npm run build) …");
    const build = spawnSync("npm", ["run", "build"], { stdio: "ignore" });
    if (build.status !== 0) throw new Error("npm run build mislukte");
  }
  const name = `technohub_bench_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: values.server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(values.server);
  url.pathname = `/${name}`;
  const port = await freePort();
  const server = spawn(process.execPath, ["server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url.toString(),
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: `http://127.0.0.1:${port}`,
      AUTH_SECRET: SECRET,
      AUTH_RATE_LIMIT: "0",
      DEMO: "0",
      SEED: "0",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const db = new pg.Client({ connectionString: url.toString() });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error("De server startte niet binnen 60 s");
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await db.connect();

    // Fixture: a provider, a published course, one session, CLIENTS users with a session each.
    const provider = (await db.query(`insert into organisation (slug, name, kind) values ('bench-opleider', 'Bench-opleider', 'provider') returning id`)).rows[0].id;
    const course = (
      await db.query(`insert into course (slug, provider_id, title, format, status, search_text) values ('bench-lassen', $1, 'Bench: lassen', 'physical_hub', 'published', 'lassen') returning id`, [provider])
    ).rows[0].id;
    const session = (
      await db.query(
        `insert into course_session (course_id, starts_at, ends_at, capacity, registration_deadline, place)
         values ($1, now() + interval '30 days', now() + interval '30 days 7 hours', $2, now() + interval '20 days', 'Emmeloord') returning id`,
        [course, CAPACITY],
      )
    ).rows[0].id;
    const cookies: string[] = [];
    const users: unknown[][] = [];
    const sessions: unknown[][] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const id = `bench-user-${i}`;
      const token = crypto.randomBytes(24).toString("base64url");
      users.push([id, `Deelnemer ${i}`, `deelnemer.${i}@bench.example`]);
      sessions.push([`bench-session-${i}`, token, id]);
      cookies.push(`technohub.session_token=${signedCookie(token)}`);
    }
    await db.query(
      `insert into "user" (id, name, email, email_verified) select * , true from unnest($1::text[], $2::text[], $3::text[])`,
      [users.map((u) => u[0]), users.map((u) => u[1]), users.map((u) => u[2])],
    );
    await db.query(
      `insert into session (id, token, user_id, expires_at) select *, now() + interval '1 day' from unnest($1::text[], $2::text[], $3::text[])`,
      [sessions.map((s) => s[0]), sessions.map((s) => s[1]), sessions.map((s) => s[2])],
    );

    const action = `${base}/cursussen/bench-lassen/sessies/${session}/aanmelden`;
    // Warm-up: one signed-in page view (compiles nothing, but opens connections and caches routes).
    const warm = await fetch(`${base}/cursussen/bench-lassen`, { headers: { cookie: cookies[0]! } });
    if (!warm.ok) throw new Error(`Opwarmen mislukte: ${warm.status}`);

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    await Promise.all(
      cookies.map(async (cookie) => {
        const t0 = performance.now();
        const response = await fetch(action, {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: base },
          body: "intent=self",
          redirect: "manual",
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
    );
    const wallMs = performance.now() - started;
    latencies.sort((a, b) => a - b);

    const counts = (await db.query(`select status, count(*)::int as n from registration where session_id = $1 group by status`, [session])).rows as { status: string; n: number }[];
    const positions = (await db.query(`select waitlist_position as p from registration where session_id = $1 and status = 'waitlisted' order by 1`, [session])).rows.map((r) => r.p as number);
    const taken = (await db.query(`select places_taken from course_session where id = $1`, [session])).rows[0].places_taken as number;
    const confirmed = counts.find((c) => c.status === "confirmed")?.n ?? 0;
    const waitlisted = counts.find((c) => c.status === "waitlisted")?.n ?? 0;
    const gapless = positions.every((p, i) => p === i + 1);

    console.log(`\nAanmelden via de formulieractie (PostgreSQL, ${CLIENTS} gelijktijdige clients, ${CAPACITY} plaatsen)`);
    console.log(`  HTTP-statussen:        ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`);
    console.log(`  aanmeldingen per s:    ${((CLIENTS / wallMs) * 1000).toFixed(1)}  (${CLIENTS} in ${wallMs.toFixed(0)} ms)`);
    console.log(`  latentie p50 / p95 / max: ${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 95).toFixed(0)} / ${latencies.at(-1)!.toFixed(0)} ms`);
    console.log(`  bevestigd: ${confirmed}, wachtlijst: ${waitlisted} (posities 1–${positions.length}${gapless ? ", zonder gaten" : ", MET GATEN"}), places_taken: ${taken}`);
    const expectedWaiting = Math.max(0, CLIENTS - CAPACITY);
    const ok = confirmed === Math.min(CAPACITY, CLIENTS) && waitlisted === expectedWaiting && gapless && taken === confirmed && statuses.get(302) === CLIENTS;
    console.log(ok ? "  OK: precies zoveel bevestigd als er plaatsen zijn." : "  FOUT: de uitkomst klopt niet.");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await db.end().catch(() => {});
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
