import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertNetwork, insertNetworkMember, insertNetworkPartner, insertOrganisation, signUpUser } from "../support/factories.ts";
import { rejection as refusal } from "../support/refusals.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import { queryRows, type Database } from "~/db/client.server.ts";
import { mailOutbox, membership, network, networkLocation, organisation } from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import type { OrganisationInput } from "~/domain/organisations/form.ts";
import type { GeocodeQuery } from "~/lib/geo/geocoder.server.ts";
import { createOrganisation } from "~/services/organisations/create-organisation.server.ts";
import { updateOrganisation } from "~/services/organisations/update-organisation.server.ts";
import { getOrganisation } from "~/services/organisations/get-organisation.server.ts";
import { getEditableOrganisation } from "~/services/organisations/get-editable-organisation.server.ts";
import { listOrganisations } from "~/services/organisations/list-organisations.server.ts";
import { listMembers } from "~/services/organisations/list-members.server.ts";
import { createMembership } from "~/services/organisations/create-membership.server.ts";
import { updateMemberRole } from "~/services/organisations/update-member-role.server.ts";
import { removeMember } from "~/services/organisations/remove-member.server.ts";
import { placeFederatedPerson } from "~/auth/saml-federation.server.ts";

let database: Database;
let services: AppServices;

/** A fake geocoder that knows one town and records what it was asked. */
const geocoderCalls: GeocodeQuery[] = [];
let geocoderMode: "knows" | "unknown" | "down" = "knows";
const fakeGeocoder = {
  async geocode(query: GeocodeQuery) {
    geocoderCalls.push(query);
    if (geocoderMode === "down") throw new Error("PDOK unreachable");
    if (geocoderMode === "unknown") return null;
    return { lat: 52.0857, lon: 4.8837, place: query.place ?? "Woerden", province: "Utrecht", source: "gazetteer" as const };
  },
};

const signUp = (name: string, options: { verified?: boolean; admin?: boolean } = {}) =>
  signUpUser(services, { name, verified: options.verified, role: options.admin ? "admin" : "user" });

function company(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: "Kiremko",
    kind: "company",
    description: "Keukenapparatuur voor de horeca.",
    website: "https://www.kiremko.nl",
    email: "info@kiremko.nl",
    street: "Zuidzijde 12",
    postcode: "3447 GR",
    place: "Woerden",
    province: null,
    educationLevels: [],
    sector: "Maakindustrie",
    sizeClass: "50-249",
    kvkNumber: "30123456",
    brin: null,
    branchNumber: null,
    ...overrides,
  };
}

async function created(user: SessionUser, input: OrganisationInput, confirmDuplicate = false) {
  const result = await createOrganisation(services, user, { values: input, confirmDuplicate });
  if (result.status !== "created") throw new Error(`expected created, got ${JSON.stringify(result)}`);
  return result;
}

/** The refusal's kind, message key and field, to compare whole. */
async function rejection(promise: Promise<unknown>) {
  const { kind, message, field } = await refusal(promise);
  return { kind, message, field };
}

async function roleOf(organisationId: string, userId: string) {
  const [row] = await services.db
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
  return row?.role ?? null;
}

async function adminCount(organisationId: string) {
  const rows = await services.db
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.organisationId, organisationId), eq(membership.role, "admin")));
  return rows.length;
}

