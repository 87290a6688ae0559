import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertOrganisation, signUpUser } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { assignmentRun, event, eventAssignment, eventGroup, eventSlot, mailOutbox, network, user } from "~/db/schema/index.ts";
import type { EventDraft } from "~/domain/events/event-rules.ts";
import { createEvent } from "~/services/events/create-event.server.ts";
import { updateEvent } from "~/services/events/update-event.server.ts";
import { updateEventStatus } from "~/services/events/update-event-status.server.ts";
import { getEventForm } from "~/services/events/get-event-form.server.ts";
import { getNewEventForm } from "~/services/events/get-new-event-form.server.ts";
import { registerSlot } from "~/services/events/register-slot.server.ts";
import { registerGroup } from "~/services/events/register-group.server.ts";
import { withdrawSlot } from "~/services/events/withdraw-slot.server.ts";
import { withdrawGroup } from "~/services/events/withdraw-group.server.ts";
import { updateSlot } from "~/services/events/update-slot.server.ts";
import { updateGroup } from "~/services/events/update-group.server.ts";
import { getEntries } from "~/services/events/get-entries.server.ts";
import { closeFinishedEvents } from "~/services/events/close-finished-events.server.ts";
import { CLOSE_FINISHED_EVENTS_JOB, eventJobs } from "~/services/events/jobs.server.ts";
import { jobDefinitions } from "~/jobs/registry.server.ts";

const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  name: "Techniekdag Woerden",
  kind: "techniekdag",
  description: "Bedrijven in Woerden openen hun deuren.",
  startsOn: "2027-05-20",
  endsOn: null,
  windows: [
    { key: "", label: "Ochtend", date: "2027-05-20", start: "09:00", end: "12:00" },
    { key: "", label: "Middag", date: "2027-05-20", start: "13:00", end: "16:00" },
  ],
  hostRegistrationOpensOn: "2027-01-15",
  hostRegistrationClosesOn: "2027-04-01",
  schoolRegistrationOpensOn: "2027-01-15",
  schoolRegistrationClosesOn: "2027-04-15",
  targetLevels: [],
  girlsOnly: false,
  minGroupSize: null,
  defaultMaxKm: 30,
  ...over,
});

