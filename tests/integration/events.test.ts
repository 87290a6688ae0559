import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import ExcelJS from "exceljs";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertOrganisation, signUpUser } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { assignmentRun, event, eventAssignment, mailOutbox, membership } from "~/db/schema/index.ts";
import { checkResult } from "~/domain/events/assignment/checker.ts";
import type { Result } from "~/domain/events/assignment/types.ts";
import { registerSlot } from "~/services/events/register-slot.server.ts";
import { registerGroup } from "~/services/events/register-group.server.ts";
import { createAssignmentRun } from "~/services/events/create-assignment-run.server.ts";
import { assignGroups } from "~/services/events/assign-groups.server.ts";
import { ASSIGNMENT_RUN_JOB, eventJobs } from "~/services/events/jobs.server.ts";
import { getAssignmentReview } from "~/services/events/get-assignment-review.server.ts";
import { updateAssignment } from "~/services/events/update-assignment.server.ts";
import { publishEvent } from "~/services/events/publish-event.server.ts";
import { getPublicationAudience } from "~/services/events/get-publication-audience.server.ts";
import { getSchedule } from "~/services/events/get-schedule.server.ts";
import { exportSchedule } from "~/services/events/export-schedule.server.ts";
import { exportAssignment } from "~/services/events/export-assignment.server.ts";
import { recordAttendance } from "~/services/events/record-attendance.server.ts";
import { amsterdamMoment } from "~/domain/common/time.ts";
import { loadEventInstance } from "~/services/events/helpers/event-instance.server.ts";

const WINDOWS = [
  { key: "ochtend", label: "Ochtend", date: "2027-03-18", start: "09:00", end: "12:00" },
  { key: "middag", label: "Middag", date: "2027-03-18", start: "13:00", end: "16:00" },
];

