import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { milestone, user } from "~/db/schema/index.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { DomainError } from "~/domain/errors.ts";
import { loadProgramme } from "~/services/programmes/load-programme.server.ts";
import { listProgrammes } from "~/services/programmes/list-programmes.server.ts";
import { postProgressUpdate } from "~/services/programmes/post-progress-update.server.ts";
import { completeMilestone } from "~/services/programmes/complete-milestone.server.ts";
import { addMilestone } from "~/services/programmes/add-milestone.server.ts";
import { programmeReportPdf, programmeReportXlsx } from "~/services/programmes/programme-report.server.ts";

const STO = "sterk-techniek-onderwijs-deventer-twello";

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the use-case to refuse");
}

describe(`programmes (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  const demo = async (email: string): Promise<SessionUser> => {
    const [u] = await services.db.select().from(user).where(eq(user.email, email));
    return { id: u!.id, name: u!.name, email: u!.email, emailVerified: true, role: u!.role ?? "user", locale: "nl" };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    await seedIfEmpty(services);
    services.clock.set(new Date("2024-06-15T10:00:00+02:00"));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("shows the coordinator three goals and nine projects, overdue milestones first", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    const view = await loadProgramme(services, coordinator, STO);
    expect(view.canManage).toBe(true);
    expect(view.goals.map((g) => g.position)).toEqual([1, 2, 3]);
    expect(view.projects).toHaveLength(9);
    expect(view.goals[0]!.title).toBe("Instroombevordering in het technisch onderwijs");
    // Late on 15 June 2024: rolmodellen (1 March), keuzevak agritechniek (1 Feb), lasrobot (1 April), evaluatie (31 May).
    expect(view.overdue.map((m) => m.dueOn)).toEqual(["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-31"]);
    expect(view.overdue.every((m) => m.daysLate > 0)).toBe(true);
    // Within goal 1, projects with late milestones come before those without.
    const goal1 = view.goals[0]!.projects;
    const firstOnTime = goal1.findIndex((p) => p.lateCount === 0);
    expect(goal1.slice(firstOnTime).every((p) => p.lateCount === 0)).toBe(true);
    expect(goal1[0]!.lateCount).toBeGreaterThan(0);
    // A goal is as bad as its worst project: goal 1 holds project 3 (red).
    expect(view.goals[0]!.rag).toBe("red");
    // Within a project, the late milestone comes first; "Afspraken na juli 2024" is still planned.
    const p9 = view.projects.find((p) => p.position === 9)!;
    expect(p9.milestones[0]!.state).toBe("planned");
    expect(p9.milestones.map((m) => m.state)).toEqual(["planned", "done", "done"]);
    const mkb = await loadProgramme(services, coordinator, "mkb-deal-maakindustrie-utrecht-west");
    expect(mkb.projects.map((p) => p.title)).toEqual([
      "Technohub Woerden (M.A.K.E. Center)",
      "Vakcentrum voor de maakindustrie (Nieuwegein)",
      "Makerspace Mijdrecht",
    ]);
    expect(mkb.canManage).toBe(false);
  });

  it("lists programmes with the coordinator's own first; visitors see none", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    const list = await listProgrammes(services, coordinator);
    expect(list[0]).toMatchObject({ slug: STO, goals: 3, projects: 9, coordinated: true });
    expect((await rejection(listProgrammes(services, null))).kind).toBe("forbidden");
  });

  it("lets the coordinator post an update and mark a milestone done; the status follows", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    services.clock.set(new Date("2024-06-16T09:00:00+02:00"));
    await postProgressUpdate(services, coordinator, { programmeSlug: STO, projectPosition: 3, text: "Acht rolmodellen toegezegd.", rag: "green" });
    let view = await loadProgramme(services, coordinator, STO);
    const p3 = view.projects.find((p) => p.position === 3)!;
    expect(p3.rag).toBe("green");
    expect(p3.latestUpdate?.text).toBe("Acht rolmodellen toegezegd.");
    expect(p3.updates[0]!.author).toBe("Fatima El Amrani (demo)");

    const late = p3.milestones.find((m) => m.state === "late")!;
    await completeMilestone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: late.id });
    view = await loadProgramme(services, coordinator, STO);
    expect(view.overdue.map((m) => m.id)).not.toContain(late.id);
    const [stored] = await services.db.select().from(milestone).where(eq(milestone.id, late.id));
    expect(stored!.status).toBe("done");
    expect(stored!.doneAt?.toISOString()).toBe(new Date("2024-06-16T09:00:00+02:00").toISOString());
    expect((await rejection(completeMilestone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: late.id }))).kind).toBe("conflict");
    // A milestone of another project cannot be completed through this one.
    const other = view.projects.find((p) => p.position === 7)!.milestones.find((m) => m.state === "late")!;
    expect((await rejection(completeMilestone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: other.id }))).kind).toBe("not_found");
  });

  it("lets team members report, not outsiders; only coordinators get the report", async () => {
    const teacher = await demo("docent@demo.technohub.nl"); // a Utrecht school: no seat in any STO team
    const company = await demo("bedrijf@demo.technohub.nl"); // Kiremko: a seat in the Technohub Woerden team
    expect((await rejection(postProgressUpdate(services, teacher, { programmeSlug: STO, projectPosition: 1, text: "x", rag: "green" }))).kind).toBe("forbidden");
    await postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, text: "Gastlessen gegeven.", rag: "green" });
    await addMilestone(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, title: "Open dag", dueOn: "2024-10-01" });
    expect(
      (await rejection(postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 2, text: "x", rag: "green" }))).kind,
    ).toBe("forbidden");
    expect((await rejection(programmeReportPdf(services, company, STO))).kind).toBe("forbidden");
    expect((await rejection(postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, text: "  ", rag: "green" }))).kind).toBe("invalid");
  });

  it("renders the report as a PDF and as an XLSX with one sheet per section", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    const pdf = await programmeReportPdf(services, coordinator, STO);
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.filename).toMatch(/^rapportage-sterk-techniek-onderwijs-deventer-twello-\d{4}-\d{2}-\d{2}\.pdf$/);
    const xlsx = await programmeReportXlsx(services, coordinator, STO);
    expect(xlsx.content.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Programma", "Doelen", "Projecten", "Mijlpalen", "Updates"]);
    expect(wb.getWorksheet("Doelen")!.rowCount).toBe(4);
    expect(wb.getWorksheet("Projecten")!.rowCount).toBe(10);
    expect(wb.getWorksheet("Projecten")!.getRow(4).getCell(2).value).toBe("Verbeteren aandacht voor meer meiden in de techniek");
  });
});
