import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertMembership, insertOrganisation, insertUser, requestInput } from "../support/factories.ts";
import { expectRefusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { mailOutbox, offer, organisation } from "~/db/schema/index.ts";
import type { RequestInput } from "~/domain/guest-lessons/forms.ts";
import { createRequest } from "~/services/guest-lessons/create-request.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { getVogStatements } from "~/services/guest-lessons/get-vog-statements.server.ts";
import { guestLessonJobs, VOG_REMINDERS } from "~/services/guest-lessons/jobs.server.ts";
import { updateVogRequirement } from "~/services/guest-lessons/update-vog-requirement.server.ts";
import { updateVogStatement } from "~/services/guest-lessons/update-vog-statement.server.ts";

const DAY = 86_400_000;
let database: Database;
let services: ReturnType<typeof createTestServices>;
let company: { id: string; slug: string };
let school: { id: string; slug: string };
let companyAdmin: SessionUser, companyMember: SessionUser, schoolAdmin: SessionUser, teacher: SessionUser, outsider: SessionUser;
let jan: string, janSecond: string, piet: string;

/** The school's request for Jan's and Piet's subject, on 20 March 2026. */
const asked = (over: Partial<RequestInput> = {}) =>
  requestInput(school.id, { title: "Gastles installatietechniek voor 3 kader", topics: ["installatietechniek"], dateOptions: [{ date: "2026-03-20", startTime: "10:00" }], ...over });

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  // Monday 2 March 2026 (the test clock's start).
  company = await insertOrganisation(services.db, { kind: "company", name: "Veilig Installatie BV", place: "Woerden", lat: 52.0858, lon: 4.8836 });
  school = await insertOrganisation(services.db, { kind: "school", name: "Vmbo Veilig", place: "Utrecht", lat: 52.0907, lon: 5.1214, educationLevels: ["vmbo-kader"] });
  companyAdmin = await insertUser(services.db, { name: "Bedrijfsbeheerder", email: "beheer@veilig.example.nl" });
  companyMember = await insertUser(services.db, { name: "Bedrijfslid" });
  schoolAdmin = await insertUser(services.db, { name: "Schoolbeheerder" });
  teacher = await insertUser(services.db, { name: "Docent" });
  outsider = await insertUser(services.db, { name: "Buitenstaander" });
  await insertMembership(services.db, companyAdmin.id, company.id, "admin");
  await insertMembership(services.db, companyMember.id, company.id);
  await insertMembership(services.db, schoolAdmin.id, school.id, "admin");
  await insertMembership(services.db, teacher.id, school.id);
  jan = (await createOfferAs(services, companyMember, company.id, { title: "Gastles warmtepompen", contactName: "Jan Gastdocent", contactEmail: "jan@veilig.example.nl" })).id;
  janSecond = (await createOfferAs(services, companyMember, company.id, { title: "Gastles leidingwerk", contactName: "Jan Gastdocent", contactEmail: "JAN@veilig.example.nl" })).id;
  piet = (await createOfferAs(services, companyMember, company.id, { title: "Gastles zonnepanelen", contactName: "Piet Gastdocent", contactEmail: "piet@veilig.example.nl" })).id;
});

afterAll(async () => {
  await database?.close();
});

describe("a company's VOG statements", () => {
  it("are kept per contact: one date for all that contact's offers, and only the company's people may state them", async () => {
    const before = await getVogStatements(services, companyMember, { slug: company.slug });
    expect(before.contacts.map((c) => [c.email?.toLowerCase(), c.offers.length, c.validUntil])).toEqual([
      ["jan@veilig.example.nl", 2, null],
      ["piet@veilig.example.nl", 1, null],
    ]);
    await updateVogStatement(services, companyMember, { slug: company.slug, offerId: janSecond, validUntil: "2027-03-12" });
    const rows = await services.db.select({ id: offer.id, vog: offer.vogValidUntil }).from(offer).where(inArray(offer.id, [jan, janSecond, piet]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.vog]))).toEqual({ [jan]: "2027-03-12", [janSecond]: "2027-03-12", [piet]: null });

    await expectRefusal(updateVogStatement(services, companyMember, { slug: company.slug, offerId: piet, validUntil: "2026-03-01" }), "invalid", "guestLessons.vog.error.past");
    await expectRefusal(updateVogStatement(services, teacher, { slug: company.slug, offerId: piet, validUntil: "2027-01-01" }), "forbidden");
    await expectRefusal(getVogStatements(services, outsider, { slug: company.slug }), "forbidden");
    // An offer of another organisation cannot be named through this one.
    await expectRefusal(updateVogStatement(services, companyMember, { slug: company.slug, offerId: "00000000-0000-4000-8000-000000000000", validUntil: null }), "not_found");
  });
});

