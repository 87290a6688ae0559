import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { milestone, network, organisation, programme, programmeGoal, project, projectGoal, projectTeamMember, user } from "~/db/schema/index.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { DomainError } from "~/domain/errors.ts";
import { getProgramme } from "~/services/programmes/get-programme.server.ts";
import { listProgrammes } from "~/services/programmes/list-programmes.server.ts";
import { postProgressUpdate } from "~/services/programmes/post-progress-update.server.ts";
import { recordMilestoneDone } from "~/services/programmes/record-milestone-done.server.ts";
import { createMilestone } from "~/services/programmes/create-milestone.server.ts";
import { exportProgrammeReport } from "~/services/programmes/export-programme-report.server.ts";
import { createProgramme } from "~/services/programmes/create-programme.server.ts";
import { updateProgramme } from "~/services/programmes/update-programme.server.ts";
import { createGoal } from "~/services/programmes/create-goal.server.ts";
import { updateGoal } from "~/services/programmes/update-goal.server.ts";
import { updateGoalPosition } from "~/services/programmes/update-goal-position.server.ts";
import { removeGoal } from "~/services/programmes/remove-goal.server.ts";
import { createProject } from "~/services/programmes/create-project.server.ts";
import { updateProject } from "~/services/programmes/update-project.server.ts";
import { removeProject } from "~/services/programmes/remove-project.server.ts";
import { assignTeamMember } from "~/services/programmes/assign-team-member.server.ts";
import { assignTeamLead } from "~/services/programmes/assign-team-lead.server.ts";
import { removeTeamMember } from "~/services/programmes/remove-team-member.server.ts";
import { updateMilestone } from "~/services/programmes/update-milestone.server.ts";
import { removeMilestone } from "~/services/programmes/remove-milestone.server.ts";
import { getProgrammeEditor } from "~/services/programmes/get-programme-editor.server.ts";
import { getNewProgrammeForm } from "~/services/programmes/get-new-programme-form.server.ts";