describe(`organisations (${TEST_DB})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    services = { ...createTestServices(database), geocoder: fakeGeocoder };
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(() => {
    geocoderMode = "knows";
    geocoderCalls.length = 0;
  });

  describe("creating", () => {
    it("stores coordinates from the geocoder and makes the creator admin", async () => {
      const creator = await signUp("Bedrijfscontact");
      const result = await created(creator, company({ name: "Geo Techniek" }));
      expect(result).toMatchObject({ slug: "geo-techniek", located: true });
      expect(geocoderCalls).toEqual([{ street: "Zuidzijde 12", postcode: "3447 GR", place: "Woerden" }]);
      const [row] = await services.db.select().from(organisation).where(eq(organisation.id, result.id));
      expect(row).toMatchObject({ lat: 52.0857, lon: 4.8837, province: "Utrecht", kvkNumber: "30123456", postcode: "3447 GR" });
      expect(await roleOf(result.id, creator.id)).toBe("admin");
    });

    it("saves without coordinates when the address is not found or the geocoder is down", async () => {
      const creator = await signUp("Docent");
      geocoderMode = "unknown";
      const notFound = await created(creator, company({ name: "Nergens BV", place: "Nergenshuizen" }));
      expect(notFound.located).toBe(false);
      geocoderMode = "down";
      const down = await created(creator, company({ name: "Storing BV", place: "Ergens" }));
      expect(down.located).toBe(false);
      const rows = await services.db.select({ lat: organisation.lat, lon: organisation.lon, province: organisation.province }).from(organisation).where(eq(organisation.id, down.id));
      expect(rows).toEqual([{ lat: null, lon: null, province: null }]);
      expect(await roleOf(down.id, creator.id)).toBe("admin");
    });

    it("numbers the slug when the name is taken", async () => {
      const creator = await signUp("Opleider");
      const first = await created(creator, company({ name: "Techniekhuis", place: "Utrecht" }));
      const second = await created(creator, company({ name: "Techniekhuis", place: "Deventer" }));
      const third = await created(creator, company({ name: "Techniekhuis", place: "Utrecht" }), true);
      expect([first.slug, second.slug, third.slug]).toEqual(["techniekhuis", "techniekhuis-2", "techniekhuis-3"]);
    });

    it("gives concurrent creations with one name distinct slugs", async () => {
      const creator = await signUp("Gelijktijdig");
      const results = await Promise.all(
        ["Amersfoort", "Zwolle", "Almere", "Ede"].map((place) => created(creator, company({ name: "Samen Sterk", place }))),
      );
      expect(new Set(results.map((r) => r.slug)).size).toBe(4);
      expect(results.map((r) => r.slug).sort()).toEqual(["samen-sterk", "samen-sterk-2", "samen-sterk-3", "samen-sterk-4"]);
    });

    it("asks before creating a very similar name in the same place", async () => {
      const creator = await signUp("Twijfel");
      const original = await created(creator, company({ name: "Metaalbedrijf Van Dam", place: "Woerden" }));
      const similar = await createOrganisation(services, creator, { values: company({ name: "Metaalbedrijf van Dam BV", place: "woerden" }) });
      expect(similar).toEqual({
        status: "possible_duplicates",
        candidates: [{ slug: original.slug, name: "Metaalbedrijf Van Dam", place: "Woerden" }],
      });
      // Another place, or an unlike name, is no duplicate.
      expect((await createOrganisation(services, creator, { values: company({ name: "Metaalbedrijf Van Dam", place: "Gouda" }) })).status).toBe("created");
      expect((await createOrganisation(services, creator, { values: company({ name: "Bakkerij Van Dam", place: "Woerden" }) })).status).toBe("created");
      // Confirmed: created after all.
      const confirmed = await createOrganisation(services, creator, { values: company({ name: "Metaalbedrijf van Dam BV", place: "Woerden" }), confirmDuplicate: true });
      expect(confirmed.status).toBe("created");
    });

    it("refuses an invalid KvK number, in the use-case and in the database", async () => {
      const creator = await signUp("KvK");
      expect(await rejection(createOrganisation(services, creator, { values: company({ name: "Foutief", kvkNumber: "1234" }) }))).toEqual({
        kind: "invalid",
        message: "organisations.form.kvk.invalid",
        field: "kvkNumber",
      });
      const rows = await services.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, "Foutief"));
      expect(rows).toEqual([]);
      await expect(
        services.db.insert(organisation).values({ slug: "direct-fout", name: "Direct", kind: "company", kvkNumber: "12AB5678" }),
      ).rejects.toThrow();
    });

    it("is for verified users only", async () => {
      const unverified = await signUp("Onbevestigd", { verified: false });
      expect((await rejection(createOrganisation(services, unverified, { values: company({ name: "Niet Toegestaan" }) }))).kind).toBe("forbidden");
      expect((await rejection(createOrganisation(services, null, { values: company({ name: "Niet Toegestaan" }) }))).kind).toBe("forbidden");
    });
  });

  describe("editing", () => {
    it("only admins of the organisation and platform admins may edit", async () => {
      const owner = await signUp("Eigenaar");
      const member = await signUp("Collega");
      const stranger = await signUp("Buitenstaander");
      const platformAdmin = await signUp("Platformbeheer", { admin: true });
      const org = await created(owner, company({ name: "Bewerkbaar BV" }));
      await createMembership(services, owner, { slug: org.slug, email: member.email, role: "member" });

      for (const who of [member, stranger, null]) {
        expect((await rejection(updateOrganisation(services, who, { slug: org.slug, values: company({ name: "Overgenomen" }) }))).kind).toBe("forbidden");
        expect((await rejection(getEditableOrganisation(services, who, { slug: org.slug }))).kind).toBe("forbidden");
      }
      const [row] = await services.db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, org.id));
      expect(row!.name).toBe("Bewerkbaar BV");

      await updateOrganisation(services, platformAdmin, { slug: org.slug, values: company({ name: "Bewerkbaar Techniek BV" }) });
      expect((await getEditableOrganisation(services, owner, { slug: org.slug })).name).toBe("Bewerkbaar Techniek BV");
    });

    it("looks the address up again only when it changed, and keeps the slug", async () => {
      const owner = await signUp("Verhuizer");
      const org = await created(owner, company({ name: "Verhuisbedrijf" }));
      geocoderCalls.length = 0;

      const same = await updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Verhuisbedrijf Nieuw", description: "Nieuwe tekst" }) });
      expect(same).toEqual({ slug: org.slug, located: true });
      expect(geocoderCalls).toEqual([]);

      geocoderMode = "unknown";
      const moved = await updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Verhuisbedrijf Nieuw", street: "Onbekendelaan 1", postcode: "9999 ZZ", place: "Nergens" }) });
      expect(moved).toEqual({ slug: org.slug, located: false });
      expect(geocoderCalls).toHaveLength(1);
      const [row] = await services.db.select().from(organisation).where(eq(organisation.id, org.id));
      expect(row).toMatchObject({ lat: null, lon: null, place: "Nergens", name: "Verhuisbedrijf Nieuw" });

      // Without coordinates, the next save tries again.
      geocoderMode = "knows";
      const retried = await updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Verhuisbedrijf Nieuw", street: "Onbekendelaan 1", postcode: "9999 ZZ", place: "Nergens" }) });
      expect(retried.located).toBe(true);
    });

    it("a renamed partner is found under its new name in the directory", async () => {
      const owner = await signUp("Hernoemer");
      const org = await created(owner, company({ name: "Oude Naam Metaal" }));
      const net = await insertNetwork(services.db, { name: "Partnernetwerk", kind: "pps", searchText: "Partnernetwerk\nOude Naam Metaal" });
      await insertNetworkPartner(services.db, net, org, "penvoerder");

      await updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Zilverlinde Constructie" }) });
      const [row] = await services.db.select({ searchText: network.searchText }).from(network).where(eq(network.id, net!.id));
      expect(row!.searchText).toContain("Zilverlinde Constructie");
      expect(row!.searchText).not.toContain("Oude Naam Metaal");
    });

    it("refuses an invalid KvK number on edit", async () => {
      const owner = await signUp("Corrector");
      const org = await created(owner, company({ name: "Nummerbedrijf" }));
      expect((await rejection(updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Nummerbedrijf", kvkNumber: "123456789" }) }))).field).toBe(
        "kvkNumber",
      );
    });

    it("a school gets its BRIN and vestigingsnummer; bad ones are refused beside the field, also by the database", async () => {
      const owner = await signUp("Schoolbeheer");
      const school = (overrides: Partial<OrganisationInput> = {}) =>
        company({ name: "Vestigingschool", kind: "school", sector: null, sizeClass: null, kvkNumber: null, educationLevels: ["havo"], ...overrides });
      const org = await created(owner, school());

      await updateOrganisation(services, owner, { slug: org.slug, values: school({ brin: "12AB", branchNumber: "01" }) });
      const [row] = await services.db.select().from(organisation).where(eq(organisation.id, org.id));
      expect(row).toMatchObject({ brin: "12AB", branchNumber: "01" });

      expect(await rejection(updateOrganisation(services, owner, { slug: org.slug, values: school({ brin: "12ab" }) }))).toMatchObject({
        message: "organisations.form.brin.invalid",
        field: "brin",
      });
      expect(await rejection(updateOrganisation(services, owner, { slug: org.slug, values: school({ branchNumber: "01" }) }))).toMatchObject({
        message: "organisations.form.branchNumber.withoutBrin",
        field: "branchNumber",
      });
      // A company has no BRIN.
      expect((await rejection(updateOrganisation(services, owner, { slug: org.slug, values: company({ name: "Vestigingschool", brin: "12AB" }) }))).field).toBe("brin");
      await expect(services.db.update(organisation).set({ brin: "AB12" }).where(eq(organisation.id, org.id))).rejects.toThrow();
    });

    it("one organisation per BRIN and location: a taken one is refused beside the BRIN field, naming its holder, on create and on edit", async () => {
      const owner = await signUp("Echte School");
      const squatter = await signUp("Vroege Vogel");
      const school = (name: string, overrides: Partial<OrganisationInput> = {}) =>
        company({ name, kind: "school", sector: null, sizeClass: null, kvkNumber: null, educationLevels: ["vmbo-kader"], place: "Woerden", ...overrides });
      await created(owner, school("Het Minkema", { brin: "34CD" }));
      await created(owner, school("Het Minkema, Noord", { brin: "34CD", branchNumber: "02" }), true);

      // The whole school's number, and a location's, are taken; another location of the same BRIN is free.
      expect(await rejection(createOrganisation(services, squatter, { values: school("Minkema Kopie", { brin: "34CD" }), confirmDuplicate: true }))).toEqual({
        kind: "conflict",
        message: "organisations.form.brin.taken",
        field: "brin",
      });
      const taken = await refusal(createOrganisation(services, squatter, { values: school("Minkema Noord Kopie", { brin: "34CD", branchNumber: "02" }), confirmDuplicate: true }));
      expect(taken).toMatchObject({ kind: "conflict", message: "organisations.form.brin.takenBranch", field: "brin", params: { name: "Het Minkema, Noord" } });
      const south = await created(squatter, school("Het Minkema, Zuid", { brin: "34CD", branchNumber: "03" }), true);

      // Editing onto a taken number is refused the same way, and nothing of the edit is saved.
      expect(await rejection(updateOrganisation(services, squatter, { slug: south.slug, values: school("Zuid Hernoemd", { brin: "34CD", branchNumber: "02" }) }))).toEqual({
        kind: "conflict",
        message: "organisations.form.brin.takenBranch",
        field: "brin",
      });
      const [row] = await services.db.select({ name: organisation.name, branchNumber: organisation.branchNumber }).from(organisation).where(eq(organisation.id, south.id));
      expect(row).toEqual({ name: "Het Minkema, Zuid", branchNumber: "03" });

      // The database holds it whatever the writer: also a direct insert.
      await expect(services.db.insert(organisation).values({ slug: `minkema-${Date.now()}`, name: "Direct", kind: "school", brin: "34CD" })).rejects.toThrow();
    });
  });

  describe("a verified school's BRIN", () => {
    it("changed by the school's own admin loses the verification: Entree places nobody there on a number the platform never confirmed", async () => {
      const owner = await signUp("Schoolleider Verhuist");
      const school = (overrides: Partial<OrganisationInput> = {}) =>
        company({ name: "Eigen School", kind: "school", sector: null, sizeClass: null, kvkNumber: null, educationLevels: ["havo"], brin: "56EF", ...overrides });
      const org = await created(owner, school());
      // The administrator confirmed this school with this number.
      await services.db.update(organisation).set({ verifiedAt: new Date("2026-02-01T09:00:00Z") }).where(eq(organisation.id, org.id));
      const verifiedAt = async () => (await services.db.select({ at: organisation.verifiedAt }).from(organisation).where(eq(organisation.id, org.id)))[0]!.at;

      // Another edit keeps it.
      await updateOrganisation(services, owner, { slug: org.slug, values: school({ description: "Nieuwe tekst." }) });
      expect(await verifiedAt()).not.toBeNull();

      // Another school's number (not on the platform yet): its staff signing in through Entree must not land here.
      await updateOrganisation(services, owner, { slug: org.slug, values: school({ brin: "57FG" }) });
      expect(await verifiedAt()).toBeNull();
      const teacher = { "urn:mace:dir:attribute-def:mail": "docent@andereschool.nl", "urn:mace:dir:attribute-def:eduPersonAffiliation": "employee", nlEduPersonHomeOrganizationId: "57FG" };
      const policy = { organisationId: null, defaultRole: "member" as const, trustedForLinking: false, disabled: false, domains: [] };
      expect(await placeFederatedPerson(services.db, policy, "entree", teacher, "docent@andereschool.nl")).toEqual({ ok: false, code: "sso_unverified_school" });
    });
  });

  describe("members", () => {
    it("an admin adds an existing user by e-mail, who gets a mail", async () => {
      const admin = await signUp("Beheerder");
      const colleague = await signUp("Nieuwe Collega");
      const org = await created(admin, company({ name: "Ledenbedrijf" }));

      await createMembership(services, admin, { slug: org.slug, email: colleague.email.toUpperCase(), role: "member" });
      expect(await roleOf(org.id, colleague.id)).toBe("member");
      // Sign-up sent a verification mail too; only the membership mail counts here.
      const mails = (await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, colleague.email))).filter((m) => m.subject.includes("toegevoegd"));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe("U bent toegevoegd aan Ledenbedrijf op Technohub");
      expect(mails[0]!.text).toContain(`/organisaties/${org.slug}`);
      expect(mails[0]!.text).toContain("met de rol lid");

      expect(await rejection(createMembership(services, admin, { slug: org.slug, email: "niemand@example.nl", role: "member" }))).toEqual({
        kind: "invalid",
        message: "organisations.members.unknownEmail",
        field: "email",
      });
      expect((await rejection(createMembership(services, admin, { slug: org.slug, email: colleague.email, role: "admin" }))).kind).toBe("conflict");
      // A plain member cannot add people.
      const third = await signUp("Derde");
      expect((await rejection(createMembership(services, colleague, { slug: org.slug, email: third.email, role: "member" }))).kind).toBe("forbidden");
    });

    it("the last admin cannot be demoted or removed", async () => {
      const admin = await signUp("Enige Beheerder");
      const member = await signUp("Gewoon Lid");
      const org = await created(admin, company({ name: "Eenbeheerder" }));
      await createMembership(services, admin, { slug: org.slug, email: member.email, role: "member" });

      expect((await rejection(updateMemberRole(services, admin, { slug: org.slug, userId: admin.id, role: "member" }))).message).toBe("organisations.members.lastAdmin");
      expect((await rejection(removeMember(services, admin, { slug: org.slug, userId: admin.id }))).message).toBe("organisations.members.lastAdmin");
      expect(await roleOf(org.id, admin.id)).toBe("admin");

      // With a second admin, the first may step down; a member may leave by themselves.
      await updateMemberRole(services, admin, { slug: org.slug, userId: member.id, role: "admin" });
      await updateMemberRole(services, admin, { slug: org.slug, userId: admin.id, role: "member" });
      expect(await roleOf(org.id, admin.id)).toBe("member");
      await removeMember(services, admin, { slug: org.slug, userId: admin.id });
      expect(await roleOf(org.id, admin.id)).toBeNull();
      expect((await rejection(removeMember(services, member, { slug: org.slug, userId: admin.id }))).kind).toBe("not_found");
    });

    it("a member cannot change roles or remove others", async () => {
      const admin = await signUp("Chef");
      const member = await signUp("Medewerker");
      const org = await created(admin, company({ name: "Rangorde" }));
      await createMembership(services, admin, { slug: org.slug, email: member.email, role: "member" });
      expect((await rejection(updateMemberRole(services, member, { slug: org.slug, userId: member.id, role: "admin" }))).kind).toBe("forbidden");
      expect((await rejection(removeMember(services, member, { slug: org.slug, userId: admin.id }))).kind).toBe("forbidden");
      expect(await roleOf(org.id, member.id)).toBe("member");
    });

    it("two admins demoting each other at the same time leave at least one admin", async () => {
      const a = await signUp("Admin A");
      const b = await signUp("Admin B");
      const org = await created(a, company({ name: "Wedloop" }));
      await createMembership(services, a, { slug: org.slug, email: b.email, role: "admin" });

      for (let round = 0; round < 8; round++) {
        const outcomes = await Promise.allSettled([
          updateMemberRole(services, a, { slug: org.slug, userId: b.id, role: "member" }),
          updateMemberRole(services, b, { slug: org.slug, userId: a.id, role: "member" }),
        ]);
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
        for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(DomainError);
        expect(await adminCount(org.id)).toBe(1);
        // Restore both admins for the next round, through the remaining admin.
        const remaining = (await roleOf(org.id, a.id)) === "admin" ? a : b;
        await updateMemberRole(services, remaining, { slug: org.slug, userId: remaining === a ? b.id : a.id, role: "admin" });
      }

      // Removing each other at once: same guarantee.
      const outcomes = await Promise.allSettled([removeMember(services, a, { slug: org.slug, userId: b.id }), removeMember(services, b, { slug: org.slug, userId: a.id })]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(await adminCount(org.id)).toBe(1);
    });

    it("the member list is for members and platform admins; e-mail addresses only for managers", async () => {
      const admin = await signUp("Lijstbeheerder");
      const member = await signUp("Lijstlid");
      const stranger = await signUp("Vreemde");
      const platformAdmin = await signUp("Platform", { admin: true });
      const org = await created(admin, company({ name: "Lijstbedrijf" }));
      await createMembership(services, admin, { slug: org.slug, email: member.email, role: "member" });

      const asMember = await listMembers(services, member, { slug: org.slug });
      expect(asMember.canManage).toBe(false);
      expect(asMember.members.map((m) => [m.name, m.role, m.email])).toEqual([
        ["Lijstbeheerder", "admin", null],
        ["Lijstlid", "member", null],
      ]);
      expect((await listMembers(services, admin, { slug: org.slug })).members[1]!.email).toBe(member.email);
      expect((await listMembers(services, platformAdmin, { slug: org.slug })).canManage).toBe(true);
      expect((await rejection(listMembers(services, stranger, { slug: org.slug }))).kind).toBe("forbidden");
      expect((await rejection(listMembers(services, null, { slug: org.slug }))).kind).toBe("forbidden");
    });
  });

  describe("profile and list", () => {
    it("shows networks as partner and member, hosted locations, and members only to insiders", async () => {
      const admin = await signUp("Profielbeheerder");
      const stranger = await signUp("Bezoeker");
      const org = await created(admin, company({ name: "OBM Profiel", kind: "provider", kvkNumber: null, sector: null, sizeClass: null }));
      const route = await insertNetwork(services.db, { slug: "technologieroute-test", name: "Technologieroute", kind: "pps" });
      const nop = await insertNetwork(services.db, { slug: "technohub-nop-test", name: "Technohub NOP", kind: "technohub" });
      const other = await insertNetwork(services.db, { slug: "technet-test", name: "TechNet Test" });
      await insertNetworkPartner(services.db, route, org, "penvoerder");
      await insertNetworkPartner(services.db, nop, org, "partner");
      await insertNetworkMember(services.db, other, org);
      await insertNetworkMember(services.db, route, org);
      await services.db.insert(networkLocation).values({ networkId: nop!.id, name: "Hub Emmeloord", kind: "physical", organisationId: org.id });

      const visitor = await getOrganisation(services, null, { slug: org.slug });
      expect(visitor.partnerships).toEqual([
        { slug: "technologieroute-test", name: "Technologieroute", role: "penvoerder" },
        { slug: "technohub-nop-test", name: "Technohub NOP", role: "partner" },
      ]);
      expect(visitor.memberships.map((m) => m.name)).toEqual(["TechNet Test"]);
      expect(visitor.locations.map((l) => [l.name, l.networkName])).toEqual([["Hub Emmeloord", "Technohub NOP"]]);
      expect(visitor.members).toBeNull();
      expect(visitor.permissions).toEqual({ canEdit: false, canViewMembers: false, canManageMembers: false, canManageWebhooks: false, canBuildWidget: false, canManageApiKeys: false });
      expect((await getOrganisation(services, stranger, { slug: org.slug })).members).toBeNull();

      const insider = await getOrganisation(services, admin, { slug: org.slug });
      expect(insider.members).toEqual([{ key: 0, name: "Profielbeheerder", role: "admin" }]);
      expect(insider.permissions).toEqual({ canEdit: true, canViewMembers: true, canManageMembers: true, canManageWebhooks: true, canBuildWidget: true, canManageApiKeys: true });

      expect(await rejection(getOrganisation(services, null, { slug: "bestaat-niet" }))).toMatchObject({ kind: "not_found" });
    });

    it("finds organisations by (mistyped) name, filters by kind and pages", async () => {
      const creator = await signUp("Lijstmaker");
      await created(creator, company({ name: "Zuiderzee Installatietechniek", place: "Lelystad" }));
      await created(creator, company({ name: "Zuiderzee College", kind: "school", kvkNumber: null, sector: null, sizeClass: null, educationLevels: ["vmbo-kader"], place: "Lelystad" }));

      const typo = await listOrganisations(services, null, { q: "zuiderze instalatietechniek" });
      expect(typo.items[0]?.name).toBe("Zuiderzee Installatietechniek");
      const substring = await listOrganisations(services, null, { q: "zuiderzee" });
      expect(substring.items.map((i) => i.name).sort()).toEqual(["Zuiderzee College", "Zuiderzee Installatietechniek"]);
      const schools = await listOrganisations(services, null, { q: "zuiderzee", kind: "school" });
      expect(schools.items.map((i) => i.name)).toEqual(["Zuiderzee College"]);
      expect(schools.total).toBe(1);
      // A LIKE wildcard typed by a visitor is text, not a pattern.
      expect((await listOrganisations(services, null, { q: "%" })).total).toBe(0);

      const n = (await queryRows<{ n: number }>(services.db, sql`select count(*)::int as n from organisation`))[0]!.n;
      const page1 = await listOrganisations(services, null, { page: 1 });
      const page2 = await listOrganisations(services, null, { page: 2 });
      expect(page1.total).toBe(Number(n));
      expect(page1.items).toHaveLength(Math.min(20, Number(n)));
      expect(page2.items.length).toBe(Math.max(0, Math.min(20, Number(n) - 20)));
      const slugs = new Set([...page1.items, ...page2.items].map((i) => i.slug));
      expect(slugs.size).toBe(page1.items.length + page2.items.length);
    });

    it("filters by province as the directory does, orders by name whatever the capitals, and shows the last page for a page past the end", async () => {
      await insertOrganisation(services.db, { slug: "berk-zld", name: "Berkbedrijf", kind: "company", place: "Goes", province: "Zeeland" });
      await insertOrganisation(services.db, { slug: "aardappel-zld", name: "aardappelbedrijf", kind: "company", place: "Goes", province: "Zeeland" });
      await insertOrganisation(services.db, { slug: "aardbei-zld", name: "Aardbeischool", kind: "school", place: "Goes", province: "Zeeland" });
      await insertOrganisation(services.db, { slug: "appel-frl", name: "Appelbedrijf", kind: "company", place: "Sneek", province: "Friesland" });

      const zeeland = await listOrganisations(services, null, { province: "Zeeland" });
      expect(zeeland.items.map((i) => i.name)).toEqual(["aardappelbedrijf", "Aardbeischool", "Berkbedrijf"]);
      expect(zeeland.total).toBe(3);
      expect((await listOrganisations(services, null, { province: "Zeeland", kind: "company" })).items.map((i) => i.slug)).toEqual(["aardappel-zld", "berk-zld"]);
      const beyond = await listOrganisations(services, null, { province: "Zeeland", page: 99 });
      expect([beyond.page, beyond.pageCount, beyond.beyond, beyond.items.length]).toEqual([1, 1, 99, 3]);
    });

    it("reads a page of every filter from an index in the list's order, without sorting every organisation", async () => {
      // Few rows make a scan and a sort cheaper, so both are priced out: an index in another order
      // than the list's (lower(name), slug) would still need a Sort node.
      const plan = async (where: string) =>
        services.db.transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`);
          await tx.execute(sql`set local enable_sort = off`);
          const result = (await tx.execute(
            sql.raw(`explain select slug, name, kind, place, province from organisation ${where} order by lower(name) asc, slug asc limit 20 offset 20`),
          )) as unknown as { rows: { "QUERY PLAN": string }[] };
          return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
        });
      for (const [where, index] of [
        ["", "organisation_name_order_idx"],
        ["where kind = 'school'", "organisation_kind_name_idx"],
        ["where province = 'Zeeland'", "organisation_province_name_idx"],
      ] as const) {
        const found = await plan(where);
        expect(found).toContain(index);
        expect(found).not.toMatch(/\bSort\b/);
      }
    });
  });
});