describe(`managing events (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let otherCoordinator: SessionUser;
  let admin: SessionUser;
  let host: SessionUser;
  let teacher: SessionUser;
  let networkId: string;
  let otherNetworkId: string;
  let company: string;
  let school: string;

  const statusOf = async (slug: string) => (await services.db.select({ status: event.status }).from(event).where(eq(event.slug, slug)))[0]!.status;
  const outboxTo = async (to: string) => services.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

  const slot = (slug: string, window = "ochtend") =>
    registerSlot(services, host, {
      slug,
      hostOrganisationId: company,
      window,
      capacityPupils: 30,
      maxGroups: 2,
      levels: ["vmbo-kader"],
      sector: null,
      activity: "Rondleiding",
      street: null,
      postcode: null,
      place: null,
      accessibilityNotes: "",
    });
  const group = (slug: string, windows: string[] = []) =>
    registerGroup(services, teacher, {
      slug,
      schoolOrganisationId: school,
      label: "3 kader A",
      size: 20,
      level: "vmbo-kader",
      windows,
      preferences: [],
      maxKm: null,
      girlsOnlyConfirmed: false,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    services.clock.set(new Date("2027-02-01T10:00:00+01:00"));
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@netwerk.test" });
    otherCoordinator = await signUpUser(services, { name: "Anna Anders", email: "anna@elders.test" });
    admin = await signUpUser(services, { name: "Bea Beheer", email: "bea@beheer.test", role: "admin" });
    host = await signUpUser(services, { name: "Hanna Host", email: "hanna@bedrijf.test" });
    teacher = await signUpUser(services, { name: "Dirk Docent", email: "dirk@school.test" });
    networkId = (await insertNetwork(services.db, { slug: "technet-w", name: "TechNet W" })).id;
    otherNetworkId = (await insertNetwork(services.db, { slug: "technet-d", name: "TechNet D" })).id;
    await insertCoordinator(services.db, networkId, coordinator);
    await insertCoordinator(services.db, otherNetworkId, otherCoordinator);
    company = (await insertOrganisation(services.db, { slug: "bedrijf-w", name: "Bedrijf W", kind: "company", sector: "Installatietechniek", place: "Woerden", lat: 52.085, lon: 4.883 })).id;
    school = (await insertOrganisation(services.db, { slug: "school-w", name: "School W", kind: "school", place: "Woerden", lat: 52.08, lon: 4.9 })).id;
    await insertMembership(services.db, host, company, "admin");
    await insertMembership(services.db, teacher, school, "member");
  });

  afterAll(async () => {
    await database?.close();
  });

  it("lets a coordinator create an event for their own network only, as a draft with a slug from its name", async () => {
    expect((await getNewEventForm(services, coordinator)).choice).toMatchObject({ step: "select", networks: [{ slug: "technet-w" }] });
    expect((await getNewEventForm(services, admin)).choice).toMatchObject({ step: "select", networks: [{ slug: "technet-d" }, { slug: "technet-w" }] });
    expect((await rejection(getNewEventForm(services, host))).kind).toBe("forbidden");

    const created = await createEvent(services, coordinator, { ...draft(), networkId });
    expect(created.slug).toBe("techniekdag-woerden");
    const [row] = await services.db.select().from(event).where(eq(event.slug, created.slug));
    expect(row!.status).toBe("draft");
    expect(row!.networkId).toBe(networkId);
    expect(row!.windows.map((w) => w.key)).toEqual(["ochtend", "middag"]);

    // Same name again: the unique constraint picks the next slug.
    expect((await createEvent(services, coordinator, { ...draft(), networkId })).slug).toBe("techniekdag-woerden-2");
    // A platform admin may create for any network.
    expect((await createEvent(services, admin, { ...draft({ name: "Open dag D" }), kind: "open_dag", networkId: otherNetworkId })).slug).toBe("open-dag-d");

    // A coordinator of another network is told beside the field; someone who coordinates none is refused.
    expect(await rejection(createEvent(services, otherCoordinator, { ...draft(), networkId }))).toMatchObject({ kind: "invalid", field: "networkId", message: "networkChoice.notChoosable" });
    expect((await rejection(createEvent(services, host, { ...draft(), networkId }))).kind).toBe("forbidden");
    expect((await rejection(createEvent(services, null, { ...draft(), networkId }))).kind).toBe("forbidden");
  });

  it("refuses an inconsistent event with the field it concerns, and makes a Girlsday girls-only with groups of ten", async () => {
    const late = await rejection(createEvent(services, coordinator, { ...draft({ schoolRegistrationClosesOn: "2027-06-01" }), networkId }));
    expect(late.kind).toBe("invalid");
    expect(late.field).toBe("schoolRegistrationClosesOn");
    expect(late.message).toBe("events.manage.error.registrationAfterEvent");
    const backwards = await rejection(
      createEvent(services, coordinator, { ...draft({ windows: [{ key: "", label: "Ochtend", date: "2027-05-20", start: "12:00", end: "09:00" }] }), networkId }),
    );
    expect(backwards.field).toBe("window0");

    const { slug } = await createEvent(services, coordinator, { ...draft({ name: "Girlsday Woerden", kind: "girlsday" }), networkId });
    const [row] = await services.db.select().from(event).where(eq(event.slug, slug));
    expect(row!.girlsOnly).toBe(true);
    expect(row!.minGroupSize).toBe(10);
  });

  it("lets only the event's coordinators edit it, keeps window keys and refuses to remove a window in use", async () => {
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Bewerken" }), networkId })).slug;
    expect((await rejection(updateEvent(services, otherCoordinator, { slug, ...draft() }))).kind).toBe("forbidden");
    expect((await rejection(getEventForm(services, otherCoordinator, { slug }))).kind).toBe("forbidden");
    expect((await rejection(updateEvent(services, host, { slug, ...draft() }))).kind).toBe("forbidden");

    // Renaming the morning keeps its key; a new evening window gets one.
    await updateEvent(services, coordinator, {
      slug,
      ...draft({ name: "Techniekdag Bewerkt" }),
      windows: [
        { key: "ochtend", label: "Ochtend (vroeg)", date: "2027-05-20", start: "08:30", end: "12:00" },
        { key: "middag", label: "Middag", date: "2027-05-20", start: "13:00", end: "16:00" },
        { key: "", label: "Avond", date: "2027-05-20", start: "18:00", end: "20:00" },
      ],
    });
    const [row] = await services.db.select().from(event).where(eq(event.slug, slug));
    expect(row!.name).toBe("Techniekdag Bewerkt");
    expect(row!.slug).toBe(slug);
    expect(row!.windows.map((w) => [w.key, w.label])).toEqual([
      ["ochtend", "Ochtend (vroeg)"],
      ["middag", "Middag"],
      ["avond", "Avond"],
    ]);

    await updateEventStatus(services, coordinator, { slug, status: "open" });
    await slot(slug, "ochtend");
    await group(slug, ["middag"]);
    const withoutMorning = [
      { key: "middag", label: "Middag", date: "2027-05-20", start: "13:00", end: "16:00" },
      { key: "avond", label: "Avond", date: "2027-05-20", start: "18:00", end: "20:00" },
    ];
    const inUse = await rejection(updateEvent(services, coordinator, { slug, ...draft(), windows: withoutMorning }));
    expect(inUse.kind).toBe("conflict");
    expect(inUse.field).toBe("windows");
    expect(inUse.message).toBe("events.manage.error.windowInUse");
    expect(inUse.params?.names).toContain("Ochtend (vroeg)");
    const groupWindow = await rejection(
      updateEvent(services, coordinator, { slug, ...draft(), windows: [{ key: "ochtend", label: "Ochtend", date: "2027-05-20", start: "09:00", end: "12:00" }] }),
    );
    expect(groupWindow.params?.names).toContain("Middag");
    // The evening has no registrations: it may go.
    await updateEvent(services, coordinator, { slug, ...draft(), windows: [{ key: "ochtend", label: "Ochtend", date: "2027-05-20", start: "09:00", end: "12:00" }, withoutMorning[0]!] });
    const [after] = await services.db.select().from(event).where(eq(event.slug, slug));
    expect(after!.windows.map((w) => w.key)).toEqual(["ochtend", "middag"]);
  });

  it("changes status by the rules: open, back to draft, reopen from assigning only without a run", async () => {
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Status" }), networkId })).slug;
    expect((await rejection(updateEventStatus(services, coordinator, { slug, status: "published" }))).message).toBe("events.manage.error.statusChange");
    expect((await rejection(updateEventStatus(services, otherCoordinator, { slug, status: "open" }))).kind).toBe("forbidden");
    await updateEventStatus(services, coordinator, { slug, status: "open" });
    expect(await statusOf(slug)).toBe("open");
    expect((await getEventForm(services, coordinator, { slug })).nextStatuses).toEqual(["draft"]);

    const [row] = await services.db.select().from(event).where(eq(event.slug, slug));
    await services.db.update(event).set({ status: "assigning" }).where(eq(event.id, row!.id));
    const [run] = await services.db.insert(assignmentRun).values({ eventId: row!.id, status: "running" }).returning({ id: assignmentRun.id });
    expect((await getEventForm(services, coordinator, { slug })).nextStatuses).toEqual([]);
    expect((await rejection(updateEventStatus(services, coordinator, { slug, status: "open" }))).message).toBe("events.error.runInProgress");
    await services.db.update(assignmentRun).set({ status: "done" }).where(eq(assignmentRun.id, run!.id));
    await updateEventStatus(services, admin, { slug, status: "open" });
    expect(await statusOf(slug)).toBe("open");
  });

  it("lets hosts and schools withdraw while their entry period is open, not after the assignment started", async () => {
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Intrekken" }), networkId })).slug;
    await updateEventStatus(services, coordinator, { slug, status: "open" });
    const a = await slot(slug);
    const b = await slot(slug, "middag");
    const g = await group(slug);
    const h = await group(slug);
    await withdrawSlot(services, host, { slug: slug, slotId: a.id });
    await withdrawGroup(services, teacher, { slug: slug, groupId: g.id });
    expect(await services.db.select().from(eventSlot).where(eq(eventSlot.id, a.id))).toHaveLength(0);
    expect(await services.db.select().from(eventGroup).where(eq(eventGroup.id, g.id))).toHaveLength(0);
    // Someone else's registration is not theirs to withdraw.
    expect((await rejection(withdrawSlot(services, teacher, { slug: slug, slotId: b.id }))).kind).toBe("forbidden");
    expect((await rejection(withdrawGroup(services, host, { slug: slug, groupId: h.id }))).kind).toBe("forbidden");
    expect((await rejection(withdrawGroup(services, teacher, { slug: "techniekdag-woerden", groupId: h.id }))).kind).toBe("not_found");

    await services.db.update(event).set({ status: "assigning" }).where(eq(event.slug, slug));
    expect((await rejection(withdrawSlot(services, host, { slug: slug, slotId: b.id }))).message).toBe("events.manage.error.withdrawClosed");
    expect((await rejection(withdrawGroup(services, teacher, { slug: slug, groupId: h.id }))).message).toBe("events.manage.error.withdrawClosed");
  });

  it("after publishing only the coordinator withdraws; the assignment goes and the other side is mailed", async () => {
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Gepubliceerd" }), networkId })).slug;
    await updateEventStatus(services, coordinator, { slug, status: "open" });
    const s1 = await slot(slug);
    const s2 = await slot(slug, "middag");
    const g1 = await group(slug);
    const g2 = await group(slug);
    const [row] = await services.db.select().from(event).where(eq(event.slug, slug));
    await services.db.insert(eventAssignment).values([
      { eventId: row!.id, groupId: g1.id, slotId: s1.id, source: "manual" },
      { eventId: row!.id, groupId: g2.id, slotId: s2.id, source: "manual" },
    ]);
    await services.db.update(event).set({ status: "published" }).where(eq(event.id, row!.id));

    expect((await rejection(withdrawGroup(services, teacher, { slug: slug, groupId: g1.id }))).message).toBe("events.manage.error.withdrawPublished");
    expect((await rejection(withdrawSlot(services, host, { slug: slug, slotId: s2.id }))).message).toBe("events.manage.error.withdrawPublished");

    const hostMailsBefore = (await outboxTo(host.email)).length;
    expect(await withdrawGroup(services, coordinator, { slug: slug, groupId: g1.id })).toEqual({ removedAssignment: true, mails: 1 });
    expect(await services.db.select().from(eventAssignment).where(eq(eventAssignment.groupId, g1.id))).toHaveLength(0);
    const hostMails = await outboxTo(host.email);
    expect(hostMails).toHaveLength(hostMailsBefore + 1);
    expect(hostMails.at(-1)!.subject).toBe("Groep komt niet: 3 kader A, Techniekdag Gepubliceerd");
    expect(hostMails.at(-1)!.text).toContain("Ochtend 2027-05-20 (09:00–12:00)");

    // The school's teacher reads the platform in English: the mail about the slot is in English, the window's label too.
    await services.db.update(user).set({ locale: "en" }).where(eq(user.id, teacher.id));
    expect(await withdrawSlot(services, coordinator, { slug: slug, slotId: s2.id })).toEqual({ removedAssignments: 1, mails: 1 });
    await services.db.update(user).set({ locale: "nl" }).where(eq(user.id, teacher.id));
    const schoolMails = await outboxTo(teacher.email);
    expect(schoolMails.at(-1)!.subject).toBe("Visit cancelled: Bedrijf W, Techniekdag Gepubliceerd");
    expect(schoolMails.at(-1)!.text).toMatch(/^Dear .+,\n\nBedrijf W cannot receive groups at Techniekdag Gepubliceerd on Afternoon 2027-05-20 \(/);
    expect(await services.db.select().from(eventAssignment).where(eq(eventAssignment.eventId, row!.id))).toHaveLength(0);

    await services.db.update(event).set({ status: "done" }).where(eq(event.id, row!.id));
    expect((await rejection(withdrawSlot(services, coordinator, { slug: slug, slotId: s1.id }))).message).toBe("events.manage.error.eventDone");
  });

  it("lets hosts and schools change their own slots and groups while their entry period is open", async () => {
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Wijzigen" }), networkId })).slug;
    await updateEventStatus(services, coordinator, { slug, status: "open" });
    const s = await slot(slug);
    const g = await group(slug);
    const other = await slot(slug, "middag");
    const [row] = await services.db.select().from(event).where(eq(event.slug, slug));
    // An assignment from an earlier run (the event was reopened) no longer holds after a change.
    await services.db.insert(eventAssignment).values({ eventId: row!.id, groupId: g.id, slotId: other.id, source: "engine" });

    expect((await getEntries(services, host, { slug, who: "host", editId: s.id })).editing).toMatchObject({ id: s.id, window: "ochtend", capacityPupils: "30", street: "" });
    expect((await getEntries(services, teacher, { slug, who: "host", editId: s.id })).editing).toBeNull();
    const slotChange = { slug, window: "middag", capacityPupils: 12, maxGroups: null, levels: ["vmbo-kader"], sector: null, activity: "Lassen", street: null, postcode: null, place: null, accessibilityNotes: "" };
    await updateSlot(services, host, { ...slotChange, slotId: s.id });
    const [changed] = await services.db.select().from(eventSlot).where(eq(eventSlot.id, s.id));
    expect(changed).toMatchObject({ window: "middag", capacityPupils: 12, maxGroups: null, activity: "Lassen", place: "Woerden" });
    expect((await rejection(updateSlot(services, teacher, { ...slotChange, slotId: s.id }))).kind).toBe("not_found");
    expect((await rejection(updateSlot(services, host, { ...slotChange, slotId: s.id, window: "nacht" }))).field).toBe("window");

    const groupChange = { slug, label: "3 kader B", size: 18, level: "vmbo-kader", windows: ["middag"], preferences: [{ hostId: company }], maxKm: 15, girlsOnlyConfirmed: false };
    await updateGroup(services, teacher, { ...groupChange, groupId: g.id });
    const [changedGroup] = await services.db.select().from(eventGroup).where(eq(eventGroup.id, g.id));
    expect(changedGroup).toMatchObject({ label: "3 kader B", size: 18, windows: ["middag"], maxKm: 15 });
    expect(await services.db.select().from(eventAssignment).where(eq(eventAssignment.groupId, g.id))).toHaveLength(0);
    expect((await rejection(updateGroup(services, host, { ...groupChange, groupId: g.id }))).kind).toBe("not_found");

    await services.db.update(event).set({ status: "assigning" }).where(eq(event.id, row!.id));
    expect((await rejection(updateSlot(services, host, { ...slotChange, slotId: s.id }))).message).toBe("events.error.hostEntryClosed");
    expect((await rejection(updateGroup(services, teacher, { ...groupChange, groupId: g.id }))).message).toBe("events.error.schoolEntryClosed");
  });

  it("the daily sweep moves published events to done after their last day, once", async () => {
    expect(jobDefinitions().find((j) => j.name === CLOSE_FINISHED_EVENTS_JOB)?.cron).toBeTruthy();
    const slug = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Afgelopen", endsOn: "2027-05-21" }), networkId })).slug;
    const open = (await createEvent(services, coordinator, { ...draft({ name: "Techniekdag Nooit Gepubliceerd" }), networkId })).slug;
    await services.db.update(event).set({ status: "published" }).where(eq(event.slug, slug));
    await services.db.update(event).set({ status: "assigning" }).where(eq(event.slug, open));

    // Late on the last day (Dutch time) the event is still on.
    services.clock.set(new Date("2027-05-21T23:30:00+02:00"));
    expect((await closeFinishedEvents(services, null)).closed).toEqual([]);
    expect(await statusOf(slug)).toBe("published");

    // Just after midnight in the Netherlands (still the 21st in UTC) it is done.
    services.clock.set(new Date("2027-05-22T00:30:00+02:00"));
    const job = eventJobs.find((j) => j.name === CLOSE_FINISHED_EVENTS_JOB)!;
    await job.run(services, {});
    expect(await statusOf(slug)).toBe("done");
    expect(await statusOf(open)).toBe("assigning");
    expect((await closeFinishedEvents(services, null)).closed).toEqual([]);
    services.clock.set(new Date("2027-02-01T10:00:00+01:00"));
  });
});
