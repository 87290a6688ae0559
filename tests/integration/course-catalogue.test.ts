import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { course, courseSession, networkLocation, registration, user as userTable } from "~/db/schema/index.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { parseCourseFilters } from "~/domain/courses/search-query.ts";
import { DomainError } from "~/domain/errors.ts";
import { amsterdamDate } from "~/domain/common/time.ts";
import { searchCourses } from "~/services/courses/search-courses.server.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { recordAttendance } from "~/services/courses/record-attendance.server.ts";
import { exportRegistrations } from "~/services/courses/export-registrations.server.ts";
import { exportCertificate } from "~/services/courses/export-certificate.server.ts";
import { listProviderCourses } from "~/services/courses/list-provider-courses.server.ts";
import { getDemandOverview } from "~/services/courses/get-demand-overview.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
const DAY = 86_400_000;

async function demoUser(email: string): Promise<SessionUser> {
  const [u] = await services.db.select().from(userTable).where(eq(userTable.email, email));
  return { id: u!.id, name: u!.name, email: u!.email, emailVerified: true, role: u!.role, locale: "nl" };
}
const search = (query: string) => searchCourses(services, null, parseCourseFilters(new URLSearchParams(query)));

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  // The demo counts its dates from the clock: seeding "in 2027" must work as well as now.
  services.clock.set(new Date("2027-05-10T10:00:00+02:00"));
  await seedIfEmpty(services);
});
afterAll(async () => database?.close());

