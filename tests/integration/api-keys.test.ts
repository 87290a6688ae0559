/**
 * API keys, their rate limit and the writes they make (ADR 029), through the use-cases on a real
 * database (PGlite and PostgreSQL). What the HTTP layer adds (401/403/429 problems, headers, logs)
 * is in api-keys-http.test.ts.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertMembership, insertOrganisation, insertPerson, offerInput } from "../support/factories.ts";
import type { KeyActor, SessionUser } from "~/context.ts";
import { openDatabase, type Database } from "~/db/client.server.ts";
import { apiKey, apiRateLimit, course, courseSession, mailOutbox, offer, registration } from "~/db/schema/index.ts";
import type { CourseInput, SessionInput } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { createApiKey } from "~/services/api/create-api-key.server.ts";
import { listApiKeys } from "~/services/api/list-api-keys.server.ts";
import { revokeApiKey } from "~/services/api/revoke-api-key.server.ts";
import { verifyApiKey } from "~/services/api/verify-api-key.server.ts";
import { recordApiRequest } from "~/services/api/record-api-request.server.ts";
import { sweepRateLimits } from "~/services/api/sweep-rate-limits.server.ts";
import { sweepExpiringApiKeys } from "~/services/api/sweep-expiring-api-keys.server.ts";
import { syncCourse } from "~/services/courses/sync-course.server.ts";
import { syncSession } from "~/services/courses/sync-session.server.ts";
import { cancelSession } from "~/services/courses/cancel-session.server.ts";
import { syncOffer } from "~/services/guest-lessons/sync-offer.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let provider: { id: string; slug: string };
let otherProvider: { id: string; slug: string };
let company: { id: string; slug: string };
let providerAdmin: SessionUser;
let providerMember: SessionUser;
let otherAdmin: SessionUser;
let companyAdmin: SessionUser;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const courseInput = (providerId: string, overrides: Partial<CourseInput> = {}): CourseInput => ({
  providerId,
  networkId: undefined,
  title: "PLC-programmeren",
  summary: "Siemens S7 in de praktijk.",
  description: "",
  topics: ["plc"],
  targetGroups: ["werknemers"],
  level: "mbo-3",
  format: "online",
  duration: "3 avonden",
  priceCents: 30000,
  leadsTo: "",
  ...overrides,
});

const DAY = 86_400_000;
const sessionInput = (overrides: Partial<SessionInput> = {}): SessionInput => {
  const startsAt = new Date(services.clock.now().getTime() + 30 * DAY);
  return {
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    registrationDeadline: new Date(startsAt.getTime() - DAY),
    locationId: null,
    address: null,
    place: null,
    capacity: 3,
    minParticipants: 0,
    ...overrides,
  };
};

async function keyFor(admin: SessionUser, slug: string, scopes: ("registrations:read" | "offers:write" | "courses:write")[]) {
  const made = await createApiKey(services, admin, { slug, name: "Koppeling", scopes });
  return { made, actor: await verifyApiKey(services, null, { token: made.token }) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  provider = await insertOrganisation(services.db, { name: "ROC Test", kind: "provider" });
  otherProvider = await insertOrganisation(services.db, { name: "OBM Ander", kind: "provider" });
  company = await insertOrganisation(services.db, { name: "Metaal BV", kind: "company", place: "Utrecht", lat: 52.09, lon: 5.12 });
  providerAdmin = await insertPerson(services.db, "opleider");
  providerMember = await insertPerson(services.db, "medewerker");
  otherAdmin = await insertPerson(services.db, "ander");
  companyAdmin = await insertPerson(services.db, "bedrijf");
  await insertMembership(services.db, providerAdmin.id, provider.id, "admin");
  await insertMembership(services.db, providerMember.id, provider.id, "member");
  await insertMembership(services.db, otherAdmin.id, otherProvider.id, "admin");
  // The same person administers the company too: a key of the provider must still not reach it.
  await insertMembership(services.db, providerAdmin.id, company.id, "admin");
  await insertMembership(services.db, companyAdmin.id, company.id, "admin");
});

afterAll(async () => {
  await database.close();
});

describe("API keys", () => {
  it("an administrator makes a key; only its SHA-256 and a prefix are stored, and the list never holds a secret", async () => {
    const made = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Cursusadministratie", scopes: ["courses:write", "courses:write"] });
    expect(made.token).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
    expect(made.prefix).toBe(made.token.slice(0, 12));
    expect(made.scopes).toEqual(["courses:write"]);
    const [row] = await services.db.select().from(apiKey).where(eq(apiKey.id, made.id));
    expect(row!.secretHash).toBe(crypto.createHash("sha256").update(made.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(made.token.slice(12));
    const listed = await listApiKeys(services, providerAdmin, { slug: provider.slug });
    const mine = listed.keys.find((k) => k.id === made.id)!;
    expect(mine).toMatchObject({ name: "Cursusadministratie", prefix: made.prefix, createdBy: providerAdmin.name, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(made.token.slice(12));
    expect(JSON.stringify(listed)).not.toContain(row!.secretHash);
  });

  it("only the organisation's administrators manage its keys", async () => {
    expect((await refusal(createApiKey(services, providerMember, { slug: provider.slug, name: "x", scopes: ["courses:write"] }))).kind).toBe("forbidden");
    expect((await refusal(createApiKey(services, otherAdmin, { slug: provider.slug, name: "x", scopes: ["courses:write"] }))).kind).toBe("forbidden");
    expect((await refusal(listApiKeys(services, providerMember, { slug: provider.slug }))).kind).toBe("forbidden");
    expect((await refusal(createApiKey(services, null, { slug: provider.slug, name: "x", scopes: ["courses:write"] }))).kind).toBe("forbidden");
  });

  it("authenticates a key, notes when it was used, and refuses it from the moment it is revoked", async () => {
    const { made, actor } = await keyFor(providerAdmin, provider.slug, ["courses:write"]);
    expect(actor.apiKey).toEqual({ id: made.id, organisationId: provider.id, organisationSlug: provider.slug, scopes: ["courses:write"] });
    const [used] = await services.db.select({ at: apiKey.lastUsedAt }).from(apiKey).where(eq(apiKey.id, made.id));
    expect(used!.at).toEqual(services.clock.now());
    // Another administrator's key may not be revoked through another organisation.
    expect((await refusal(revokeApiKey(services, otherAdmin, { slug: otherProvider.slug, keyId: made.id }))).kind).toBe("not_found");
    await revokeApiKey(services, providerAdmin, { slug: provider.slug, keyId: made.id });
    expect((await refusal(verifyApiKey(services, null, { token: made.token }))).kind).toBe("unauthorized");
    const [row] = await services.db.select().from(apiKey).where(eq(apiKey.id, made.id));
    expect(row!.revokedById).toBe(providerAdmin.id);
  });

  it("refuses unknown and malformed tokens", async () => {
    const unknown = "thk_" + crypto.randomBytes(32).toString("base64url");
    expect((await refusal(verifyApiKey(services, null, { token: unknown }))).kind).toBe("unauthorized");
    expect((await refusal(verifyApiKey(services, null, { token: "" }))).kind).toBe("unauthorized");
    expect((await refusal(verifyApiKey(services, null, { token: "thk_'; drop table api_key" }))).kind).toBe("unauthorized");
  });

  it("a key cannot make or revoke keys", async () => {
    const { made, actor } = await keyFor(providerAdmin, provider.slug, ["courses:write"]);
    expect((await refusal(createApiKey(services, actor, { slug: provider.slug, name: "x", scopes: ["courses:write"] }))).kind).toBe("forbidden");
    expect((await refusal(revokeApiKey(services, actor, { slug: provider.slug, keyId: made.id }))).kind).toBe("forbidden");
  });
});

describe("key expiry", () => {
  it("a key works through the chosen day (a year by default) and is refused, as expired, from the next midnight", async () => {
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
    const yearly = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Jaar", scopes: ["courses:write"] });
    expect(yearly.expiresOn).toBe("2027-03-02");
    const made = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Kort", scopes: ["courses:write"], expiresOn: "2026-03-20" });
    const [row] = await services.db.select({ expiresAt: apiKey.expiresAt }).from(apiKey).where(eq(apiKey.id, made.id));
    expect(row!.expiresAt!.toISOString()).toBe("2026-03-20T23:00:00.000Z");
    const listed = (await listApiKeys(services, providerAdmin, { slug: provider.slug })).keys.find((k) => k.id === made.id)!;
    expect(listed.expired).toBe(false);

    services.clock.set(new Date("2026-03-20T23:59:00+01:00"));
    await verifyApiKey(services, null, { token: made.token });
    services.clock.set(new Date("2026-03-21T00:00:00+01:00"));
    const refused = await refusal(verifyApiKey(services, null, { token: made.token }));
    expect(refused.kind).toBe("unauthorized");
    expect(refused.message).toBe("api.error.keyExpired");
    expect((await listApiKeys(services, providerAdmin, { slug: provider.slug })).keys.find((k) => k.id === made.id)!.expired).toBe(true);
    // The yearly key still works.
    await verifyApiKey(services, null, { token: yearly.token });
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
  });

  it("refuses an expiry date of today or the past, or more than two years ahead, beside the field", async () => {
    for (const expiresOn of ["2026-03-02", "2025-12-31", "2028-03-02"]) {
      const refused = await refusal(createApiKey(services, providerAdmin, { slug: provider.slug, name: "x", scopes: ["courses:write"], expiresOn }));
      expect(refused).toMatchObject({ kind: "invalid", field: "expiresOn" });
    }
  });

  it("mails the key's maker once, a week before it expires (the hourly job, at the test clock's moments)", async () => {
    services.clock.set(new Date("2026-04-01T09:00:00+02:00"));
    const soon = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Koppeling Bureau", scopes: ["courses:write"], expiresOn: "2026-04-20" });
    const later = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Koppeling Later", scopes: ["courses:write"], expiresOn: "2026-06-01" });
    const revoked = await createApiKey(services, providerAdmin, { slug: provider.slug, name: "Koppeling Weg", scopes: ["courses:write"], expiresOn: "2026-04-20" });
    await revokeApiKey(services, providerAdmin, { slug: provider.slug, keyId: revoked.id });
    const mailsAbout = async (name: string) =>
      (await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, providerAdmin.email))).filter((m) => m.subject.includes(name));

    // Eight days before the moment it stops: nothing yet.
    services.clock.set(new Date("2026-04-13T00:00:00+02:00"));
    await sweepExpiringApiKeys(services, null);
    expect(await mailsAbout("Koppeling Bureau")).toHaveLength(0);

    // Within the week: one mail, naming the key, its last day and where to make the next one; not again on the next run.
    services.clock.set(new Date("2026-04-14T01:00:00+02:00"));
    await sweepExpiringApiKeys(services, null);
    await sweepExpiringApiKeys(services, null);
    const mails = await mailsAbout("Koppeling Bureau");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("API-sleutel ‘Koppeling Bureau’ van ROC Test verloopt over een week");
    expect(mails[0]!.text).toContain(soon.prefix);
    expect(mails[0]!.text).toContain("20 april 2026");
    expect(mails[0]!.text).toContain(`/organisaties/${provider.slug}/api-sleutels`);
    expect(await mailsAbout("Koppeling Later")).toHaveLength(0);
    expect(await mailsAbout("Koppeling Weg")).toHaveLength(0);
    expect(later.expiresOn).toBe("2026-06-01");
    services.clock.set(new Date("2026-03-02T09:00:00+01:00"));
  });
});

describe("tenant isolation", () => {
  it("a key acts for its own organisation only, not for its creator's other organisations", async () => {
    const { actor } = await keyFor(providerAdmin, provider.slug, ["courses:write", "offers:write"]);
    // Its creator administers the company too; the key does not.
    expect((await refusal(syncOffer(services, actor, { ...offerInput(company.id), externalId: "o-1", publish: true }))).kind).toBe("forbidden");
    expect((await refusal(syncCourse(services, actor, { externalId: "c-x", course: courseInput(otherProvider.id), publish: true }))).kind).toBe("forbidden");
    const theirs = await syncCourse(services, otherAdmin, { externalId: "shared-id", course: courseInput(otherProvider.id), publish: true });
    // The same external id in its own organisation is its own course, not the other one's.
    const mine = await syncCourse(services, actor, { externalId: "shared-id", course: courseInput(provider.id, { title: "Eigen cursus" }), publish: true });
    expect(mine.created).toBe(true);
    expect(mine.slug).not.toBe(theirs.slug);
    const [untouched] = await services.db.select({ title: course.title }).from(course).where(eq(course.slug, theirs.slug));
    expect(untouched!.title).toBe("PLC-programmeren");
    // Nor can it reach the other provider's sessions through their course's id.
    expect((await refusal(syncSession(services, actor, { providerId: otherProvider.id, courseExternalId: "shared-id", externalId: "s", session: sessionInput() }))).kind).toBe("forbidden");
  });
});

describe("writes with a key", () => {
  let actor: KeyActor;
  beforeAll(async () => {
    actor = (await keyFor(providerAdmin, provider.slug, ["courses:write"])).actor;
  });

  it("a course put twice by its external id is one course, updated in place", async () => {
    const first = await syncCourse(services, actor, { externalId: "crs-42", course: courseInput(provider.id), publish: true });
    const again = await syncCourse(services, actor, { externalId: "crs-42", course: courseInput(provider.id, { title: "PLC-programmeren S7-1500" }), publish: true });
    expect(first.created).toBe(true);
    expect(again).toEqual({ slug: first.slug, created: false });
    const rows = await services.db.select().from(course).where(and(eq(course.providerId, provider.id), eq(course.externalId, "crs-42")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: "PLC-programmeren S7-1500", status: "published", createdById: providerAdmin.id });
  });

  it("two first puts at once make one course", async () => {
    const results = await Promise.all([0, 1, 2].map((i) => syncCourse(services, actor, { externalId: "crs-race", course: courseInput(provider.id, { title: `Race ${i}` }), publish: false })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await services.db.select().from(course).where(eq(course.externalId, "crs-race"));
    expect(rows).toHaveLength(1);
  });

  it("two first puts of one session at once make one session; the others update it", async () => {
    await syncCourse(services, actor, { externalId: "crs-ses-race", course: courseInput(provider.id), publish: true });
    const session = sessionInput({ capacity: 12 });
    const results = await Promise.all(
      [0, 1, 2].map(() => syncSession(services, actor, { providerId: provider.id, courseExternalId: "crs-ses-race", externalId: "ses-race", session })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const rows = await services.db.select().from(courseSession).where(eq(courseSession.externalId, "ses-race"));
    expect(rows).toHaveLength(1);
  });

  it("sessions: put by id, capacity never below the places taken (409), more places go to the waiting list first", async () => {
    await syncCourse(services, actor, { externalId: "crs-cap", course: courseInput(provider.id), publish: true });
    const made = await syncSession(services, actor, { providerId: provider.id, courseExternalId: "crs-cap", externalId: "ses-1", session: sessionInput({ capacity: 2 }) });
    expect(made.created).toBe(true);
    // Two places taken, one person waiting.
    const now = services.clock.now();
    await services.db.insert(registration).values([
      { sessionId: made.id, participantName: "A", participantEmail: "a@example.nl", status: "confirmed", token: "t-a", createdAt: now, updatedAt: now },
      { sessionId: made.id, participantName: "B", participantEmail: "b@example.nl", status: "confirmed", token: "t-b", createdAt: now, updatedAt: now },
      { sessionId: made.id, participantName: "C", participantEmail: "c@example.nl", status: "waitlisted", waitlistPosition: 1, token: "t-c", createdAt: now, updatedAt: now },
    ]);
    await services.db.update(courseSession).set({ placesTaken: 2 }).where(eq(courseSession.id, made.id));

    const lower = await refusal(syncSession(services, actor, { providerId: provider.id, courseExternalId: "crs-cap", externalId: "ses-1", session: sessionInput({ capacity: 1 }) }));
    expect(lower.kind).toBe("conflict");
    expect(lower.message).toBe("courses.error.capacityBelowTaken");
    expect(lower.params).toEqual({ count: 2 });
    const [kept] = await services.db.select().from(courseSession).where(eq(courseSession.id, made.id));
    expect(kept).toMatchObject({ capacity: 2, placesTaken: 2 });

    const raised = await syncSession(services, actor, { providerId: provider.id, courseExternalId: "crs-cap", externalId: "ses-1", session: sessionInput({ capacity: 4 }) });
    expect(raised).toMatchObject({ id: made.id, created: false });
    const [after] = await services.db.select().from(courseSession).where(eq(courseSession.id, made.id));
    expect(after).toMatchObject({ capacity: 4, placesTaken: 3 });
    const [waiting] = await services.db.select({ status: registration.status }).from(registration).where(eq(registration.token, "t-c"));
    expect(waiting!.status).toBe("offered");

    await cancelSession(services, actor, { slug: raised.slug, sessionId: made.id });
    const cancelled = await refusal(syncSession(services, actor, { providerId: provider.id, courseExternalId: "crs-cap", externalId: "ses-1", session: sessionInput({ capacity: 5 }) }));
    expect(cancelled.kind).toBe("conflict");
  });

  it("a session of an unknown course is a 404", async () => {
    expect((await refusal(syncSession(services, actor, { providerId: provider.id, courseExternalId: "nope", externalId: "s", session: sessionInput() }))).kind).toBe("not_found");
  });

  it("a company's key keeps its offers by external id", async () => {
    const { actor: companyKey } = await keyFor(companyAdmin, company.slug, ["offers:write"]);
    const first = await syncOffer(services, companyKey, { ...offerInput(company.id), externalId: "off-1", publish: true });
    const again = await syncOffer(services, companyKey, { ...offerInput(company.id, { title: "Gastles warmtepompen" }), externalId: "off-1", publish: true });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    const rows = await services.db.select().from(offer).where(eq(offer.externalId, "off-1"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe("Gastles warmtepompen");
    // The offer's rules still hold: a topic the platform does not know is refused beside its field.
    const bad = await refusal(syncOffer(services, companyKey, { ...offerInput(company.id, { topics: ["bestaat-niet"] }), externalId: "off-1", publish: true }));
    expect(bad.kind).toBe("invalid");
    expect(bad.field).toBe("topics");
  });
});

describe("rate limit shared through the database", () => {
  it("two instances count one limit; a new window starts again; the job sweeps past windows", async () => {
    // A second instance: its own services and, on PostgreSQL, its own connection pool.
    const second = TEST_DB === "postgres" ? await openDatabase({ url: database.url! }) : database;
    const other = createTestServices(second);
    other.clock.set(services.clock.now());
    const policy = { limit: 3, windowSeconds: 60 };
    const bucket = `key:${crypto.randomUUID()}`;
    const seen = [];
    for (const s of [services, other, services, other]) seen.push(await recordApiRequest(s, null, { bucket, policy }));
    expect(seen.map((o) => [o.allowed, o.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    services.clock.advance(60_000);
    other.clock.advance(60_000);
    expect(await recordApiRequest(other, null, { bucket, policy })).toMatchObject({ allowed: true, remaining: 2 });
    if (second !== database) await second.close();

    services.clock.advance(120_000);
    const { removed } = await sweepRateLimits(services, null);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await services.db.select().from(apiRateLimit).where(eq(apiRateLimit.bucket, bucket))).toHaveLength(0);
  });

  it("requests at once never pass the limit (no read before the write)", async () => {
    const policy = { limit: 5, windowSeconds: 60 };
    const bucket = `address:${crypto.randomUUID()}`;
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => recordApiRequest(services, null, { bucket, policy })));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(5);
    expect(outcomes.map((o) => o.remaining).sort((a, b) => a - b)).toEqual([...Array(8).fill(0), 1, 2, 3, 4]);
  });
});
