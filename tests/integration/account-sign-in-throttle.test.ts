import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices, TestClock } from "../support/services.ts";
import { createAuth } from "~/auth/auth.server.ts";
import type { AppServices } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { mailOutbox, signInThrottle } from "~/db/schema/index.ts";
import { signIn } from "~/services/account/sign-in.server.ts";
import { signUp } from "~/services/account/sign-up.server.ts";
import { verifyEmail } from "~/services/account/verify-email.server.ts";

const PASSWORD = "een-lang-wachtwoord";
const SECRET = "test-secret-test-secret-test-secret-0123";
const MINUTE = 60_000;

let ip = 0;
/** A different client address for every request: better-auth's own limiter (per address) never interferes. */
function anotherAddress(): Headers {
  ip++;
  return new Headers({ "x-forwarded-for": `198.51.${Math.floor(ip / 250)}.${(ip % 250) + 1}`, "user-agent": "vitest" });
}

describe(`per-account sign-in throttle (${TEST_DB})`, () => {
  let database: Database;
  let plain: ReturnType<typeof createTestServices>;
  let clock: TestClock;
  /** The same services with limiting on, as AUTH_RATE_LIMIT=1 gives in production. */
  let limited: AppServices;
  const attempt = (email: string, password = "fout-fout-fout-fout", services = limited) => signIn(services, null, { email, password, headers: anotherAddress() });

  beforeAll(async () => {
    database = await createTestDatabase();
    plain = createTestServices(database);
    clock = new TestClock();
    limited = withThrottle(plain, clock);
    for (const email of ["docent@school.example", "bedrijf@bedrijf.example", "parallel@school.example"]) {
      expect(await signUp(plain, null, { name: "Test Persoon", email, password: PASSWORD, locale: "nl", headers: anotherAddress() })).toEqual({ ok: true });
      const [mail] = await plain.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
      const token = decodeURIComponent(/\/email-bevestigen\?token=([^\s]+)/.exec(mail!.text)![1]!);
      expect((await verifyEmail(plain, null, { token, headers: anotherAddress() })).ok).toBe(true);
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  function withThrottle(services: AppServices, at: TestClock): AppServices {
    const auth = createAuth({ db: services.db, mailer: services.mailer, baseUrl: "http://localhost:3000", secret: SECRET, rateLimit: true, now: () => at.now() });
    return { ...services, auth };
  }

  it("20 wrong passwords from 20 addresses: the first 5 are answered, then the account is refused, even the right password", async () => {
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await attempt("docent@school.example"));
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: false, reason: "wrong_credentials" }));
    expect(results.slice(5)).toEqual(Array(15).fill({ ok: false, reason: "throttled", retryAfterMinutes: 5 }));
    expect(await attempt("Docent@School.example ", PASSWORD)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 5 });
  });

  it("an address without an account is counted and refused the same way, so the answer reveals nothing", async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await attempt("niemand@nergens.example"));
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: false, reason: "wrong_credentials" }));
    expect(results.slice(5)).toEqual(Array(2).fill({ ok: false, reason: "throttled", retryAfterMinutes: 5 }));
  });

  it("better-auth's JSON endpoint is throttled too, with 429, a code and Retry-After", async () => {
    const response = await limited.auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "203.0.113.7" },
        body: JSON.stringify({ email: "docent@school.example", password: PASSWORD }),
      }),
    );
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ code: "ACCOUNT_THROTTLED" });
    expect(Number(response.headers.get("retry-after"))).toBe(5 * 60);
  });

  it("the lock lives in the database: another process (a new auth on the same database) refuses as well", async () => {
    const other = withThrottle(plain, clock);
    expect(await attempt("docent@school.example", PASSWORD, other)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 5 });
    clock.advance(2 * MINUTE);
    expect(await attempt("docent@school.example", PASSWORD, other)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 3 });
  });

  it("after the lock one more try; failing again locks twice as long, with a real plural", async () => {
    clock.advance(3 * MINUTE);
    expect(await attempt("docent@school.example")).toEqual({ ok: false, reason: "wrong_credentials" });
    expect(await attempt("docent@school.example", PASSWORD)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 10 });
    clock.advance(9 * MINUTE + 30_000);
    expect(await attempt("docent@school.example", PASSWORD)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 1 });
  });

  it("the right password after the lock signs in and clears the count", async () => {
    clock.advance(MINUTE);
    expect((await attempt("docent@school.example", PASSWORD)).ok).toBe(true);
    const key = (await limited.db.select().from(signInThrottle)).length;
    expect(key).toBe(1); // only niemand@nergens.example is left
    for (let i = 0; i < 4; i++) expect(await attempt("docent@school.example")).toEqual({ ok: false, reason: "wrong_credentials" });
    expect((await attempt("docent@school.example", PASSWORD)).ok).toBe(true);
  });

  it("a quiet quarter of an hour starts the count afresh", async () => {
    for (let i = 0; i < 4; i++) expect(await attempt("bedrijf@bedrijf.example")).toEqual({ ok: false, reason: "wrong_credentials" });
    clock.advance(15 * MINUTE);
    for (let i = 0; i < 4; i++) expect(await attempt("bedrijf@bedrijf.example")).toEqual({ ok: false, reason: "wrong_credentials" });
    expect((await attempt("bedrijf@bedrijf.example", PASSWORD)).ok).toBe(true);
  });

  it("parallel guesses cannot all slip through: exactly 5 are answered", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt("parallel@school.example")));
    expect(results.filter((r) => !r.ok && r.reason === "wrong_credentials")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(7);
  });

  it("stores no e-mail addresses", async () => {
    const rows = await limited.db.select().from(signInThrottle);
    expect(JSON.stringify(rows)).not.toContain("@");
  });

  it("with limiting off (AUTH_RATE_LIMIT=0, as in the other tests) nothing is throttled", async () => {
    for (let i = 0; i < 7; i++) expect(await attempt("bedrijf@bedrijf.example", "fout-fout-fout-fout", plain)).toEqual({ ok: false, reason: "wrong_credentials" });
    expect((await attempt("bedrijf@bedrijf.example", PASSWORD, plain)).ok).toBe(true);
  });
});