const STO = "sterk-techniek-onderwijs-deventer-twello";

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
    const view = await getProgramme(services, coordinator, { slug: STO });
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
    const mkb = await getProgramme(services, coordinator, { slug: "mkb-deal-maakindustrie-utrecht-west" });
    expect(mkb.projects.map((p) => p.title)).toEqual([
      "Technohub Woerden (M.A.K.E. Center)",
      "Vakcentrum voor de maakindustrie (Nieuwegein)",
      "Makerspace Mijdrecht",
    ]);
    expect(mkb.canManage).toBe(false);
  });

  it("lists programmes with the coordinator's own first; visitors see none", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    const { programmes: list, canStart } = await listProgrammes(services, coordinator);
    expect(canStart).toBe(true);
    expect(list[0]).toMatchObject({ slug: STO, goals: 3, projects: 9, coordinated: true });
    expect((await rejection(listProgrammes(services, null))).kind).toBe("forbidden");
  });

  it("lets the coordinator post an update and mark a milestone done; the status follows", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    services.clock.set(new Date("2024-06-16T09:00:00+02:00"));
    await postProgressUpdate(services, coordinator, { programmeSlug: STO, projectPosition: 3, text: "Acht rolmodellen toegezegd.", rag: "green" });
    let view = await getProgramme(services, coordinator, { slug: STO });
    const p3 = view.projects.find((p) => p.position === 3)!;
    expect(p3.rag).toBe("green");
    expect(p3.latestUpdate?.text).toBe("Acht rolmodellen toegezegd.");
    expect(p3.updates[0]!.author).toBe("Fatima El Amrani (demo)");

    const late = p3.milestones.find((m) => m.state === "late")!;
    await recordMilestoneDone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: late.id });
    view = await getProgramme(services, coordinator, { slug: STO });
    expect(view.overdue.map((m) => m.id)).not.toContain(late.id);
    const [stored] = await services.db.select().from(milestone).where(eq(milestone.id, late.id));
    expect(stored!.status).toBe("done");
    expect(stored!.doneAt?.toISOString()).toBe(new Date("2024-06-16T09:00:00+02:00").toISOString());
    expect((await rejection(recordMilestoneDone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: late.id }))).kind).toBe("conflict");
    // A milestone of another project cannot be completed through this one.
    const other = view.projects.find((p) => p.position === 7)!.milestones.find((m) => m.state === "late")!;
    expect((await rejection(recordMilestoneDone(services, coordinator, { programmeSlug: STO, projectPosition: 3, milestoneId: other.id }))).kind).toBe("not_found");
  });

  it("lets team members report, not outsiders; only coordinators get the report", async () => {
    const teacher = await demo("docent@demo.technohub.nl"); // a Utrecht school: no seat in any STO team
    const company = await demo("bedrijf@demo.technohub.nl"); // Kiremko: a seat in the Technohub Woerden team
    expect((await rejection(postProgressUpdate(services, teacher, { programmeSlug: STO, projectPosition: 1, text: "x", rag: "green" }))).kind).toBe("forbidden");
    await postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, text: "Gastlessen gegeven.", rag: "green" });
    await createMilestone(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, title: "Open dag", dueOn: "2024-10-01" });
    expect(
      (await rejection(postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 2, text: "x", rag: "green" }))).kind,
    ).toBe("forbidden");
    expect((await rejection(exportProgrammeReport(services, company, { slug: STO, format: "pdf" }))).kind).toBe("forbidden");
    expect((await rejection(postProgressUpdate(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, text: "  ", rag: "green" }))).kind).toBe("invalid");
  });

  it("renders the report as a PDF and as an XLSX with one sheet per section", async () => {
    const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
    const pdf = await exportProgrammeReport(services, coordinator, { slug: STO, format: "pdf" });
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.filename).toMatch(/^rapportage-sterk-techniek-onderwijs-deventer-twello-\d{4}-\d{2}-\d{2}\.pdf$/);
    const xlsx = await exportProgrammeReport(services, coordinator, { slug: STO, format: "xlsx" });
    expect(xlsx.content.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Programma", "Doelen", "Projecten", "Mijlpalen", "Updates"]);
    expect(wb.getWorksheet("Doelen")!.rowCount).toBe(4);
    expect(wb.getWorksheet("Projecten")!.rowCount).toBe(10);
    expect(wb.getWorksheet("Projecten")!.getRow(4).getCell(2).value).toBe("Verbeteren aandacht voor meer meiden in de techniek");
  });

  describe("the programme editor", () => {
    const networkId = async (slug: string) => (await services.db.select({ id: network.id }).from(network).where(eq(network.slug, slug)))[0]!.id;
    const orgId = async (slug: string) => (await services.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, slug)))[0]!.id;
    const details = { name: "Techniek in de wijk", description: "Samen met de wijkcentra.", funders: "Gemeente Deventer", startsOn: "2024-09-01", endsOn: "2026-07-31" };
    const goalsOf = async (slug: string) => {
      const [p] = await services.db.select({ id: programme.id }).from(programme).where(eq(programme.slug, slug));
      return services.db.select({ id: programmeGoal.id, position: programmeGoal.position, title: programmeGoal.title }).from(programmeGoal).where(eq(programmeGoal.programmeId, p!.id)).orderBy(asc(programmeGoal.position));
    };
    const leads = async (projectId: string) => services.db.select({ id: projectTeamMember.id }).from(projectTeamMember).where(and(eq(projectTeamMember.projectId, projectId), eq(projectTeamMember.isLead, true)));

    it("lets a coordinator start a programme for a network they coordinate, with a unique slug from the name", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const sto = await networkId(STO);
      expect((await getNewProgrammeForm(services, coordinator)).choice).toMatchObject({ step: "select", networks: [{ id: sto }] });
      const first = await createProgramme(services, coordinator, { ...details, networkId: sto });
      expect(first.slug).toBe("techniek-in-de-wijk");
      const second = await createProgramme(services, coordinator, { ...details, networkId: sto });
      expect(second.slug).toBe("techniek-in-de-wijk-2");
      // "nieuw" is the address of the form itself.
      expect((await createProgramme(services, coordinator, { ...details, name: "Nieuw", networkId: sto })).slug).toBe("nieuw-2");
      const view = await getProgrammeEditor(services, coordinator, { slug: first.slug });
      expect(view).toMatchObject({ name: "Techniek in de wijk", funders: "Gemeente Deventer", startsOn: "2024-09-01", endsOn: "2026-07-31", canManage: true });
      expect(view.network.id).toBe(sto);
    });

    it("refuses a period that ends before it starts, beside the end date", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const error = await rejection(createProgramme(services, coordinator, { ...details, startsOn: "2026-01-01", endsOn: "2025-12-31", networkId: await networkId(STO) }));
      expect(error).toMatchObject({ kind: "invalid", field: "endsOn", message: "programmes.form.periodOrder" });
      const edit = await rejection(updateProgramme(services, coordinator, { slug: "techniek-in-de-wijk", ...details, startsOn: "2024-09-01", endsOn: "2024-09-01" }));
      expect(edit).toMatchObject({ kind: "invalid", field: "endsOn" });
      expect((await rejection(updateProgramme(services, coordinator, { slug: "techniek-in-de-wijk", ...details, startsOn: "2024-02-30" }))).field).toBe("startsOn");
    });

    it("refuses programmes for networks the user does not coordinate, and edits by outsiders", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const utrecht = await demo("coordinator.utrecht@demo.technohub.nl");
      const teacher = await demo("docent@demo.technohub.nl");
      const sto = await networkId(STO);
      expect(await rejection(createProgramme(services, utrecht, { ...details, networkId: sto }))).toMatchObject({ kind: "invalid", field: "networkId", message: "networkChoice.notChoosable" });
      expect((await rejection(createProgramme(services, teacher, { ...details, networkId: sto }))).kind).toBe("forbidden");
      expect((await rejection(createProgramme(services, null, { ...details, networkId: sto }))).kind).toBe("forbidden");
      expect((await rejection(getNewProgrammeForm(services, teacher))).kind).toBe("forbidden");
      expect((await rejection(updateProgramme(services, utrecht, { slug: "techniek-in-de-wijk", ...details }))).kind).toBe("forbidden");
      expect((await rejection(getProgrammeEditor(services, teacher, { slug: "techniek-in-de-wijk" }))).kind).toBe("forbidden");
      expect((await rejection(createGoal(services, utrecht, { slug: "techniek-in-de-wijk", title: "x" }))).kind).toBe("forbidden");
      expect((await rejection(updateProgramme(services, coordinator, { slug: "bestaat-niet", ...details }))).kind).toBe("not_found");
      // A platform admin runs any programme.
      const admin = await demo("beheer@demo.technohub.nl");
      await updateProgramme(services, admin, { slug: "techniek-in-de-wijk", ...details, name: "Techniek in de wijk Deventer" });
      const [row] = await services.db.select().from(programme).where(eq(programme.slug, "techniek-in-de-wijk"));
      expect(row!.name).toBe("Techniek in de wijk Deventer"); // the slug stays
    });

    it("numbers goals 1…n through adding, moving and removing, also when coordinators add at once", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const slug = "techniek-in-de-wijk";
      await createGoal(services, coordinator, { slug: slug, title: "Meer leerlingen kiezen techniek", indicator: "Aandeel technische profielen", target: "15% in 2026" });
      await Promise.all(["Docenten bijscholen", "Bedrijven in de klas", "Ouders betrekken"].map((title) => createGoal(services, coordinator, { slug: slug, title })));
      let goals = await goalsOf(slug);
      expect(goals.map((g) => g.position)).toEqual([1, 2, 3, 4]);
      expect(goals[0]!.title).toBe("Meer leerlingen kiezen techniek");
      // Which of the three simultaneous ones came first is up to the database; each got its own number.
      expect(new Set(goals.slice(1).map((g) => g.title))).toEqual(new Set(["Docenten bijscholen", "Bedrijven in de klas", "Ouders betrekken"]));
      const [first, second, third, fourth] = goals as [(typeof goals)[0], (typeof goals)[0], (typeof goals)[0], (typeof goals)[0]];

      // Moving up swaps two numbers; the unique index must hold at every step.
      await updateGoalPosition(services, coordinator, { slug: slug, goalId: fourth.id, direction: "up" });
      await updateGoalPosition(services, coordinator, { slug: slug, goalId: fourth.id, direction: "up" });
      goals = await goalsOf(slug);
      expect(goals.map((g) => g.id)).toEqual([first.id, fourth.id, second.id, third.id]);
      expect(goals.map((g) => g.position)).toEqual([1, 2, 3, 4]);
      // At the top it stays the top.
      await updateGoalPosition(services, coordinator, { slug: slug, goalId: first.id, direction: "up" });
      expect((await goalsOf(slug)).map((g) => g.id)).toEqual([first.id, fourth.id, second.id, third.id]);

      await updateGoal(services, coordinator, { slug: slug, goalId: fourth.id, title: "Ouders en verzorgers betrekken", indicator: "Ouderavonden", target: null });
      await removeGoal(services, coordinator, { slug: slug, goalId: first.id });
      goals = await goalsOf(slug);
      expect(goals.map((g) => [g.position, g.id])).toEqual([
        [1, fourth.id],
        [2, second.id],
        [3, third.id],
      ]);
      expect(goals[0]!.title).toBe("Ouders en verzorgers betrekken");
      expect((await rejection(updateGoal(services, coordinator, { slug: slug, goalId: fourth.id, title: " " }))).field).toBe("title");
      expect((await rejection(removeGoal(services, coordinator, { slug: slug, goalId: "00000000-0000-0000-0000-000000000000" }))).kind).toBe("not_found");
      // A goal of another programme cannot be reached through this one.
      const stoGoal = (await goalsOf(STO))[0]!;
      expect((await rejection(updateGoal(services, coordinator, { slug: slug, goalId: stoGoal.id, title: "x" }))).kind).toBe("not_found");
    });

    it("keeps projects under goals of their own programme, at least one, and renumbers after a removal", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const slug = "techniek-in-de-wijk";
      const [g1, g2, g3] = await goalsOf(slug);
      expect(await rejection(createProject(services, coordinator, { slug: slug, title: "Zonder doel", goals: [] }))).toMatchObject({ kind: "invalid", field: "goals" });
      const stoGoal = (await goalsOf(STO))[0]!;
      expect((await rejection(createProject(services, coordinator, { slug: slug, title: "Vreemd doel", goals: [stoGoal.id] }))).field).toBe("goals");

      const a = await createProject(services, coordinator, { slug: slug, title: "Techniekcafé", description: "Ouders en bedrijven aan tafel.", goals: [g1!.id, g2!.id] });
      const b = await createProject(services, coordinator, { slug: slug, title: "Gastlessen in de wijk", goals: [g3!.id] });
      expect([a.position, b.position]).toEqual([1, 2]);
      let view = await getProgrammeEditor(services, coordinator, { slug: slug });
      expect(view.projects.find((p) => p.id === a.id)!.goalPositions).toEqual([1, 2]);
      expect(view.goals[2]!.projects.map((p) => p.title)).toEqual(["Gastlessen in de wijk"]);

      // Goal 3 is project 2's only goal: it cannot go until the project serves another.
      expect(await rejection(removeGoal(services, coordinator, { slug: slug, goalId: g3!.id }))).toMatchObject({ kind: "conflict", message: "programmes.goal.stillServed" });
      await updateProject(services, coordinator, { programmeSlug: slug, projectPosition: 2, title: "Gastlessen in de wijk", description: "", goals: [g2!.id, g3!.id] });
      await removeGoal(services, coordinator, { slug: slug, goalId: g3!.id });
      view = await getProgrammeEditor(services, coordinator, { slug: slug });
      expect(view.projects.find((p) => p.id === b.id)!.goalPositions).toEqual([2]);

      await removeProject(services, coordinator, { slug: slug, projectId: a.id });
      const rows = await services.db.select({ id: project.id, position: project.position }).from(project).where(eq(project.programmeId, view.id));
      // The others keep their numbers: reports and open pages know a project by it.
      expect(rows).toEqual([{ id: b.id, position: 2 }]);
      // A second click on the same removal finds nothing, and removes nothing else.
      expect((await rejection(removeProject(services, coordinator, { slug: slug, projectId: a.id }))).kind).toBe("not_found");
      expect((await rejection(updateProject(services, await demo("docent@demo.technohub.nl"), { programmeSlug: slug, projectPosition: 2, title: "x", goals: [g1!.id] }))).kind).toBe("forbidden");
    });

    it("gives a team exactly one lead: the first seat, then moved in one step", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const slug = "techniek-in-de-wijk";
      const { id: projectId, position } = (await getProgrammeEditor(services, coordinator, { slug: slug })).projects[0]!;
      const at = { programmeSlug: slug, projectPosition: position };
      const first = await assignTeamMember(services, coordinator, { ...at, organisationId: await orgId("etty-hillesum-lyceum"), role: "Docent techniek" });
      const second = await assignTeamMember(services, coordinator, { ...at, organisationId: await orgId("roc-aventus"), role: "Hybride docent", email: "Docent@demo.technohub.nl" });
      expect([first.isLead, second.isLead]).toEqual([true, false]);
      expect((await rejection(assignTeamMember(services, coordinator, { ...at, organisationId: await orgId("roc-aventus"), role: "x", email: "niemand@example.org" }))).field).toBe("email");
      expect((await rejection(assignTeamMember(services, coordinator, { ...at, organisationId: await orgId("roc-aventus"), role: " " }))).field).toBe("role");

      await assignTeamLead(services, coordinator, { ...at, seatId: second.id });
      expect(await leads(projectId)).toEqual([{ id: second.id }]);
      const team = (await getProgrammeEditor(services, coordinator, { slug: slug })).projects[0]!.team;
      expect(team[0]).toMatchObject({ id: second.id, isLead: true, role: "Hybride docent", person: expect.stringContaining("(demo)") });

      // Two coordinators moving the lead at once: one wins, the team never has two.
      await Promise.all([assignTeamLead(services, coordinator, { ...at, seatId: first.id }), assignTeamLead(services, coordinator, { ...at, seatId: second.id })]);
      expect(await leads(projectId)).toHaveLength(1);

      await assignTeamLead(services, coordinator, { ...at, seatId: first.id });
      expect(await rejection(removeTeamMember(services, coordinator, { ...at, seatId: first.id }))).toMatchObject({ kind: "conflict", message: "programmes.team.removeLeadFirst" });
      await removeTeamMember(services, coordinator, { ...at, seatId: second.id });
      await removeTeamMember(services, coordinator, { ...at, seatId: first.id });
      expect(await leads(projectId)).toEqual([]);
      expect((await rejection(assignTeamLead(services, coordinator, { ...at, seatId: first.id }))).kind).toBe("not_found");
      // A team member reports on a project but does not run its team.
      const company = await demo("bedrijf@demo.technohub.nl");
      expect((await rejection(assignTeamMember(services, company, { programmeSlug: "mkb-deal-maakindustrie-utrecht-west", projectPosition: 1, organisationId: await orgId("roc-aventus"), role: "x" }))).kind).toBe("forbidden");
    });

    it("lets those who plan milestones correct and remove them", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const slug = "techniek-in-de-wijk";
      const { position } = (await getProgrammeEditor(services, coordinator, { slug: slug })).projects[0]!;
      const at = { programmeSlug: slug, projectPosition: position };
      const { id } = await createMilestone(services, coordinator, { ...at, title: "Eerste techniekcafé", dueOn: "2024-10-01" });
      await updateMilestone(services, coordinator, { ...at, milestoneId: id, title: "Eerste techniekcafé in De Hoven", dueOn: "2024-11-05" });
      const [stored] = await services.db.select().from(milestone).where(eq(milestone.id, id));
      expect(stored).toMatchObject({ title: "Eerste techniekcafé in De Hoven", dueOn: "2024-11-05", status: "planned" });
      expect((await rejection(updateMilestone(services, coordinator, { ...at, milestoneId: id, title: "x", dueOn: "2024-13-01" }))).field).toBe("dueOn");
      const teacher = await demo("docent@demo.technohub.nl");
      expect((await rejection(updateMilestone(services, teacher, { ...at, milestoneId: id, title: "x", dueOn: "2024-11-05" }))).kind).toBe("forbidden");
      expect((await rejection(removeMilestone(services, teacher, { ...at, milestoneId: id }))).kind).toBe("forbidden");
      await removeMilestone(services, coordinator, { ...at, milestoneId: id });
      expect(await services.db.select().from(milestone).where(eq(milestone.id, id))).toEqual([]);
      expect((await rejection(removeMilestone(services, coordinator, { ...at, milestoneId: id }))).kind).toBe("not_found");
    });

    it("never leaves a project without a goal when its goals change while a goal is removed", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const { slug } = await createProgramme(services, coordinator, { ...details, name: "Doelen tegelijk", networkId: await networkId(STO) });
      for (let round = 0; round < 6; round++) {
        const keep = await createGoal(services, coordinator, { slug: slug, title: `Blijft ${round}` });
        const goes = await createGoal(services, coordinator, { slug: slug, title: `Gaat weg ${round}` });
        const { position, id } = await createProject(services, coordinator, { slug: slug, title: `Project ${round}`, goals: [keep.id, goes.id] });
        // One coordinator narrows the project to the goal the other is removing.
        const results = await Promise.allSettled([
          removeGoal(services, coordinator, { slug: slug, goalId: goes.id }),
          updateProject(services, coordinator, { programmeSlug: slug, projectPosition: position, title: `Project ${round}`, goals: [goes.id] }),
        ]);
        for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(DomainError);
        const goals = await services.db.select().from(projectGoal).where(eq(projectGoal.projectId, id));
        expect(goals.length, `round ${round}`).toBeGreaterThan(0);
      }
    });

    it("answers a project number from the address that is no number with not found, not a failed query", async () => {
      const coordinator = await demo("coordinator.deventer@demo.technohub.nl");
      const slug = "techniek-in-de-wijk";
      const [goal] = await goalsOf(slug);
      const organisationId = await orgId("roc-aventus");
      // /programmas/…/projecten/abc/bewerken, …/1.5/team, a number beyond the integer column.
      for (const nr of [Number("abc"), 1.5, 1e12, 0]) {
        expect((await rejection(updateProject(services, coordinator, { programmeSlug: slug, projectPosition: nr, title: "x", goals: [goal!.id] }))).kind, String(nr)).toBe("not_found");
        expect((await rejection(assignTeamMember(services, coordinator, { programmeSlug: slug, projectPosition: nr, organisationId, role: "x" }))).kind, String(nr)).toBe("not_found");
        expect((await rejection(createMilestone(services, coordinator, { programmeSlug: slug, projectPosition: nr, title: "x", dueOn: "2024-10-01" }))).kind, String(nr)).toBe("not_found");
      }
    });
  });
});
