import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertCourseWithSessions, insertMembership, insertNetwork, insertOrganisation, insertUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import {
  account,
  joinRequest,
  mailOutbox,
  membership,
  network,
  networkChangeProposal,
  networkCoordinator,
  organisation,
  session,
  user,
  course,
  registration,
} from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import { signUp } from "~/services/account/sign-up.server.ts";
import { signIn } from "~/services/account/sign-in.server.ts";
import { signOut } from "~/services/account/sign-out.server.ts";
import { verifyEmail } from "~/services/account/verify-email.server.ts";
import { requestVerificationMail } from "~/services/account/request-verification-mail.server.ts";
import { requestPasswordReset } from "~/services/account/request-password-reset.server.ts";
import { getResetTokenValidity } from "~/services/account/get-reset-token-validity.server.ts";
import { resetPassword } from "~/services/account/reset-password.server.ts";
import { updateProfile } from "~/services/account/update-profile.server.ts";
import { getAccountOverview } from "~/services/account/get-account-overview.server.ts";
import { exportPersonalData } from "~/services/account/export-personal-data.server.ts";
import { deleteAccount } from "~/services/account/delete-account.server.ts";
import { getSessionUser } from "~/services/account/get-session-user.server.ts";
import { listOutbox } from "~/lib/mail/list-outbox.server.ts";
import { loadOutboxAttachment, loadOutboxMail } from "~/lib/mail/load-outbox-mail.server.ts";
import { parseEnv } from "~/lib/env.server.ts";

const PASSWORD = "een-lang-wachtwoord";

/** A visitor's request headers: one client address, and the cookies the browser would send back. */
function visitor(ip: string, cookies?: Headers): Headers {
  const headers = new Headers({ "x-forwarded-for": ip, "user-agent": "vitest" });
  const pairs = (cookies?.getSetCookie() ?? []).map((line) => line.split(";")[0]!).filter((pair) => !pair.endsWith("="));
  if (pairs.length) headers.set("cookie", pairs.join("; "));
  return headers;
}

async function mailsTo(services: AppServices, email: string) {
  return services.db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(mailOutbox.createdAt);
}

function tokenFromVerificationMail(text: string): string {
  const match = /\/email-bevestigen\?token=([^\s]+)/.exec(text);
  if (!match) throw new Error(`no verification link in: ${text}`);
  return decodeURIComponent(match[1]!);
}

/** Signs up and verifies through the mail's link; returns the signed-in session user and its cookies. */
async function verifiedPerson(services: AppServices, email: string, ip = "10.0.0.9"): Promise<{ person: SessionUser; cookies: Headers }> {
  expect(await signUp(services, null, { name: "Test Persoon", email, password: PASSWORD, locale: "nl", headers: visitor(ip) })).toEqual({ ok: true });
  const [mail] = await mailsTo(services, email);
  const verified = await verifyEmail(services, null, { token: tokenFromVerificationMail(mail!.text), headers: visitor(ip) });
  if (!verified.ok || !verified.signedIn) throw new Error("verification failed");
  const person = await getSessionUser(services, null, { headers: visitor(ip, verified.cookies) });
  return { person: person!, cookies: verified.cookies };
}

