/**
 * The home page per role: each kind of item that waits appears, most urgent first, and nothing of
 * another organisation or network leaks in. Records are written straight into their tables (as the
 * other areas' use-cases leave them), so each test names exactly the state it looks at.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import {
  createOfferAs,
  insertCoordinator,
  insertCourseWithSessions,
  insertMembership,
  insertNetwork,
  insertOrganisation,
  insertPerson,
} from "../support/factories.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import {
  accountBlock,
  appointment,
  appointmentEvaluation,
  article,
  auditLog,
  event,
  eventAssignment,
  eventGroup,
  eventSlot,
  joinRequest,
  lessonRequest,
  milestone,
  networkChangeProposal,
  networkLocation,
  programme,
  project,
  registration,
  requestEscalation,
  requestSuggestion,
  trainingNeed,
} from "~/db/schema/index.ts";
import { getHome } from "~/services/home/get-home.server.ts";
import { listMapLocations } from "~/services/networks/list-map-locations.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
const DAY = 86_400_000;
// Monday 2 March 2026, 09:00 in Amsterdam (the test clock's start).
const NOW = new Date("2026-03-02T09:00:00+01:00");

let networkId: string;
let otherNetworkId: string;
let school: string;
let otherSchool: string;
let company: string;
let otherCompany: string;
let provider: string;
let otherProvider: string;
let teacher: SessionUser;
let otherTeacher: SessionUser;
let contact: SessionUser;
let otherContact: SessionUser;
let trainer: SessionUser;
let otherTrainer: SessionUser;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let employee: SessionUser;
let nobody: SessionUser;
let offerId: string;
let otherOfferId: string;

const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const dateIn = (days: number) => at(days).toISOString().slice(0, 10);

async function personalHome(actor: SessionUser) {
  const home = await getHome(services, actor, { near: "" });
  if (!home.signedIn) throw new Error("expected the personal home");
  return home;
}

async function section(actor: SessionUser, role: string) {
  const found = (await personalHome(actor)).sections.find((s) => s.role === role);
  if (!found) throw new Error(`no ${role} section`);
  return found;
}

async function newRequest(schoolId: string, title: string, network = networkId) {
  const [row] = await services.db
    .insert(lessonRequest)
    .values({ schoolOrganisationId: schoolId, networkId: network, kind: "gastles", title, level: "vmbo-kader", pupils: 20, createdAt: at(-3) })
    .returning();
  return row!.id;
}

async function newAppointment(values: Partial<typeof appointment.$inferInsert> & { schoolOrganisationId: string; providerOrganisationId: string; offerId: string }) {
  const [row] = await services.db.insert(appointment).values({ networkId, ...values }).returning();
  return row!.id;
}

async function newRegistration(sessionId: string, values: Partial<typeof registration.$inferInsert> & { status: (typeof registration.$inferInsert)["status"] }) {
  const [row] = await services.db
    .insert(registration)
    .values({ sessionId, participantName: "Deelnemer (test)", participantEmail: `deelnemer.${crypto.randomUUID()}@example.test`, token: crypto.randomUUID(), ...values })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(NOW);
  networkId = (await insertNetwork(services.db, { name: "TechNet Thuis" })).id;
  otherNetworkId = (await insertNetwork(services.db, { name: "TechNet Elders" })).id;
  const org = async (name: string, kind: "school" | "company" | "provider") => (await insertOrganisation(services.db, { name, kind, lat: 52.09, lon: 5.12, place: "Utrecht" })).id;
  school = await org("Vmbo Thuis", "school");
  otherSchool = await org("Vmbo Elders", "school");
  company = await org("Bedrijf Thuis", "company");
  otherCompany = await org("Bedrijf Elders", "company");
  provider = await org("Opleider Thuis", "provider");
  otherProvider = await org("Opleider Elders", "provider");
  teacher = await insertPerson(services.db, "docent");
  otherTeacher = await insertPerson(services.db, "docent-elders");
  contact = await insertPerson(services.db, "bedrijf");
  otherContact = await insertPerson(services.db, "bedrijf-elders");
  trainer = await insertPerson(services.db, "opleider");
  otherTrainer = await insertPerson(services.db, "opleider-elders");
  coordinator = await insertPerson(services.db, "coordinator");
  otherCoordinator = await insertPerson(services.db, "coordinator-elders");
  employee = await insertPerson(services.db, "medewerker");
  nobody = await insertPerson(services.db, "niemand");
  await insertMembership(services.db, teacher, school);
  await insertMembership(services.db, otherTeacher, otherSchool);
  await insertMembership(services.db, contact, company, "admin");
  await insertMembership(services.db, otherContact, otherCompany, "admin");
  await insertMembership(services.db, trainer, provider, "admin");
  await insertMembership(services.db, otherTrainer, otherProvider, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
  await insertCoordinator(services.db, otherNetworkId, otherCoordinator);
  offerId = (await createOfferAs(services, contact, company, { title: "Gastles warmtepompen", contactEmail: contact.email })).id;
  otherOfferId = (await createOfferAs(services, otherContact, otherCompany, { title: "Gastles elders", contactEmail: otherContact.email })).id;
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("home for a teacher", () => {
  it("shows suggestions, answers, lessons to come and evaluations due, the overdue evaluation first, and nothing of another school", async () => {
    const requestId = await newRequest(school, "Vraag warmtepompen");
    await services.db.insert(requestSuggestion).values({ requestId, offerId, source: "coordinator", createdAt: at(-1) });
    await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, requestId, state: "accepted", respondedAt: at(-1) });
    await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, state: "scheduled", date: dateIn(3) });
    const tookPlace = await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, state: "took_place", date: dateIn(-20) });
    // Evaluated already: nothing left to do.
    const evaluated = await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, state: "took_place", date: dateIn(-21) });
    await services.db.insert(appointmentEvaluation).values({ appointmentId: evaluated, side: "school", rating: 5 });
    const elsewhere = await newAppointment({ schoolOrganisationId: otherSchool, providerOrganisationId: otherCompany, offerId: otherOfferId, state: "scheduled", date: dateIn(2) });

    const home = await personalHome(teacher);
    expect(home.sections.map((s) => s.role)).toEqual(["teacher"]);
    const { items, organisations } = home.sections[0]!;
    expect(organisations).toEqual(["Vmbo Thuis"]);
    expect(items.map((i) => i.kind).sort()).toEqual(["appointmentAccepted", "appointmentUpcoming", "evaluationDue", "requestSuggestion"]);
    // Two weeks after the lesson the evaluation is overdue, so it comes first.
    expect(items[0]).toMatchObject({ kind: "evaluationDue", href: `/afspraken/${tookPlace}`, urgency: "overdue" });
    expect(items.find((i) => i.kind === "requestSuggestion")).toMatchObject({ href: `/vragen/${requestId}`, action: true });
    expect(items.some((i) => i.href.includes(evaluated) || i.href.includes(elsewhere))).toBe(false);
  });
});

describe("home for a company contact", () => {
  it("shows requests to answer with their deadline, its offers, event slots, employees' places and needs; nothing of another company", async () => {
    const toAnswer = await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, state: "requested", requestedAt: at(-6) });
    await newAppointment({ schoolOrganisationId: otherSchool, providerOrganisationId: otherCompany, offerId: otherOfferId, state: "requested", requestedAt: at(-6) });
    const draft = (await createOfferAs(services, contact, company, { title: "Bedrijfsbezoek werkplaats", contactEmail: contact.email }, { publish: false })).id;
    const [ev] = await services.db
      .insert(event)
      .values({ slug: `fvdt-${crypto.randomUUID()}`, name: "Feest van de Techniek Thuis", kind: "feest_van_de_techniek", networkId, status: "open", startsOn: dateIn(30) })
      .returning();
    await services.db.insert(eventSlot).values({ eventId: ev!.id, hostOrganisationId: company, window: "ochtend", capacityPupils: 30, levels: ["vmbo-kader"], activity: "Rondleiding", lat: 52.09, lon: 5.12 });
    const { sessions } = await insertCourseWithSessions(services.db, { providerId: provider, title: "Warmtepompen installeren" }, [{ startsAt: at(20) }]);
    const place = await newRegistration(sessions[0]!.id, { status: "pending_confirmation", organisationId: company, expiresAt: at(2) });
    await newRegistration(sessions[0]!.id, { status: "confirmed", organisationId: otherCompany });
    const [need] = await services.db
      .insert(trainingNeed)
      .values({ organisationId: company, topic: "installatietechniek", description: "Warmtepompen voor monteurs", employeeCount: 4, periodStart: dateIn(40), periodEnd: dateIn(90) })
      .returning();

    const { items } = await section(contact, "company");
    const kinds = items.map((i) => i.kind);
    for (const kind of ["appointmentToAnswer", "offerDraft", "offerPublished", "eventSlot", "employeeRegistration", "trainingNeed"]) expect(kinds).toContain(kind);
    // Requested on Tuesday 24 February: five working days later (Tuesday 3 March) it goes to the coordinator.
    expect(items.find((i) => i.kind === "appointmentToAnswer")).toMatchObject({ href: `/afspraken/${toAnswer}`, due: "2026-03-03", urgency: "soon" });
    expect(items.find((i) => i.kind === "offerDraft")?.href).toBe(`/aanbod/${draft}`);
    expect(items.find((i) => i.kind === "employeeRegistration")).toMatchObject({ href: `/aanmelding/${place}`, state: "pending_confirmation" });
    expect(items.find((i) => i.kind === "trainingNeed")).toMatchObject({ href: `/behoeften/${need!.id}`, count: 4 });
    // What waits on the contact comes before the news of the same week.
    const firstInfo = items.findIndex((i) => !i.action);
    expect(items.slice(firstInfo).some((i) => i.action && i.urgency === items[firstInfo]!.urgency)).toBe(false);
    expect(items.some((i) => i.title.includes("elders"))).toBe(false);
    expect((await section(otherContact, "company")).items.some((i) => i.href === `/afspraken/${toAnswer}`)).toBe(false);
  });
});

describe("home for a provider", () => {
  it("shows sessions below their minimum and filling up, and how many open needs its courses cover; nothing of another provider", async () => {
    const { course, sessions } = await insertCourseWithSessions(services.db, { providerId: provider, title: "CNC frezen", topics: ["cnc"] }, [
      { startsAt: at(10), minParticipants: 4, placesTaken: 1 },
      { startsAt: at(12), capacity: 8, placesTaken: 7 },
      { startsAt: at(14), capacity: 8, placesTaken: 2 },
    ]);
    await insertCourseWithSessions(services.db, { providerId: otherProvider, title: "Elders lassen" }, [{ startsAt: at(5), minParticipants: 6, placesTaken: 0 }]);
    await services.db
      .insert(trainingNeed)
      .values({ organisationId: otherCompany, topic: "cnc", description: "Frezen", employeeCount: 2, periodStart: dateIn(30), periodEnd: dateIn(60) });

    const { items } = await section(trainer, "provider");
    const below = items.find((i) => i.kind === "sessionBelowMinimum");
    expect(below).toMatchObject({ href: `/cursussen/${course.slug}/sessies/${sessions[0]!.id}/deelnemers`, count: 1, of: 4, action: true });
    expect(items.find((i) => i.kind === "sessionFilling")).toMatchObject({ href: `/cursussen/${course.slug}/sessies/${sessions[1]!.id}/deelnemers`, count: 7, of: 8 });
    expect(items.some((i) => i.href.includes(sessions[2]!.id))).toBe(false);
    expect(items.find((i) => i.kind === "needMatch")).toMatchObject({ href: "/behoeften/overzicht", count: 1 });
    expect(items.some((i) => i.title.includes("Elders"))).toBe(false);
  });
});

describe("home for a coordinator", () => {
  it("shows decisions, escalated and overdue requests, events with their assignment state and late milestones of its own networks only", async () => {
    const [proposal] = await services.db
      .insert(networkChangeProposal)
      .values({ networkId, changes: { summary: "Nieuw" }, baseline: { summary: "Oud" }, createdAt: at(-10) })
      .returning();
    await services.db.insert(networkChangeProposal).values({ networkId: otherNetworkId, changes: {}, baseline: {} });
    const [join] = await services.db.insert(joinRequest).values({ networkId, organisationId: otherCompany, createdAt: at(-1) }).returning();
    const escalatedId = await newRequest(school, "Vraag zonder antwoord");
    await services.db.insert(requestEscalation).values({ requestId: escalatedId, escalatedAt: at(-2), reason: "no_answer" });
    const elsewhereRequest = await newRequest(otherSchool, "Vraag elders", otherNetworkId);
    await services.db.insert(requestEscalation).values({ requestId: elsewhereRequest, escalatedAt: at(-2), reason: "no_answer" });
    await newAppointment({ schoolOrganisationId: school, providerOrganisationId: company, offerId, state: "requested", requestedAt: at(-14) });
    const [ev] = await services.db
      .insert(event)
      .values({ slug: `techniekdag-${crypto.randomUUID()}`, name: "Techniekdag Thuis", kind: "techniekdag", networkId, status: "open", startsOn: dateIn(20), schoolRegistrationClosesOn: dateIn(-1) })
      .returning();
    await services.db.insert(eventGroup).values({ eventId: ev!.id, schoolOrganisationId: school, label: "3B", size: 20, level: "vmbo-kader" });
    // One of the two groups placed already: the item says how far the assignment is.
    const [placed] = await services.db.insert(eventGroup).values({ eventId: ev!.id, schoolOrganisationId: school, label: "3C", size: 20, level: "vmbo-kader" }).returning();
    const [slot] = await services.db
      .insert(eventSlot)
      .values({ eventId: ev!.id, hostOrganisationId: company, window: "ochtend", capacityPupils: 30, levels: ["vmbo-kader"], activity: "Rondleiding", lat: 52.09, lon: 5.12 })
      .returning();
    await services.db.insert(eventAssignment).values({ eventId: ev!.id, groupId: placed!.id, slotId: slot!.id, source: "manual" });
    const [prog] = await services.db.insert(programme).values({ networkId, slug: `programma-${crypto.randomUUID()}`, name: "Sterk Techniekonderwijs", startsOn: "2025-01-01", endsOn: "2027-12-31" }).returning();
    const [proj] = await services.db.insert(project).values({ programmeId: prog!.id, position: 1, title: "Techniek in de klas" }).returning();
    const [late] = await services.db.insert(milestone).values({ projectId: proj!.id, title: "Lesmateriaal klaar", dueOn: dateIn(-5) }).returning();
    await services.db.insert(milestone).values({ projectId: proj!.id, title: "Later", dueOn: dateIn(50) });

    const { items, organisations } = await section(coordinator, "coordinator");
    expect(organisations).toEqual(["TechNet Thuis"]);
    const kinds = items.map((i) => i.kind);
    for (const kind of ["proposal", "joinRequest", "requestEscalated", "appointmentOverdue", "event", "milestoneLate"]) expect(kinds).toContain(kind);
    expect(items.filter((i) => i.kind === "proposal").map((i) => i.href)).toEqual([`/coordinatie/voorstellen/${proposal!.id}`]);
    expect(items.find((i) => i.kind === "joinRequest")?.href).toBe(`/coordinatie/aanmeldingen/${join!.id}`);
    expect(items.filter((i) => i.kind === "requestEscalated").map((i) => i.title)).toEqual(["Vraag zonder antwoord — Vmbo Thuis"]);
    // Registration closed yesterday: the groups wait to be assigned.
    expect(items.find((i) => i.kind === "event")).toMatchObject({ state: "closed", href: `/evenementen/${ev!.slug}/indeling`, count: 2, of: 1, action: true });
    expect(items.find((i) => i.kind === "milestoneLate")).toMatchObject({ href: `/programmas/${prog!.slug}/projecten/1/mijlpalen/${late!.id}`, urgency: "overdue" });
    expect(items.some((i) => i.title.includes("Later"))).toBe(false);
    // Overdue items first; the upcoming event (not yet due) comes after them.
    const ranks = items.map((i) => ["overdue", "today", "soon", "later", "undated"].indexOf(i.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(items[0]!.urgency).toBe("overdue");
    expect((await section(otherCoordinator, "coordinator")).items.some((i) => i.title.includes("Thuis"))).toBe(false);
  });
});

describe("home for an employee", () => {
  it("shows a vacancy and a place to confirm with their expiry before the places already held; not another person's", async () => {
    const { sessions } = await insertCourseWithSessions(services.db, { providerId: provider, title: "Veilig werken" }, [{ startsAt: at(30) }, { startsAt: at(8) }]);
    const vacancy = await newRegistration(sessions[0]!.id, { status: "offered", userId: employee.id, expiresAt: at(1) });
    const held = await newRegistration(sessions[1]!.id, { status: "confirmed", userId: employee.id });
    await newRegistration(sessions[1]!.id, { status: "offered", userId: nobody.id, expiresAt: at(1) });

    const home = await personalHome(employee);
    expect(home.sections.map((s) => s.role)).toEqual(["employee"]);
    const { items } = home.sections[0]!;
    expect(items.map((i) => [i.kind, i.href])).toEqual([
      ["vacancy", `/aanmelding/${vacancy}`],
      ["registration", `/aanmelding/${held}`],
    ]);
    expect(items[0]).toMatchObject({ due: at(1).toISOString(), urgency: "soon", action: true });
  });
});

describe("home for a person without a role", () => {
  it("has no sections", async () => {
    const other = await insertPerson(services.db, "los");
    expect((await personalHome(other)).sections).toEqual([]);
  });
});

describe("home for a platform administrator", () => {
  it("shows unverified organisations, networks in use without a coordinator, this week's decisions and the blocked people, each linking into /beheer", async () => {
    const admin = await insertPerson(services.db, "beheerder", "admin");
    const lonely = await insertNetwork(services.db, { name: "Netwerk zonder coördinator" });
    await insertNetwork(services.db, { name: "Gearchiveerd zonder coördinator", archivedAt: at(-10) });
    const verified = await insertOrganisation(services.db, { name: "Bevestigde school", kind: "school", verifiedAt: at(-5) });
    await services.db.insert(auditLog).values([
      { at: at(-1), actorName: "Beheerder", action: "organisation.verify", subjectType: "organisation", subjectId: verified.id },
      { at: at(-2), actorName: "Beheerder", action: "network.update", subjectType: "network", subjectId: lonely.id },
      { at: at(-30), actorName: "Beheerder", action: "network.update", subjectType: "network", subjectId: lonely.id },
    ]);
    await services.db.insert(accountBlock).values({ userId: nobody.id, blockedBy: admin.id });

    const home = await personalHome(admin);
    expect(home.sections.map((s) => s.role)).toEqual(["administrator"]);
    const items = home.sections[0]!.items;
    const titles = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.title);
    expect(titles("organisationUnverified")).toEqual(expect.arrayContaining(["Vmbo Thuis", "Bedrijf Elders"]));
    expect(titles("organisationUnverified")).not.toContain("Bevestigde school");
    expect(titles("networkWithoutCoordinator")).toEqual(["Netwerk zonder coördinator"]);
    expect(items.find((i) => i.kind === "auditDecisions")).toMatchObject({ count: 2, href: "/beheer/logboek", action: false });
    expect(items.find((i) => i.kind === "accountsBlocked")).toMatchObject({ count: 1, href: "/beheer/personen" });
    expect(items.find((i) => i.kind === "networkWithoutCoordinator")!.href).toBe(`/beheer/netwerken/${lonely.slug}`);
    for (const item of items) expect(item.href).toMatch(/^\/beheer(\/|$)/);

    // A coordinator or teacher is no administrator: their home has no such section.
    expect((await personalHome(coordinator)).sections.map((s) => s.role)).not.toContain("administrator");
  });
});

describe("a signed-in home's statements", () => {
  it("reads the person, the news and every section of every role they hold in three statements (ADR 024)", async () => {
    // A coordinator who is also a school's teacher and a company's contact: three roles, eight parts.
    const many = await insertPerson(services.db, "veel-rollen");
    await insertCoordinator(services.db, networkId, many);
    await insertMembership(services.db, many, school);
    await insertMembership(services.db, many, company);
    // Both drivers send every statement through their client's `query` (Drizzle's sessions).
    const client = (database.pool ?? database.pglite)!;
    const spy = vi.spyOn(client, "query");
    try {
      const home = await personalHome(many);
      expect(home.sections.map((s) => s.role).sort()).toEqual(["company", "coordinator", "teacher"]);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
    // The sections read in that one statement are those of the single-role people.
    const strip = (sections: { role: string; items: { key: string }[] }[], role: string) => sections.find((s) => s.role === role)!.items.map((i) => i.key);
    const [alone, teacherHome, contactHome] = [await personalHome(many), await personalHome(teacher), await personalHome(contact)];
    expect(strip(alone.sections, "teacher")).toEqual(strip(teacherHome.sections, "teacher"));
    expect(strip(alone.sections, "company")).toEqual(strip(contactHome.sections, "company"));
    expect(strip(alone.sections, "coordinator")).toEqual(strip((await personalHome(coordinator)).sections, "coordinator"));
  });
});

describe("home for a visitor", () => {
  it("shows what is coming up soonest first, nationwide or near a place, the latest news and the map's locations", async () => {
    await insertCourseWithSessions(services.db, { providerId: provider, title: "Zonnepanelen Groningen" }, [{ startsAt: at(6), place: "Groningen", lat: 53.22, lon: 6.57 }]);
    await insertCourseWithSessions(services.db, { providerId: provider, title: "Zonnepanelen Utrecht" }, [{ startsAt: at(4), place: "Utrecht", lat: 52.09, lon: 5.12 }]);
    await services.db.insert(networkLocation).values({ networkId, name: "Hub Utrecht", kind: "physical", lat: 52.09, lon: 5.12, place: "Utrecht" });
    await services.db.insert(article).values({ networkId, slug: `nieuws-${crypto.randomUUID()}`, title: "Nieuws van thuis", status: "published", publishedAt: at(-1) });
    await services.db.insert(article).values({ networkId, slug: `concept-${crypto.randomUUID()}`, title: "Nog een concept", status: "draft" });
    // Hidden by a platform administrator: off the news page, so off the home page too.
    await services.db.insert(article).values({ networkId, slug: `verborgen-${crypto.randomUUID()}`, title: "Verborgen nieuws", status: "published", publishedAt: at(-1), hiddenAt: at(-1) });

    const all = await getHome(services, null, { near: "" });
    if (all.signedIn) throw new Error("expected the public home");
    const starts = all.upcoming.sessions.map((s) => s.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(all.upcoming.sessions.map((s) => s.title)).toEqual(expect.arrayContaining(["Zonnepanelen Utrecht", "Zonnepanelen Groningen"]));
    expect(all.upcoming.offers.map((o) => o.title)).toContain("Gastles warmtepompen");
    expect(all.news.map((a) => a.title)).toContain("Nieuws van thuis");
    expect(all.news.map((a) => a.title)).not.toContain("Nog een concept");
    expect(all.news.map((a) => a.title)).not.toContain("Verborgen nieuws");
    // The map's markers are fetched when it is shown; the page holds how many there are.
    const markers = await listMapLocations(services, null);
    expect(markers.map((l) => l.name)).toContain("Hub Utrecht");
    expect(all.mapCount).toBe(markers.length);
    expect(all.near).toMatchObject({ found: true, query: "" });

    const near = await getHome(services, null, { near: "Utrecht" });
    if (near.signedIn) throw new Error("expected the public home");
    expect(near.near).toMatchObject({ found: true });
    expect(near.upcoming.sessions.map((s) => s.title)).toContain("Zonnepanelen Utrecht");
    expect(near.upcoming.sessions.map((s) => s.title)).not.toContain("Zonnepanelen Groningen");

    const unknown = await getHome(services, null, { near: "Nergenshuizen" });
    if (unknown.signedIn) throw new Error("expected the public home");
    expect(unknown.near.found).toBe(false);
    expect(unknown.upcoming.sessions.map((s) => s.title)).toContain("Zonnepanelen Groningen");
  });
});
