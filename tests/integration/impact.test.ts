import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { getNetworkImpact } from "~/services/impact/get-network-impact.server.ts";
import { getEncounterLedger } from "~/services/impact/get-encounter-ledger.server.ts";
import ExcelJS from "exceljs";
import { exportImpactReport } from "~/services/impact/export-impact-report.server.ts";
import { insertImpactFixture } from "./impact-fixture.ts";

describe(`impact (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    // After the fixture's event (18 March 2027): everything in it has taken place.
    services.clock.set(new Date("2027-06-01T12:00:00Z"));
    const fixture = await insertImpactFixture(services.db);
    coordinator = await insertUser(services.db, { id: "coord-impact", name: "Coördinator", email: "coord@impact.test" });
    await insertCoordinator(services.db, fixture.net, coordinator);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("computes the figures per school year from what took place in the network", async () => {
    const impact = await getNetworkImpact(services, null, { slug: "impact-net" });
    expect(impact.isCoordinator).toBe(false);
    expect(impact.figures).toEqual([
      {
        schoolYear: "2026-2027",
        // Lessons by company X (48 pupils) and provider P (19, from the evaluation); the scheduled,
        // cancelled and other network's appointments do not count.
        guestLessons: 2,
        companyVisits: 1,
        eventVisits: 1,
        pupilsReached: 48 + 19 + 22 + 24,
        activeSchools: 2,
        // X and Y; provider P is not an employer.
        activeCompanies: 2,
        employeesTrained: 2,
        eventAttendance: 24,
      },
      {
        schoolYear: "2025-2026",
        guestLessons: 1,
        companyVisits: 0,
        eventVisits: 0,
        pupilsReached: 30,
        activeSchools: 1,
        activeCompanies: 1,
        employeesTrained: 0,
        eventAttendance: 0,
      },
    ]);
    expect((await getNetworkImpact(services, coordinator, { slug: "impact-net" })).isCoordinator).toBe(true);
  });

  it("counts attendance at an event only once the visit has begun", async () => {
    const figures = async (at: string) => {
      services.clock.set(new Date(at));
      return (await getNetworkImpact(services, null, { slug: "impact-net" })).figures.find((f) => f.schoolYear === "2026-2027")!;
    };
    try {
      // The host's "present, 24 pupils" is in the database, but the visit starts at 09:00 Amsterdam time (08:00 UTC).
      expect(await figures("2026-12-01T10:00:00Z")).toMatchObject({ eventVisits: 0, eventAttendance: 0, pupilsReached: 48 + 19 + 22 });
      expect(await figures("2027-03-18T07:59:00Z")).toMatchObject({ eventVisits: 0, eventAttendance: 0 });
      expect(await figures("2027-03-18T08:00:00Z")).toMatchObject({ eventVisits: 1, eventAttendance: 24, pupilsReached: 48 + 19 + 22 + 24 });
      services.clock.set(new Date("2026-12-01T10:00:00Z"));
      const ledger = await getEncounterLedger(services, coordinator, { slug: "impact-net" });
      expect(ledger.lines.find((l) => l.schoolName === "school a" && l.level === "havo")).toMatchObject({ groupsKnown: 2, groupsReached: 0 });
    } finally {
      services.clock.set(new Date("2027-06-01T12:00:00Z"));
    }
  });

  it("keeps the ledger of meaningful encounters per school, level and school year", async () => {
    const ledger = await getEncounterLedger(services, coordinator, { slug: "impact-net" });
    const line = (l: { schoolName: string; level: string; schoolYear: string; groupsKnown: number; groupsReached: number }) =>
      `${l.schoolYear} ${l.schoolName} ${l.level} ${l.groupsReached}/${l.groupsKnown}`;
    expect(ledger.lines.map(line)).toEqual([
      "2026-2027 school a havo 1/2",
      "2026-2027 school a vmbo-kader 2/2",
      "2026-2027 school b havo 0/1",
      "2026-2027 school b vmbo-basis 0/1",
      "2026-2027 school b vwo 0/1",
      "2025-2026 school a vmbo-kader 1/1",
    ]);
    expect(ledger.unreached.map(line)).toEqual(["2026-2027 school b havo 0/1", "2026-2027 school b vmbo-basis 0/1", "2026-2027 school b vwo 0/1"]);
  });

  it("shows the ledger to the network's coordinators only", async () => {
    await expect(getEncounterLedger(services, null, { slug: "impact-net" })).rejects.toBeInstanceOf(DomainError);
    await expect(getEncounterLedger(services, coordinator, { slug: "ander-net" })).rejects.toBeInstanceOf(DomainError);
    await expect(getNetworkImpact(services, null, { slug: "bestaat-niet" })).rejects.toBeInstanceOf(DomainError);
  });

  it("exports figures and ledger as XLSX and PDF for coordinators", async () => {
    const xlsx = await exportImpactReport(services, coordinator, { slug: "impact-net", format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Impact")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Cijfer", "2026-2027", "2025-2026"]);
    expect(sheet.getRow(5).values).toEqual([undefined, "Bereikte leerlingen", 113, 30]);
    const ledger = wb.worksheets[1]!;
    expect(ledger.rowCount).toBe(7);
    expect(ledger.getRow(2).values).toEqual([undefined, "2026-2027", "school a", "havo", 2, 1]);
    const pdf = await exportImpactReport(services, coordinator, { slug: "impact-net", format: "pdf" });
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    await expect(exportImpactReport(services, null, { slug: "impact-net", format: "xlsx" })).rejects.toBeInstanceOf(DomainError);
  });
});