describe(`accounts (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("sign-up sends a verification mail; sign-in is refused until the address is confirmed", async () => {
    const email = "nieuw@school.example";
    const result = await signUp(services, null, { name: "Nieuwe Docent", email, password: PASSWORD, locale: "nl", headers: visitor("10.0.0.1") });
    expect(result).toEqual({ ok: true });
    const mails = await mailsTo(services, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Bevestig");
    expect(mails[0]!.text).toContain("http://localhost:3000/email-bevestigen?token=");

    const refused = await signIn(services, null, { email, password: PASSWORD, headers: visitor("10.0.0.1") });
    expect(refused).toEqual({ ok: false, reason: "unverified" });
    // sendOnSignIn: the refused attempt mails a fresh link.
    expect(await mailsTo(services, email)).toHaveLength(2);

    const [row] = await services.db.select({ emailVerified: user.emailVerified, locale: user.locale }).from(user).where(eq(user.email, email));
    expect(row).toEqual({ emailVerified: false, locale: "nl" });
  });

  it("verifying with the mailed token confirms the address and signs the person in", async () => {
    const email = "nieuw@school.example";
    const [mail] = await mailsTo(services, email);
    const result = await verifyEmail(services, null, { token: tokenFromVerificationMail(mail!.text), headers: visitor("10.0.0.1") });
    expect(result.ok && result.signedIn).toBe(true);
    if (!result.ok) return;
    const sessionUser = await getSessionUser(services, null, { headers: visitor("10.0.0.1", result.cookies) });
    expect(sessionUser).toMatchObject({ email, emailVerified: true, name: "Nieuwe Docent" });
    const [row] = await services.db.select({ emailVerified: user.emailVerified }).from(user).where(eq(user.email, email));
    expect(row!.emailVerified).toBe(true);

    // The link a second time: the address is confirmed already, no second session.
    const again = await verifyEmail(services, null, { token: tokenFromVerificationMail(mail!.text), headers: visitor("10.0.0.1") });
    expect(again).toMatchObject({ ok: true, signedIn: false });

    const signedIn = await signIn(services, null, { email, password: PASSWORD, headers: visitor("10.0.0.1") });
    expect(signedIn.ok).toBe(true);
    const wrong = await signIn(services, null, { email, password: "niet-het-wachtwoord", headers: visitor("10.0.0.1") });
    expect(wrong).toEqual({ ok: false, reason: "wrong_credentials" });
  });

  it("a sign-up from a page (an invitation) gets a verification link that leads back to it, also when a refused sign-in mails a fresh one", async () => {
    const email = "uitgenodigd@school.example";
    const back = "/uitnodiging/Abc_123-xyz";
    expect(await signUp(services, null, { name: "Uitgenodigde", email, password: PASSWORD, locale: "nl", returnTo: back, headers: visitor("10.0.0.3") })).toEqual({ ok: true });
    expect((await mailsTo(services, email))[0]!.text).toMatch(/\/email-bevestigen\?token=[^\s&]+&redirectTo=%2Fuitnodiging%2FAbc_123-xyz(\s|$)/);
    expect(await signIn(services, null, { email, password: PASSWORD, returnTo: back, headers: visitor("10.0.0.3") })).toEqual({ ok: false, reason: "unverified" });
    expect((await mailsTo(services, email))[1]!.text).toContain("&redirectTo=%2Fuitnodiging%2FAbc_123-xyz");

    // Without a page to go back to, the link is as before.
    const plain = "zonder-terug@school.example";
    await signUp(services, null, { name: "Zonder Terug", email: plain, password: PASSWORD, locale: "nl", headers: visitor("10.0.0.3") });
    expect((await mailsTo(services, plain))[0]!.text).not.toContain("redirectTo");
  });

  it("reads a signed-in request's session and its person in one statement (ADR 024)", async () => {
    const { person, cookies } = await verifiedPerson(services, "een-statement@school.example", "10.0.0.3");
    // Both drivers send every statement through their client's `query` (Drizzle's sessions).
    const client = (database.pool ?? database.pglite)!;
    const spy = vi.spyOn(client, "query");
    try {
      expect(await getSessionUser(services, null, { headers: visitor("10.0.0.3", cookies) })).toEqual(person);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses a tampered or foreign verification token", async () => {
    expect(await verifyEmail(services, null, { token: "not-a-token", headers: visitor("10.0.0.1") })).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells a second sign-up with the same address that it is taken, whatever its case", async () => {
    const result = await signUp(services, null, { name: "Iemand Anders", email: "NIEUW@school.example", password: PASSWORD, locale: "nl", headers: visitor("10.0.0.2") });
    expect(result).toEqual({ ok: false, reason: "email_taken" });
    const rows = await services.db.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = 'nieuw@school.example'`);
    expect(rows).toHaveLength(1);
  });

  it("resends a verification mail only to an unconfirmed account", async () => {
    await signUp(services, null, { name: "Later", email: "later@bedrijf.example", password: PASSWORD, locale: "en", headers: visitor("10.0.0.3") });
    expect(await requestVerificationMail(services, null, { email: "later@bedrijf.example", headers: visitor("10.0.0.3") })).toEqual({ ok: true });
    expect(await mailsTo(services, "later@bedrijf.example")).toHaveLength(2);
    expect(await requestVerificationMail(services, null, { email: "nieuw@school.example", headers: visitor("10.0.0.3") })).toEqual({ ok: true });
    expect(await requestVerificationMail(services, null, { email: "niemand@nergens.example", headers: visitor("10.0.0.3") })).toEqual({ ok: true });
    expect(await mailsTo(services, "niemand@nergens.example")).toHaveLength(0);
  });

  it("resets a password with the mailed link, ends old sessions, and the link works once", async () => {
    const email = "reset@school.example";
    const { cookies } = await verifiedPerson(services, email);
    expect(await requestPasswordReset(services, null, { email, headers: visitor("10.0.0.4") })).toEqual({ ok: true });
    expect(await requestPasswordReset(services, null, { email: "onbekend@school.example", headers: visitor("10.0.0.4") })).toEqual({ ok: true });
    expect(await mailsTo(services, "onbekend@school.example")).toHaveLength(0);

    const resetMail = (await mailsTo(services, email)).find((m) => m.subject.includes("wachtwoord"));
    const token = decodeURIComponent(/\/wachtwoord-herstellen\/([^\s?]+)/.exec(resetMail!.text)![1]!);
    expect(await getResetTokenValidity(services, null, { token })).toBe(true);
    expect(await getResetTokenValidity(services, null, { token: "verzonnen" })).toBe(false);

    expect(await resetPassword(services, null, { token, password: "kort", headers: visitor("10.0.0.4") })).toEqual({ ok: false, reason: "weak_password" });
    expect(await resetPassword(services, null, { token, password: "een-nieuw-wachtwoord", headers: visitor("10.0.0.4") })).toEqual({ ok: true });
    expect(await getSessionUser(services, null, { headers: visitor("10.0.0.4", cookies) })).toBeNull();
    expect(await getResetTokenValidity(services, null, { token })).toBe(false);
    expect(await resetPassword(services, null, { token, password: "nog-een-wachtwoord", headers: visitor("10.0.0.4") })).toEqual({ ok: false, reason: "invalid_token" });

    expect((await signIn(services, null, { email, password: PASSWORD, headers: visitor("10.0.0.4") })).ok).toBe(false);
    expect((await signIn(services, null, { email, password: "een-nieuw-wachtwoord", headers: visitor("10.0.0.4") })).ok).toBe(true);
  });

  it("refuses a common or guessable new password on every path that sets one, also better-auth's own endpoints", async () => {
    const common = "password12345678";
    expect(await signUp(services, null, { name: "Gewoon Wachtwoord", email: "gewoon@school.example", password: common, locale: "nl", headers: visitor("10.0.1.1") })).toEqual({
      ok: false,
      reason: "common_password",
    });
    expect(await signUp(services, null, { name: "Kort", email: "kort@school.example", password: "password12", locale: "nl", headers: visitor("10.0.1.1") })).toEqual({
      ok: false,
      reason: "common_password",
    });
    // Straight to the JSON endpoint, past our forms.
    const direct = await services.auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "10.0.1.2" },
        body: JSON.stringify({ name: "Direct", email: "direct@school.example", password: "iloveyouiloveyou" }),
      }),
    );
    expect(direct.status).toBe(400);
    expect(await direct.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
    expect(await services.db.select({ id: user.id }).from(user).where(sql`${user.email} in ('gewoon@school.example', 'kort@school.example', 'direct@school.example')`)).toEqual([]);

    const email = "wijzig@school.example";
    const { cookies } = await verifiedPerson(services, email, "10.0.1.3");
    await expect(
      services.auth.api.changePassword({ body: { currentPassword: PASSWORD, newPassword: "qwertyuiopasdfgh" }, headers: visitor("10.0.1.3", cookies) }),
    ).rejects.toMatchObject({ body: { code: "PASSWORD_TOO_COMMON" } });
    await expect(
      services.auth.api.changePassword({ body: { currentPassword: PASSWORD, newPassword: "wijzig@school.example" }, headers: visitor("10.0.1.3", cookies) }),
    ).rejects.toMatchObject({ body: { code: "PASSWORD_TOO_COMMON" } });

    expect(await requestPasswordReset(services, null, { email, headers: visitor("10.0.1.3") })).toEqual({ ok: true });
    const resetMail = (await mailsTo(services, email)).find((m) => m.subject.includes("wachtwoord"));
    const token = decodeURIComponent(/\/wachtwoord-herstellen\/([^\s?]+)/.exec(resetMail!.text)![1]!);
    expect(await resetPassword(services, null, { token, password: "1234567890123456", headers: visitor("10.0.1.3") })).toEqual({ ok: false, reason: "common_password" });
    // The refused attempt did not use up the link.
    expect(await resetPassword(services, null, { token, password: "een-veel-beter-wachtwoord", headers: visitor("10.0.1.3") })).toEqual({ ok: true });
  });

  it("changes name and language; the overview lists organisations with role and coordinated networks", async () => {
    const { person, cookies } = await verifiedPerson(services, "profiel@school.example");
    await updateProfile(services, person, { name: "Nieuwe Naam", locale: "en", headers: visitor("10.0.0.5", cookies) });
    const reloaded = await getSessionUser(services, null, { headers: visitor("10.0.0.5", cookies) });
    expect(reloaded).toMatchObject({ name: "Nieuwe Naam", locale: "en" });

    const school = await insertOrganisation(services.db, { slug: "profiel-school", name: "Profielschool", kind: "school" });
    const net = await insertNetwork(services.db, { slug: "profiel-net", name: "TechNet Profiel" });
    await insertMembership(services.db, person, school, "admin");
    await insertCoordinator(services.db, net, person);
    const overview = await getAccountOverview(services, reloaded!);
    expect(overview.person).toMatchObject({ name: "Nieuwe Naam", email: "profiel@school.example", locale: "en" });
    expect(overview.organisations).toEqual([{ id: school!.id, slug: "profiel-school", name: "Profielschool", kind: "school", role: "admin" }]);
    expect(overview.networks).toEqual([{ id: net!.id, slug: "profiel-net", name: "TechNet Profiel" }]);
  });

  describe("personal data", () => {
    const email = "avg@bedrijf.example";
    let person: SessionUser;
    let cookies: Headers;
    let proposalId: string;
    let joinRequestId: string;
    beforeAll(async () => {
      ({ person, cookies } = await verifiedPerson(services, email, "10.0.0.6"));
      const company = await insertOrganisation(services.db, { slug: "avg-bv", name: "AVG Techniek BV", kind: "company" });
      const net = await insertNetwork(services.db, { slug: "avg-net", name: "Technohub AVG", kind: "technohub" });
      await insertMembership(services.db, person, company, "member");
      await insertCoordinator(services.db, net, person);
      const [proposal] = await services.db
        .insert(networkChangeProposal)
        .values({ networkId: net!.id, proposerId: person.id, changes: { summary: "Nieuwe tekst" }, baseline: { summary: "Oud" }, note: "Graag aanpassen" })
        .returning();
      const [request] = await services.db
        .insert(joinRequest)
        .values({ networkId: net!.id, organisationId: company!.id, requesterId: person.id, motivation: "Wij doen graag mee" })
        .returning();
      proposalId = proposal!.id;
      joinRequestId = request!.id;
      // A course place in their name (a provider's record of it must lose the name on deletion).
      const provider = await insertOrganisation(services.db, { slug: "avg-opleider", name: "AVG Opleider", kind: "provider" });
      const {
        sessions: [s],
      } = await insertCourseWithSessions(services.db, { slug: "avg-lassen", providerId: provider.id, title: "Lassen voor beginners", status: "draft" }, [
        { startsAt: new Date("2027-03-01T09:00:00Z"), endsAt: new Date("2027-03-01T16:00:00Z"), capacity: 10, registrationDeadline: new Date("2027-02-20T23:00:00Z") },
      ]);
      await services.db.insert(registration).values({
        sessionId: s!.id,
        userId: person.id,
        participantName: "Test Persoon",
        participantEmail: email,
        status: "confirmed",
        token: "avg-registration-token",
      });
      // A colleague the person booked a place for, and a stranger on the same session who shares an organisation.
      await services.db.insert(registration).values({
        sessionId: s!.id,
        registeredById: person.id,
        participantName: "Collega Lasser",
        participantEmail: "collega.lasser@bedrijf.example",
        status: "confirmed",
        token: "avg-colleague-token",
      });
      const stranger = await insertUser(services.db, { id: "avg-stranger", name: "Vreemde Collega", email: "vreemde@bedrijf.example" });
      await insertMembership(services.db, stranger, company, "admin");
      await services.db.insert(registration).values({
        sessionId: s!.id,
        userId: stranger.id,
        participantName: "Vreemde Collega",
        participantEmail: "vreemde@bedrijf.example",
        status: "confirmed",
        token: "avg-stranger-token",
      });
    });

    it("the account page and the export carry no other person's id, name or address", async () => {
      const overview = await getAccountOverview(services, person);
      const exported = await exportPersonalData(services, person);
      for (const json of [JSON.stringify(overview), JSON.stringify(exported)]) {
        expect(json).not.toContain("avg-stranger");
        expect(json).not.toContain("Vreemde Collega");
        expect(json).not.toContain("vreemde@bedrijf.example");
      }
      // The place booked for a colleague is listed, without the colleague's name and address.
      expect(JSON.stringify(exported)).not.toContain("collega.lasser@");
      expect(JSON.stringify(exported)).not.toContain("Collega Lasser");
      expect(exported.courseRegistrations).toContainEqual(expect.objectContaining({ course: "Lassen voor beginners", registeredByMe: true, participantIsMe: false }));
    });

    it("the export holds the person's data and no password hash, session token or live link", async () => {
      const exported = await exportPersonalData(services, person);
      expect(exported.user).toMatchObject({ id: person.id, email, name: "Test Persoon", emailVerified: true });
      expect(exported.sessions.length).toBeGreaterThanOrEqual(1);
      expect(exported.accounts).toEqual([expect.objectContaining({ provider: "credential" })]);
      expect(exported.memberships).toEqual([expect.objectContaining({ organisation: "AVG Techniek BV", role: "member" })]);
      expect(exported.coordinatorOf).toEqual([expect.objectContaining({ network: "Technohub AVG" })]);
      expect(exported.networkChangeProposals).toEqual([
        expect.objectContaining({ id: proposalId, network: "Technohub AVG", proposedByMe: true, decidedByMe: false, note: "Graag aanpassen" }),
      ]);
      expect(exported.joinRequests).toEqual([expect.objectContaining({ id: joinRequestId, motivation: "Wij doen graag mee", requestedByMe: true })]);
      expect(exported.courseRegistrations).toContainEqual(
        expect.objectContaining({ course: "Lassen voor beginners", participantEmail: email, participantIsMe: true, status: "confirmed" }),
      );
      expect(exported.mails.length).toBeGreaterThanOrEqual(1);
      expect(exported.mails[0]!.text).toContain("token=[verwijderd]");

      const json = JSON.stringify(exported);
      const [credential] = await services.db.select({ password: account.password }).from(account).where(eq(account.userId, person.id));
      const sessions = await services.db.select({ token: session.token }).from(session).where(eq(session.userId, person.id));
      const [mail] = await mailsTo(services, email);
      expect(credential!.password).toBeTruthy();
      expect(json).not.toContain(credential!.password!);
      expect(sessions.length).toBeGreaterThanOrEqual(1);
      for (const s of sessions) expect(json).not.toContain(s.token);
      expect(json).not.toContain(tokenFromVerificationMail(mail!.text));
      expect(json).not.toMatch(/"password"|"token"/);
    });

    it("deleting needs the person's own address, then removes account, sessions and mail but keeps proposals without a name", async () => {
      await expect(deleteAccount(services, person, { confirmEmail: "iemand@anders.example" })).rejects.toBeInstanceOf(DomainError);
      expect(await services.db.select({ id: user.id }).from(user).where(eq(user.id, person.id))).toHaveLength(1);

      await deleteAccount(services, person, { confirmEmail: " AVG@bedrijf.example " });
      const { cookies: cleared } = await signOut(services, null, { headers: visitor("10.0.0.6", cookies) });
      expect(cleared.getSetCookie().some((line) => line.includes("session_token=") && /max-age=0/i.test(line))).toBe(true);

      expect(await services.db.select().from(user).where(eq(user.id, person.id))).toHaveLength(0);
      expect(await services.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
      expect(await services.db.select().from(account).where(eq(account.userId, person.id))).toHaveLength(0);
      expect(await services.db.select().from(membership).where(eq(membership.userId, person.id))).toHaveLength(0);
      expect(await services.db.select().from(networkCoordinator).where(eq(networkCoordinator.userId, person.id))).toHaveLength(0);
      expect(await mailsTo(services, email)).toHaveLength(0);
      const [proposal] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, proposalId));
      expect(proposal).toMatchObject({ proposerId: null, note: "Graag aanpassen" });
      const [request] = await services.db.select().from(joinRequest).where(eq(joinRequest.id, joinRequestId));
      expect(request).toMatchObject({ requesterId: null, motivation: "Wij doen graag mee" });
      const [place] = await services.db.select().from(registration).where(eq(registration.token, "avg-registration-token"));
      expect(place).toMatchObject({ userId: null, participantName: "Verwijderd account", status: "confirmed" });
      expect(place!.participantEmail).not.toContain("avg@");
      expect(await getSessionUser(services, null, { headers: visitor("10.0.0.6", cookies) })).toBeNull();
      expect(await signIn(services, null, { email, password: PASSWORD, headers: visitor("10.0.0.6") })).toEqual({ ok: false, reason: "wrong_credentials" });
      // Mail to other people stays.
      expect((await services.db.select({ id: mailOutbox.id }).from(mailOutbox).where(and(eq(mailOutbox.to, "nieuw@school.example")))).length).toBeGreaterThan(0);
    });
  });

  it("with rate limiting on, the 6th sign-in within a minute from one address is refused", async () => {
    const limited = createTestServices(database, { rateLimit: true });
    // A different account each time, so that only the limit per client address counts (the one per account: account-sign-in-throttle.test.ts).
    let n = 0;
    const attempt = (ip: string) => signIn(limited, null, { email: `poging${++n}@school.example`, password: "fout-fout-fout", headers: visitor(ip) });
    for (let i = 1; i <= 5; i++) expect(await attempt("192.0.2.10"), `attempt ${i}`).toEqual({ ok: false, reason: "wrong_credentials" });
    expect(await attempt("192.0.2.10")).toEqual({ ok: false, reason: "rate_limited" });
    // Another address has its own budget, and even the right password waits out the minute.
    expect(await attempt("192.0.2.11")).toEqual({ ok: false, reason: "wrong_credentials" });
    expect(await signIn(limited, null, { email: "nieuw@school.example", password: PASSWORD, headers: visitor("192.0.2.10") })).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("the dev mailbox lists mail newest first and hands out attachments, but does not exist in production", async () => {
    // Not a registered user's address: the mail is queued at once, so it has an outbox id.
    const id = (await services.mailer.send({
      to: "agenda@school.example",
      subject: "Uitnodiging gastles",
      text: "Zie bijlage.",
      attachments: [{ filename: "gastles.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" }],
    })).id!;
    const mails = await listOutbox(services);
    expect(mails[0]).toMatchObject({ id, to: "agenda@school.example", subject: "Uitnodiging gastles", status: "outbox", attachmentCount: 1 });
    const times = mails.map((m) => m.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await loadOutboxMail(services, id)).text).toBe("Zie bijlage.");
    const attachment = await loadOutboxAttachment(services, id, 0);
    expect(attachment).toMatchObject({ filename: "gastles.ics", contentType: "text/calendar" });
    expect(attachment.content.toString("utf8")).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR");
    await expect(loadOutboxAttachment(services, id, 1)).rejects.toMatchObject({ kind: "not_found" });
    await expect(loadOutboxMail(services, "geen-uuid")).rejects.toMatchObject({ kind: "not_found" });

    const production = { ...services, env: parseEnv({ NODE_ENV: "production", DEMO: "0", AUTH_SECRET: "x".repeat(32) }) };
    await expect(listOutbox(production)).rejects.toMatchObject({ kind: "not_found" });
    await expect(loadOutboxMail(production, id)).rejects.toMatchObject({ kind: "not_found" });
    const demo = { ...services, env: parseEnv({ NODE_ENV: "production", DEMO: "1" }) };
    expect((await listOutbox(demo)).length).toBeGreaterThan(0);
  });
});