describe("the catalogue on the demo data", () => {
  it("finds welding courses near Emmeloord, not those in Nieuwegein; distance widens the net", async () => {
    const near = await search("q=lassen&plaats=Emmeloord&afstand=25");
    expect(near.items.map((c) => c.slug).sort()).toEqual(["lassen-en-plaatbewerking-op-locatie", "mig-mag-lassen-voor-beginners", "tig-lassen-van-rvs"]);
    expect(near.items.every((c) => c.distanceKm !== null && c.distanceKm <= 25)).toBe(true);
    const cnc = await search("q=cnc&plaats=Emmeloord&afstand=25");
    expect(cnc.total).toBe(0);
    expect((await search("q=cnc&plaats=Emmeloord&afstand=100")).items.map((c) => c.slug)).toEqual(["cnc-draaien-en-frezen"]);
    expect((await search("plaats=Nergenshuizen")).placeUnknown).toBe(true);
  });

  it("shows on each card the course's first fitting session (start, end, places left) and how many sessions fit", async () => {
    const upcoming = await services.db
      .select()
      .from(courseSession)
      .where(and(eq(courseSession.status, "scheduled"), gt(courseSession.startsAt, services.clock.now())));
    const courses = await services.db.select({ id: course.id, slug: course.slug }).from(course);
    const idOf = new Map(courses.map((c) => [c.slug, c.id]));
    const locations = new Map((await services.db.select().from(networkLocation)).map((l) => [l.id, l]));
    const sessionsOf = (slug: string, from = new Date(0)) =>
      upcoming.filter((s) => s.courseId === idOf.get(slug) && s.startsAt >= from).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    const all = await search("");
    expect(all.items.length).toBeGreaterThan(0);
    for (const card of all.items) {
      const own = sessionsOf(card.slug);
      expect(card).toMatchObject({ upcomingSessions: own.length, nextStartsAt: own[0]!.startsAt, nextEndsAt: own[0]!.endsAt, nextPlacesLeft: own[0]!.capacity - own[0]!.placesTaken });
      // A session at one of the network's locations is named by that location's place; otherwise by its own.
      const location = own[0]!.locationId ? locations.get(own[0]!.locationId) : undefined;
      expect(card.nextPlace).toBe(location?.place ?? own[0]!.place ?? location?.name ?? "Online");
    }
    // From a day after a course's first session, its second is the one shown and the count drops.
    const several = all.items.find((card) => sessionsOf(card.slug).length >= 2 && sessionsOf(card.slug)[1]!.startsAt.getTime() - sessionsOf(card.slug)[0]!.startsAt.getTime() > 2 * DAY);
    expect(several).toBeDefined();
    const second = sessionsOf(several!.slug)[1]!.startsAt;
    const from = new Date(second.getTime() - DAY).toISOString().slice(0, 10);
    const later = (await search(`vanaf=${from}&q=${encodeURIComponent(several!.title)}`)).items.find((card) => card.slug === several!.slug);
    expect(later).toMatchObject({ nextStartsAt: second, upcomingSessions: sessionsOf(several!.slug, amsterdamDate(from)!).length });
  });

  it("filters on topic, level, format, price, provider, network and period", async () => {
    expect((await search("onderwerp=precisielandbouw")).items.map((c) => c.slug)).toEqual(["precisielandbouw-en-gps-besturing"]);
    expect((await search("prijs=gratis")).items.every((c) => c.priceCents === 0)).toBe(true);
    expect((await search("prijs=betaald")).items.every((c) => c.priceCents > 0)).toBe(true);
    expect((await search("vorm=online")).items.map((c) => c.slug)).toEqual(["digitale-vaardigheden-voor-de-werkvloer"]);
    expect((await search("niveau=mbo-4&netwerk=technologieroute")).items.map((c) => c.slug)).toEqual(["basiscursus-plc-programmeren"]);
    expect((await search("opleider=aeres-mbo")).items.map((c) => c.providerName)).toEqual(["Aeres MBO", "Aeres MBO"]);
    // The provider is typed: part of its name, in any capitals, accents or not; every word must be in it.
    expect((await search("opleider=AERES")).items.map((c) => c.providerName)).toEqual(["Aeres MBO", "Aeres MBO"]);
    expect((await search("opleider=aeres%20mbo")).items.map((c) => c.providerName)).toEqual(["Aeres MBO", "Aeres MBO"]);
    expect((await search("opleider=aeres%20hbo")).items).toEqual([]);
    expect((await search("opleider=%25")).items).toEqual([]);
    // Only sessions within the period count: the MIG/MAG course's second date is eight weeks out.
    const from = new Date(services.clock.now().getTime() + 50 * DAY).toISOString().slice(0, 10);
    const later = await search(`q=lassen&vanaf=${from}`);
    expect(later.items.map((c) => c.slug).sort()).toEqual(["mig-mag-lassen-voor-beginners", "tig-lassen-van-rvs"]);
  });

  it("a course page shows upcoming sessions with places left; drafts stay hidden from visitors", async () => {
    const page = await getCourse(services, null, { slug: "mig-mag-lassen-voor-beginners" });
    expect(page.sessions.map((s) => [s.capacity, s.placesLeft, s.open])).toEqual([
      [2, 2, true],
      [8, 8, true],
    ]);
    expect(page.sessions[0]!.location).toBe("Fysieke hub ROC Friese Poort Emmeloord, Emmeloord");
    await services.db.update(course).set({ status: "draft" }).where(eq(course.slug, "basiscursus-plc-programmeren"));
    await expect(getCourse(services, null, { slug: "basiscursus-plc-programmeren" })).rejects.toThrow(DomainError);
    const provider = await demoUser("coordinator.utrecht@demo.technohub.nl"); // member of ROC Midden Nederland
    expect((await getCourse(services, provider, { slug: "basiscursus-plc-programmeren" })).canManage).toBe(true);
  });

  it("the demand view lists the seed companies' needs, the uncovered first", async () => {
    const view = await getDemandOverview(services, await demoUser("opleider@demo.technohub.nl"));
    const firstCovered = view.needs.findIndex((n) => n.courses.length > 0);
    expect(firstCovered).toBeGreaterThan(0);
    expect(view.needs.slice(firstCovered).every((n) => n.courses.length > 0)).toBe(true);
    const kampstaalWelding = view.needs.find((n) => n.company.slug === "kampstaal" && n.topic === "lassen")!;
    expect(kampstaalWelding.courses.map((c) => c.slug)).toContain("tig-lassen-van-rvs");
    expect(view.needs.find((n) => n.topic === "robotica")!.courses).toEqual([]);
    expect(view.totals.find((t) => t.topic === "lassen")).toMatchObject({ region: "Flevoland", companies: 1, employees: 6 });
  });
});

