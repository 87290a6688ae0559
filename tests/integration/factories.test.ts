import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import {
  createOfferAs,
  insertCoordinator,
  insertCourseWithSessions,
  insertMembership,
  insertNetwork,
  insertOrganisation,
  insertUser,
  signUpUser,
  TEST_PASSWORD,
} from "../support/factories.ts";
import { expectRefusal, refusalText, rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import { account, membership, networkCoordinator, offerMatchKey } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid } from "~/domain/errors.ts";

describe(`test factories (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("gives every organisation and network its own slug, and takes overrides", async () => {
    const [a, b] = [await insertOrganisation(services.db), await insertOrganisation(services.db)];
    expect(a.slug).not.toBe(b.slug);
    expect(a.kind).toBe("company");
    const school = await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school", place: "Utrecht" });
    expect(school).toMatchObject({ name: "Vmbo De Brug", kind: "school", place: "Utrecht" });
    expect(school.slug).toMatch(/^vmbo-de-brug-/);
    expect((await insertOrganisation(services.db, { slug: "precies-dit" })).slug).toBe("precies-dit");
    const [n1, n2] = [await insertNetwork(services.db), await insertNetwork(services.db, { name: "STO Deventer", kind: "sto_regio" })];
    expect(n1.slug).not.toBe(n2.slug);
    expect(n2).toMatchObject({ name: "STO Deventer", kind: "sto_regio" });
  });

  it("signs people up through better-auth, verified unless said otherwise, and links them", async () => {
    const person = await signUpUser(services);
    const other = await signUpUser(services, { name: "Bea Beheer", email: "bea@beheer.test", role: "admin" });
    const unverified = await signUpUser(services, { verified: false });
    expect(person.email).not.toBe(other.email);
    expect(other).toMatchObject({ name: "Bea Beheer", email: "bea@beheer.test", role: "admin", emailVerified: true });
    expect(unverified.emailVerified).toBe(false);
    expect(await services.db.select().from(account).where(eq(account.userId, person.id))).toHaveLength(1);
    const signedIn = await services.auth.api.signInEmail({ body: { email: person.email, password: TEST_PASSWORD } });
    expect(signedIn.user.id).toBe(person.id);

    const quick = await insertUser(services.db, { name: "Snel" });
    const organisation = await insertOrganisation(services.db);
    const network = await insertNetwork(services.db);
    await insertMembership(services.db, quick, organisation, "admin");
    await insertCoordinator(services.db, network.id, quick.id);
    expect(await services.db.select().from(membership).where(eq(membership.userId, quick.id))).toMatchObject([{ organisationId: organisation.id, role: "admin" }]);
    expect(await services.db.select().from(networkCoordinator).where(eq(networkCoordinator.userId, quick.id))).toMatchObject([{ networkId: network.id }]);
  });

  it("makes offers through the use-case, and courses with sessions", async () => {
    const company = await insertOrganisation(services.db, { place: "Utrecht", lat: 52.09, lon: 5.12 });
    const author = await insertUser(services.db);
    await insertMembership(services.db, author, company, "admin");
    const offer = await createOfferAs(services, author, company.id, { title: "Gastles lassen" });
    expect(offer.status).toBe("published");
    expect(await services.db.select().from(offerMatchKey).where(eq(offerMatchKey.offerId, offer.id))).not.toHaveLength(0);

    const provider = await insertOrganisation(services.db, { kind: "provider" });
    const start = new Date("2027-03-01T08:00:00Z");
    const { course, sessions } = await insertCourseWithSessions(services.db, { providerId: provider.id }, [{ startsAt: start }, { startsAt: new Date(start.getTime() + 7 * 86_400_000), capacity: 3 }]);
    expect(course).toMatchObject({ providerId: provider.id, status: "published" });
    expect(sessions.map((s) => s.capacity)).toEqual([12, 3]);
    expect(sessions[0]!.endsAt.getTime() - start.getTime()).toBe(7 * 3_600_000);
  });

  it("asserts refusals by kind and message key", async () => {
    expect((await expectRefusal(Promise.reject(invalid("x.y", "title")), "invalid", "x.y")).field).toBe("title");
    expect((await rejection(Promise.reject(forbidden()))).kind).toBe("forbidden");
    expect(await refusalText(Promise.reject(forbidden()))).toBeTypeOf("string");
    await expect(expectRefusal(Promise.reject(conflict("x.y")), "forbidden")).rejects.toThrow(/expected forbidden/);
    await expect(rejection(Promise.resolve(1))).rejects.toThrow(/expected the use-case to refuse/);
    await expect(rejection(Promise.reject(new TypeError("boom")))).rejects.toThrow("boom");
  });
});