describe(`events (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let host: SessionUser;
  let teacher: SessionUser;
  let outsider: SessionUser;
  let companyA: string;
  let companyB: string;
  let school: string;
  let farSchool: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(new Date("2027-02-01T10:00:00+01:00"));
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@netwerk.test" });
    host = await signUpUser(services, { name: "Hanna Host", email: "hanna@bedrijf.test" });
    teacher = await signUpUser(services, { name: "Dirk Docent", email: "dirk@school.test" });
    outsider = await signUpUser(services, { name: "Otto Buiten", email: "otto@elders.test" });
    const networkId = (await insertNetwork(services.db, { slug: "technet-t", name: "TechNet T" })).id;
    await insertCoordinator(services.db, networkId, coordinator);
    companyA = (await insertOrganisation(services.db, { slug: "bedrijf-a", name: "Bedrijf A", kind: "company", sector: "Installatietechniek", place: "Utrecht", lat: 52.09, lon: 5.12 })).id;
    companyB = (await insertOrganisation(services.db, { slug: "bedrijf-b", name: "Bedrijf B", kind: "company", sector: "Bouw", place: "Woerden", lat: 52.085, lon: 4.883 })).id;
    school = (await insertOrganisation(services.db, { slug: "school-u", name: "School U", kind: "school", place: "Utrecht", lat: 52.08, lon: 5.1, email: "info@school-u.test" })).id;
    farSchool = (await insertOrganisation(services.db, { slug: "school-g", name: "School G", kind: "school", place: "Groningen", lat: 53.22, lon: 6.57 })).id;
    await insertMembership(services.db, host, companyA, "admin");
    await insertMembership(services.db, host, companyB, "member");
    await insertMembership(services.db, teacher, school, "member");
    await insertMembership(services.db, teacher, farSchool, "member");
    await services.db.insert(event).values([
      {
        slug: "fvdt",
        networkId,
        name: "Feest van de Techniek",
        kind: "feest_van_de_techniek",
        startsOn: "2027-03-18",
        windows: WINDOWS,
        status: "open",
        defaultMaxKm: 40,
        hostRegistrationClosesOn: "2027-02-20",
        schoolRegistrationClosesOn: "2027-02-25",
      },
      { slug: "girlsday", networkId, name: "Girlsday", kind: "girlsday", startsOn: "2027-04-08", windows: WINDOWS, status: "open", girlsOnly: true, minGroupSize: 10 },
    ]);
    await services.jobs.start([ASSIGNMENT_RUN_JOB]);
  });

  afterAll(async () => {
    await database?.close();
  });

  const slot = (over: Partial<Parameters<typeof registerSlot>[2]> = {}) =>
    registerSlot(services, host, {
      slug: "fvdt",
      hostOrganisationId: companyA,
      window: "ochtend",
      capacityPupils: 30,
      maxGroups: 2,
      levels: ["vmbo-kader", "vmbo-basis"],
      sector: null,
      activity: "Rondleiding werkplaats",
      street: null,
      postcode: null,
      place: null,
      accessibilityNotes: "",
      ...over,
    });
  const group = (over: Partial<Parameters<typeof registerGroup>[2]> = {}, who = teacher) =>
    registerGroup(services, who, {
      slug: "fvdt",
      schoolOrganisationId: school,
      label: "3 kader A",
      size: 20,
      level: "vmbo-kader",
      windows: [],
      preferences: [{ hostId: companyA }],
      maxKm: null,
      girlsOnlyConfirmed: false,
      ...over,
    });

  it("hosts register slots; bad slots and outsiders are refused", async () => {
    await slot();
    await slot({ window: "middag", capacityPupils: null, maxGroups: 1 });
    await slot({ hostOrganisationId: companyB, capacityPupils: 25, maxGroups: null, levels: ["vmbo-kader"], activity: "Bouwplaats", place: "Woerden" });
    expect((await rejection(slot({ capacityPupils: null, maxGroups: null }))).field).toBe("capacityPupils");
    expect((await rejection(slot({ window: "avond" }))).field).toBe("window");
    expect((await rejection(slot({ levels: [] }))).field).toBe("levels");
    expect((await rejection(registerSlot(services, outsider, { ...(await slotInput()) }))).kind).toBe("forbidden");
    // A school cannot host.
    await insertMembership(services.db, host, school, "member");
    expect((await rejection(slot({ hostOrganisationId: school }))).field).toBe("hostOrganisationId");
    await services.db.delete(membership).where(and(eq(membership.userId, host.id), eq(membership.organisationId, school)));
  });

  async function slotInput() {
    return {
      slug: "fvdt",
      hostOrganisationId: companyA,
      window: "ochtend",
      capacityPupils: 30,
      maxGroups: 2,
      levels: ["vmbo-kader"],
      sector: null,
      activity: "x",
      street: null,
      postcode: null,
      place: null,
      accessibilityNotes: "",
    };
  }

  it("schools register groups within the rules of the event", async () => {
    await group();
    await group({ label: "3 kader B", size: 24, preferences: [{ sector: "bouw" }, { hostId: companyA }] });
    await group({ label: "2 basis", size: 16, level: "vmbo-basis", windows: ["middag"] });
    await group({ label: "4 kader Groningen", schoolOrganisationId: farSchool, size: 18 });
    expect((await rejection(group({ preferences: Array.from({ length: 6 }, (_, i) => ({ sector: `s${i}` })) }))).field).toBe("preferences");
    expect((await rejection(group({ preferences: [{ hostId: companyA }, { hostId: companyA }] }))).field).toBe("preferences");
    expect((await rejection(group({ size: 0 }))).field).toBe("size");
    expect((await rejection(group({}, outsider))).kind).toBe("forbidden");
    // Girlsday: girls only, at least ten.
    const girls = (over: Partial<Parameters<typeof registerGroup>[2]>) => group({ slug: "girlsday", ...over });
    expect((await rejection(girls({ size: 8, girlsOnlyConfirmed: true }))).field).toBe("size");
    expect((await rejection(girls({ size: 12 }))).field).toBe("girlsOnlyConfirmed");
    await girls({ size: 12, girlsOnlyConfirmed: true });
    // Registration closes on its date.
    services.clock.set(new Date("2027-02-26T10:00:00+01:00"));
    expect((await rejection(group())).kind).toBe("conflict");
    services.clock.set(new Date("2027-02-01T10:00:00+01:00"));
  });

  async function runJob() {
    const ran = await services.jobs.drain(ASSIGNMENT_RUN_JOB, (data) => eventJobs[0]!.run(services, data as Record<string, unknown>));
    expect(ran).toBe(1);
  }

  it("the coordinator runs the assignment as a job; the result satisfies every constraint", async () => {
    expect((await rejection(createAssignmentRun(services, outsider, { slug: "fvdt" }))).kind).toBe("forbidden");
    const { runId } = await createAssignmentRun(services, coordinator, { slug: "fvdt" });
    // A second start while one is queued is a conflict, not a second run.
    expect((await rejection(createAssignmentRun(services, coordinator, { slug: "fvdt" }))).kind).toBe("conflict");
    await runJob();
    const [run] = await services.db.select().from(assignmentRun).where(eq(assignmentRun.id, runId));
    expect(run!.status).toBe("done");
    expect(run!.progress).toBe(1);
    const [row] = await services.db.select().from(event).where(eq(event.slug, "fvdt"));
    expect(row!.status).toBe("assigning");
    const { instance } = await loadEventInstance(services.db, row!);
    expect(checkResult(instance, run!.result as unknown as Result)).toEqual([]);

    const review = await getAssignmentReview(services, coordinator, { slug: "fvdt" });
    expect(review.totals).toMatchObject({ groups: 4, assigned: 3, unassigned: 1 });
    const far = review.rows.find((r) => r.label === "4 kader Groningen")!;
    expect(far.slotId).toBeNull();
    expect(far.reason).toBe("no-slot-within-distance");
    // The sector wish for "bouw" matches company B's sector "Bouw".
    const b = review.rows.find((r) => r.label === "3 kader B")!;
    expect(b.rank).toBe(0);
    expect(review.stats.firstChoice).toBeCloseTo(3 / 4);
    await expect(getAssignmentReview(services, teacher, { slug: "fvdt" })).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("moves by hand: infeasible moves are refused, locked assignments survive a re-run", async () => {
    const review = await getAssignmentReview(services, coordinator, { slug: "fvdt" });
    const a = review.rows.find((r) => r.label === "3 kader A")!;
    const basis = review.rows.find((r) => r.label === "2 basis")!;
    const { slots } = await loadEventInstance(services.db, (await services.db.select().from(event).where(eq(event.slug, "fvdt")))[0]!);
    const bSlot = slots.find((s) => s.hostOrganisationId === companyB)!;
    const morningA = slots.find((s) => s.hostOrganisationId === companyA && s.window === "ochtend")!;
    // "2 basis" can only come in the afternoon and company B takes no basis.
    expect((await rejection(updateAssignment(services, coordinator, { slug: "fvdt", groupId: basis.id, slotId: bSlot.id, locked: true }))).field).toBe("slotId");
    expect((await rejection(updateAssignment(services, coordinator, { slug: "fvdt", groupId: basis.id, slotId: morningA.id, locked: true }))).field).toBe(
      "slotId",
    );
    // Company B's slot holds 25 pupils: "3 kader B" (24) is there, so "3 kader A" (20) does not fit.
    expect(
      (await rejection(updateAssignment(services, coordinator, { slug: "fvdt", groupId: a.id, slotId: bSlot.id, locked: true }))).kind,
    ).toBe("conflict");
    // Move "3 kader B" to company A's morning slot (30 pupils, 2 groups: A has 20 there → 44 > 30: refused)…
    const kaderB = review.rows.find((r) => r.label === "3 kader B")!;
    expect(a.slotId).toBe(morningA.id);
    expect((await rejection(updateAssignment(services, coordinator, { slug: "fvdt", groupId: kaderB.id, slotId: morningA.id, locked: true }))).kind).toBe(
      "conflict",
    );
    // …so move "3 kader A" to company A's afternoon slot (taken by "2 basis", one group): refused; take "2 basis" out first.
    await updateAssignment(services, coordinator, { slug: "fvdt", groupId: basis.id, slotId: null, locked: false });
    await updateAssignment(services, coordinator, { slug: "fvdt", groupId: a.id, slotId: basis.slotId!, locked: true });
    const [moved] = await services.db.select().from(eventAssignment).where(eq(eventAssignment.groupId, a.id));
    expect(moved).toMatchObject({ slotId: basis.slotId, locked: true, source: "manual" });

    await createAssignmentRun(services, coordinator, { slug: "fvdt" });
    await runJob();
    const [kept] = await services.db.select().from(eventAssignment).where(eq(eventAssignment.groupId, a.id));
    expect(kept).toMatchObject({ slotId: basis.slotId, locked: true, source: "manual" });
    const after = await getAssignmentReview(services, coordinator, { slug: "fvdt" });
    // "2 basis" can only go to the afternoon slot, which the locked group now fills.
    expect(after.rows.find((r) => r.label === "2 basis")!.reason).toBe("capacity");
  });

  it("a lock that breaks a capacity fails the run with the engine's message", async () => {
    // Simulate a stale lock: the coordinator's form is validated, so write it directly.
    const review = await getAssignmentReview(services, coordinator, { slug: "fvdt" });
    const basis = review.rows.find((r) => r.label === "2 basis")!;
    const afternoon = review.rows.find((r) => r.label === "3 kader A")!.slotId!;
    await services.db.insert(eventAssignment).values({ eventId: (await services.db.select().from(event).where(eq(event.slug, "fvdt")))[0]!.id, groupId: basis.id, slotId: afternoon, locked: true, source: "manual" });
    const { runId } = await createAssignmentRun(services, coordinator, { slug: "fvdt" });
    await runJob();
    const [run] = await services.db.select().from(assignmentRun).where(eq(assignmentRun.id, runId));
    expect(run!.status).toBe("failed");
    expect(run!.error).toMatch(/locked/);
    await services.db.delete(eventAssignment).where(eq(eventAssignment.groupId, basis.id));
  });

  it("progress is written while the engine runs", async () => {
    const { runId } = await createAssignmentRun(services, coordinator, { slug: "fvdt" });
    const seen: number[] = [];
    await assignGroups(services, null, {
      runId,
      solve: async (instance, options) => {
        const { solveAssignment } = await import("~/domain/events/assignment/solve.ts");
        options?.onProgress?.({ phase: "solve", fraction: 0.5 });
        // The write is chained behind earlier ones and not awaited by onProgress: wait for the row to
        // show it, while the engine still "runs" (this solve has not returned), instead of sleeping.
        // If it never lands, waitFor throws inside the run, nothing is seen and the check below fails.
        const mid = await vi.waitFor(
          async () => {
            const [row] = await services.db.select().from(assignmentRun).where(eq(assignmentRun.id, runId));
            expect(row!.progress).toBe(0.5);
            return row!;
          },
          { timeout: 10_000, interval: 20 },
        );
        seen.push(mid.progress);
        return solveAssignment(instance);
      },
    });
    expect(seen[0]).toBe(0.5);
    // Drain the queued job: the run is already done, so it does nothing.
    await services.jobs.drain(ASSIGNMENT_RUN_JOB, (data) => eventJobs[0]!.run(services, data as Record<string, unknown>));
    expect((await services.db.select().from(assignmentRun).where(eq(assignmentRun.id, runId)))[0]!.status).toBe("done");
  });

  it("publishing mails every school and host with a calendar; schedules, files and attendance follow", async () => {
    await expect(getSchedule(services, teacher, { slug: "fvdt", orgSlug: "school-u" })).rejects.toMatchObject({ kind: "not_found" });
    const before = (await services.db.select().from(mailOutbox)).length;
    // The confirmation step names what publishing will send, and sends nothing itself.
    const audience = await getPublicationAudience(services, coordinator, { slug: "fvdt" });
    expect(audience).toEqual({ schools: 2, hosts: 2, mails: 4, unreachable: 0 });
    expect((await services.db.select().from(mailOutbox)).length).toBe(before);
    await expect(getPublicationAudience(services, teacher, { slug: "fvdt" })).rejects.toMatchObject({ kind: "forbidden" });
    const { mails } = await publishEvent(services, coordinator, { slug: "fvdt" });
    expect(mails).toBe(audience.mails);
    const sent = (await services.db.select().from(mailOutbox)).slice(before);
    expect(mails).toBe(sent.length);
    // Host (one member, two companies), teacher (two schools).
    expect(sent.map((m) => m.to).sort()).toEqual(["dirk@school.test", "dirk@school.test", "hanna@bedrijf.test", "hanna@bedrijf.test"]);
    expect(sent.every((m) => m.attachments.length === 1 && m.text.includes("/evenementen/fvdt/rooster/"))).toBe(true);
    expect((await rejection(publishEvent(services, coordinator, { slug: "fvdt" }))).kind).toBe("conflict");
    expect((await rejection(getPublicationAudience(services, coordinator, { slug: "fvdt" }))).message).toBe("events.error.alreadyPublished");
    expect((await rejection(createAssignmentRun(services, coordinator, { slug: "fvdt" }))).kind).toBe("conflict");

    const schedule = await getSchedule(services, teacher, { slug: "fvdt", orgSlug: "school-u" });
    expect(schedule.items.length).toBe(2);
    await expect(getSchedule(services, outsider, { slug: "fvdt", orgSlug: "school-u" })).rejects.toMatchObject({ kind: "forbidden" });
    const ics = await exportSchedule(services, teacher, { slug: "fvdt", orgSlug: "school-u", format: "ics" });
    const parsed = new ICAL.Component(ICAL.parse(ics.body as string));
    const events = parsed.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.length).toBe(2);
    // 09:00 in Amsterdam in March (winter time) is 08:00 UTC.
    const starts = events.map((e) => e.startDate.toJSDate().toISOString()).sort();
    expect(starts).toContain("2027-03-18T08:00:00.000Z");
    const pdf = await exportSchedule(services, teacher, { slug: "fvdt", orgSlug: "school-u", format: "pdf" });
    expect((pdf.body as Buffer).subarray(0, 4).toString()).toBe("%PDF");

    const xlsx = await exportAssignment(services, coordinator, { slug: "fvdt" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    expect(workbook.getWorksheet("Groepen")!.rowCount).toBe(5);
    // A coordinator who reads English gets the workbook in English, time windows included.
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await exportAssignment(services, { ...coordinator!, locale: "en" }, { slug: "fvdt" })).body as never);
    expect(english.getWorksheet("Groups")!.getRow(1).values).toEqual([undefined, "School", "Group", "Pupils", "Level", "Company", "Time window", "Activity", "Town", "Preference", "Distance (km)", "Locked", "Source"]);
    expect(english.getWorksheet("Visit slots")).toBeDefined();
    await expect(exportAssignment(services, teacher, { slug: "fvdt" })).rejects.toMatchObject({ kind: "forbidden" });

    const hostSchedule = await getSchedule(services, host, { slug: "fvdt", orgSlug: "bedrijf-a" });
    const item = hostSchedule.items.find((i) => i.groups.length > 0)!;
    const visit = item.groups[0]!;
    // Six weeks ahead of the day, a "present" would be counted by the impact report as if it took place.
    const early = await rejection(recordAttendance(services, host, { slug: "fvdt", assignmentId: visit.assignmentId, status: "present", pupilsPresent: 19 }));
    expect(early).toMatchObject({ kind: "invalid", message: "events.error.attendanceTooEarly", field: "status" });
    // A minute before the visit's window begins (Amsterdam time) it is still refused; from its start it is recorded.
    const startsAt = amsterdamMoment(item.date, item.start);
    services.clock.set(new Date(startsAt - 60_000));
    expect((await rejection(recordAttendance(services, host, { slug: "fvdt", assignmentId: visit.assignmentId, status: "present", pupilsPresent: 19 }))).message).toBe(
      "events.error.attendanceTooEarly",
    );
    services.clock.set(new Date(startsAt));
    await recordAttendance(services, host, { slug: "fvdt", assignmentId: visit.assignmentId, status: "present", pupilsPresent: 19 });
    const again = await getSchedule(services, host, { slug: "fvdt", orgSlug: "bedrijf-a" });
    expect(again.items.flatMap((i) => i.groups).find((g) => g.assignmentId === visit.assignmentId)!.attendance).toEqual({ status: "present", pupilsPresent: 19 });
    expect((await rejection(recordAttendance(services, teacher, { slug: "fvdt", assignmentId: visit.assignmentId, status: "absent", pupilsPresent: null }))).kind).toBe(
      "forbidden",
    );
  });
});