describe("a school's VOG requirement", () => {
  it("is the school administrators' to set; a teacher sees it", async () => {
    await expectRefusal(updateVogRequirement(services, teacher, { slug: school.slug, required: true }), "forbidden");
    await expectRefusal(updateVogRequirement(services, companyAdmin, { slug: company.slug, required: true }), "forbidden");
    await updateVogRequirement(services, schoolAdmin, { slug: school.slug, required: true });
    const seen = await getVogStatements(services, teacher, { slug: school.slug });
    expect(seen.school).toEqual({ required: true, canChange: false });
  });

  it("is shown in the reasons of each suggested offer on the request page and on an offer's page", async () => {
    const request = await createRequest(services, teacher, asked());
    const page = await getRequest(services, teacher, { requestId: request.id });
    const vogOf = (id: string) => page.suggestions.find((s) => s.id === id)?.match.reasons.find((r) => r.kind === "vog");
    expect(vogOf(jan)).toEqual({ kind: "vog", check: { state: "valid", validUntil: "2027-03-12", required: true } });
    expect(vogOf(piet)).toEqual({ kind: "vog", check: { state: "missing", required: true } });

    // Checked against the last date asked: a VOG ending before it does not meet the requirement.
    await updateVogStatement(services, companyAdmin, { slug: company.slug, offerId: piet, validUntil: "2026-04-01" });
    const later = await createRequest(services, teacher, asked({ dateOptions: [{ date: "2026-03-20", startTime: null }, { date: "2026-04-14", startTime: null }] }));
    const laterPage = await getRequest(services, teacher, { requestId: later.id });
    expect(laterPage.suggestions.find((s) => s.id === piet)?.match.reasons.find((r) => r.kind === "vog")).toEqual({
      kind: "vog",
      check: { state: "expired", validUntil: "2026-04-01", required: true },
    });

    const offerPage = await getOffer(services, teacher, { offerId: jan });
    expect(offerPage.schoolView?.reasons).toContainEqual({ kind: "vog", check: { state: "valid", validUntil: "2027-03-12", required: true } });

    // Without the requirement, a VOG held is still said; none is not.
    await updateVogRequirement(services, schoolAdmin, { slug: school.slug, required: false });
    await services.db.update(offer).set({ vogValidUntil: null }).where(eq(offer.id, piet));
    const relaxed = await getRequest(services, teacher, { requestId: request.id });
    expect(relaxed.suggestions.find((s) => s.id === piet)?.match.reasons.some((r) => r.kind === "vog")).toBe(false);
    expect(relaxed.suggestions.find((s) => s.id === jan)?.match.reasons.find((r) => r.kind === "vog")).toMatchObject({ check: { state: "valid", required: false } });
    expect((await services.db.select({ r: organisation.vogRequired }).from(organisation).where(eq(organisation.id, school.id)))[0]?.r).toBe(false);
  });
});

describe("the VOG reminder", () => {
  it("mails the company's administrators and the contact once, 30 days before the VOG ends", async () => {
    const run = () => guestLessonJobs.find((j) => j.name === VOG_REMINDERS)!.run(services, {});
    const reminders = async () => (await services.db.select().from(mailOutbox)).filter((m) => m.subject.includes("VOG"));

    // 31 days before 12 March 2027: not yet.
    services.clock.set(new Date("2027-02-09T08:00:00+01:00"));
    await run();
    expect(await reminders()).toEqual([]);

    services.clock.advance(DAY);
    await run();
    const sent = await reminders();
    expect(sent.map((m) => m.to.toLowerCase()).sort()).toEqual(["beheer@veilig.example.nl", "jan@veilig.example.nl"]);
    expect(sent[0]!.subject).toBe("De VOG van Jan Gastdocent loopt af op vrijdag 12 maart 2027");
    // One mail per contact, naming both of Jan's offers.
    expect(sent[0]!.text).toContain("- Gastles leidingwerk\n- Gastles warmtepompen");
    expect(sent[0]!.text).toContain(`/organisaties/${company.slug}/vog`);

    // The next day: not again.
    services.clock.advance(DAY);
    await run();
    expect(await reminders()).toHaveLength(2);

    // A renewed VOG is reminded again when its own time comes.
    await updateVogStatement(services, companyAdmin, { slug: company.slug, offerId: jan, validUntil: "2027-03-13" });
    await run();
    expect(await reminders()).toHaveLength(4);
  });
});