describe("after the session: attendance, export and certificate", () => {
  it("records who attended, exports the list and gives attendees a certificate", async () => {
    const [daan, sem] = await Promise.all([demoUser("werknemer@demo.technohub.nl"), demoUser("lasser@demo.technohub.nl")]);
    const provider = await demoUser("opleider@demo.technohub.nl"); // OBM gives the TIG course
    const [session] = await services.db
      .select({ id: courseSession.id, startsAt: courseSession.startsAt })
      .from(courseSession)
      .innerJoin(course, eq(course.id, courseSession.courseId))
      .where(eq(course.slug, "tig-lassen-van-rvs"))
      .orderBy(courseSession.startsAt)
      .limit(1);
    // The TIG course costs € 650: each confirmed that price on the confirmation step.
    const rDaan = await registerForSession(services, daan, { sessionId: session!.id, acceptedPriceCents: 65_000 });
    const rSem = await registerForSession(services, sem, { sessionId: session!.id, acceptedPriceCents: 65_000 });
    const early = recordAttendance(services, provider, { slug: "tig-lassen-van-rvs", sessionId: session!.id, attendedIds: [rDaan.id] });
    await expect(early).rejects.toThrow("courses.error.attendanceTooEarly");

    services.clock.set(new Date(session!.startsAt.getTime() + 3 * 3_600_000));
    expect(await recordAttendance(services, provider, { slug: "tig-lassen-van-rvs", sessionId: session!.id, attendedIds: [rDaan.id] })).toEqual({ attended: 1, noShow: 1 });
    const statuses = await services.db.select({ id: registration.id, status: registration.status }).from(registration).where(eq(registration.sessionId, session!.id));
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(new Map([[rDaan.id, "attended"], [rSem.id, "no_show"]]));

    const csv = await exportRegistrations(services, provider, { slug: "tig-lassen-van-rvs", sessionId: session!.id, kind: "csv" });
    const text = csv.body.toString("utf8");
    expect(text.startsWith("\uFEFFNaam;E-mailadres;Bedrijf;Status;Wachtlijstpositie;Aangemeld op\r\n")).toBe(true);
    // The same words as the participants page: one key per status.
    expect(text).toContain("Daan Mulder (demo);werknemer@demo.technohub.nl;;Aanwezig geweest;;");
    expect(text).toContain("Sem de Boer (demo);lasser@demo.technohub.nl;;Niet aanwezig geweest;;");
    const english = (await exportRegistrations(services, { ...provider!, locale: "en" }, { slug: "tig-lassen-van-rvs", sessionId: session!.id, kind: "csv" })).body.toString("utf8");
    expect(english.startsWith("\uFEFFName;E-mail address;Company;Status;Waiting list position;Registered on\r\n")).toBe(true);
    expect(english).toContain("Daan Mulder (demo);werknemer@demo.technohub.nl;;Attended;;");
    const xlsx = await exportRegistrations(services, provider, { slug: "tig-lassen-van-rvs", sessionId: session!.id, kind: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet("Aanmeldingen")!;
    expect(sheet.getRow(2).values).toEqual([undefined, "Naam", "E-mailadres", "Bedrijf", "Status", "Wachtlijstpositie", "Aangemeld op"]);
    expect(sheet.rowCount).toBe(4);
    await expect(exportRegistrations(services, daan, { slug: "tig-lassen-van-rvs", sessionId: session!.id, kind: "csv" })).rejects.toThrow(DomainError);

    const pdf = await exportCertificate(services, daan, { registrationId: rDaan.id });
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.filename).toBe("bewijs-van-deelname-tig-lassen-van-rvs.pdf");
    await expect(exportCertificate(services, sem, { registrationId: rSem.id })).rejects.toThrow("courses.error.certificateNotAttended");

    const dashboard = await listProviderCourses(services, provider);
    const tig = dashboard.courses.find((c) => c.slug === "tig-lassen-van-rvs")!;
    expect(tig.sessions[0]).toMatchObject({ attended: 1, capacity: 6 });
  });
});
