import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertCourseWithSessions, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import { expectRefusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { lessonRequest, mailOutbox, notification } from "~/db/schema/index.ts";
import { INBOX_PAGE_SIZE } from "~/domain/inbox/notification.ts";
import { navigationItems } from "~/domain/common/navigation.ts";
import { exportPersonalData } from "~/services/account/export-personal-data.server.ts";
import { getNavigation } from "~/services/account/get-navigation.server.ts";
import { cancelRegistration } from "~/services/courses/cancel-registration.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { postMessage } from "~/services/guest-lessons/post-message.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { sweepReliability } from "~/services/guest-lessons/sweep-reliability.server.ts";
import { getInboxSetting } from "~/services/inbox/get-inbox-setting.server.ts";
import { INBOX_DIGEST, inboxJobs } from "~/services/inbox/jobs.server.ts";
import { listNotifications } from "~/services/inbox/list-notifications.server.ts";
import { updateAllNotifications } from "~/services/inbox/update-all-notifications.server.ts";
import { updateInboxSetting } from "~/services/inbox/update-inbox-setting.server.ts";
import { updateNotification } from "~/services/inbox/update-notification.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { requestNetworkJoin } from "~/services/networks/request-network-join.server.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let n = 0;
const HOUR = 3_600_000;

let networkId: string;
let school: string;
let company: string;
let provider: string;
let teacher: SessionUser;
let contact: SessionUser;
let coordinator: SessionUser;
let stranger: SessionUser;

/** Every inbox item of one person, oldest first. */
const itemsOf = (person: SessionUser) => services.db.select().from(notification).where(eq(notification.userId, person.id)).orderBy(notification.createdAt);
const mailsTo = (person: SessionUser) => services.db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
const subjectsOf = async (person: SessionUser) => (await itemsOf(person)).map((i) => i.subject);

async function newAppointment(owner: SessionUser, organisationId: string, date: string) {
  const offerTitle = `Gastles warmtepompen ${++n}`;
  const offer = await createOfferAs(services, owner, organisationId, { title: offerTitle, contactEmail: owner.email });
  const [request] = await services.db
    .insert(lessonRequest)
    .values({
      schoolOrganisationId: school,
      createdById: teacher.id,
      networkId,
      kind: "gastles",
      title: `Vraag ${n}`,
      topics: ["installatietechniek"],
      level: "vmbo-kader",
      pupils: 24,
      dateOptions: [{ date }],
      place: "school",
      lat: 52.09,
      lon: 5.12,
      mode: "direct",
      directOfferId: offer.id,
      createdAt: services.clock.now(),
      updatedAt: services.clock.now(),
    })
    .returning();
  const appointment = await requestAppointment(services, teacher, { requestId: request!.id });
  return { appointment, offerTitle };
}

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  networkId = (await insertNetwork(services.db, { slug: "technet-inbox", name: "TechNet Inbox" })).id;
  school = (await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" })).id;
  company = (await insertOrganisation(services.db, { name: "Kiremko", kind: "company", lat: 52.1, lon: 5.1, place: "Utrecht" })).id;
  provider = (await insertOrganisation(services.db, { name: "OBM", kind: "provider" })).id;
  teacher = await insertPerson(services.db, "docent");
  contact = await insertPerson(services.db, "bedrijf");
  coordinator = await insertPerson(services.db, "coordinator");
  stranger = await insertPerson(services.db, "buitenstaander");
  await insertMembership(services.db, teacher, school, "member");
  await insertMembership(services.db, contact, company, "admin");
  await insertCoordinator(services.db, networkId, coordinator);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

/** The unread count the menu shows beside Berichten (a visitor has no inbox, so none). */
const unreadCount = async (services: Parameters<typeof getNavigation>[0], actor: Parameters<typeof getNavigation>[1]) =>
  (await getNavigation(services, actor)).find((i) => i.href === "/inbox")?.count ?? 0;

describe("what reaches an inbox", () => {
  it("an appointment message reaches the other side, linked to the appointment, and nobody else", async () => {
    const { appointment, offerTitle } = await newAppointment(contact, company, "2026-03-25");
    await postMessage(services, teacher, { appointmentId: appointment.id, body: "Kunt u ook om 13:00?" });
    const subject = `Nieuw bericht over ${offerTitle}`;
    const [item] = (await itemsOf(contact)).filter((i) => i.subject === subject);
    expect(item).toMatchObject({ kind: "appointment", link: `/afspraken/${appointment.id}`, readAt: null, mailState: "sent" });
    expect(item!.excerpt).toContain("Kunt u ook om 13:00?");
    // The single mail went out as before, and the item knows which one it was.
    expect((await mailsTo(contact)).map((m) => m.id)).toContain(item!.mailId);
    expect(await subjectsOf(teacher)).not.toContain(subject);
    for (const other of [coordinator, stranger]) expect(await itemsOf(other)).toEqual([]);
  });

  it("a reminder reaches both sides of the appointment and nobody else", async () => {
    services.clock.set(new Date("2026-09-01T09:00:00+02:00"));
    const { appointment, offerTitle } = await newAppointment(contact, company, "2026-09-21");
    await answerAppointment(services, contact, { appointmentId: appointment.id, date: "2026-09-21" });
    services.clock.set(new Date("2026-09-14T09:00:00+02:00")); // 7 days before
    await sweepReliability(services, null);
    const reminder = (i: { subject: string }) => i.subject.startsWith("Herinnering") && i.subject.includes(offerTitle);
    for (const side of [teacher, contact]) {
      const reminders = (await itemsOf(side)).filter(reminder);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ kind: "appointment", link: `/afspraken/${appointment.id}` });
    }
    expect((await itemsOf(stranger)).filter(reminder)).toEqual([]);
    expect((await itemsOf(coordinator)).filter(reminder)).toEqual([]);
  });

  it("a waiting-list vacancy reaches the person first in line, with the link to take the place", async () => {
    const now = services.clock.now().getTime();
    const { sessions } = await insertCourseWithSessions(services.db, { providerId: provider, title: "MIG/MAG-lassen basis" }, [
      { startsAt: new Date(now + 30 * 24 * HOUR), endsAt: new Date(now + 30 * 24 * HOUR + 7 * HOUR), capacity: 1, registrationDeadline: new Date(now + 14 * 24 * HOUR), place: "Emmeloord" },
    ]);
    const [holder, first, second] = [await insertPerson(services.db, "houder"), await insertPerson(services.db, "eerste"), await insertPerson(services.db, "tweede")];
    const held = await registerForSession(services, holder, { sessionId: sessions[0]!.id });
    const waiting = await registerForSession(services, first, { sessionId: sessions[0]!.id });
    await registerForSession(services, second, { sessionId: sessions[0]!.id });
    await cancelRegistration(services, holder, { registrationId: held.id });

    const subject = "Er is een plaats vrij: MIG/MAG-lassen basis";
    const [offer] = (await itemsOf(first)).filter((i) => i.subject === subject);
    expect(offer).toMatchObject({ kind: "course" });
    expect(offer!.link).toMatch(new RegExp(`^/aanmelding/${waiting.id}\\?sleutel=`));
    expect(await subjectsOf(second)).not.toContain(subject);
    expect(await subjectsOf(holder)).not.toContain(subject);
  });

  it("a join request reaches the coordinator, and the decision the requester, each linked to its page", async () => {
    const joining = (await insertOrganisation(services.db, { slug: "bakkerij-inbox", name: "Bakkerij Techniek", kind: "company" })).id;
    await insertMembership(services.db, contact, joining, "admin");
    const request = await requestNetworkJoin(services, contact, { slug: "technet-inbox", organisationId: joining, motivation: "Wij willen gastlessen geven." });
    const asked = (await itemsOf(coordinator)).filter((i) => i.kind === "network");
    expect(asked).toHaveLength(1);
    expect(asked[0]!.link).toMatch(/^\/coordinatie\/aanmeldingen\//);

    await decideJoinRequest(services, coordinator, { requestId: (request as { id: string }).id, decision: "accept" });
    const decided = (await itemsOf(contact)).filter((i) => i.subject === "Bakkerij Techniek neemt deel aan TechNet Inbox");
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ kind: "network", link: "/netwerken/technet-inbox" });
    expect(await subjectsOf(teacher)).not.toContain("Bakkerij Techniek neemt deel aan TechNet Inbox");
    expect(await itemsOf(stranger)).toEqual([]);
  });

  it("mail to an address without an account, and account mail, is no inbox item; a rolled-back change leaves none", async () => {
    const before = (await services.db.select().from(notification)).length;
    const external = await services.mailer.send({ to: "extern@example.org", subject: "Aanmelding", text: "Zie http://localhost:3000/cursussen" });
    const direct = await services.mailer.send({ to: stranger.email, subject: "Bevestig uw e-mailadres", text: "http://localhost:3000/email-bevestigen?token=x", direct: true });
    expect(external.id).not.toBeNull();
    expect(direct.id).not.toBeNull();
    await expect(
      services.db.transaction(async (tx) => {
        await services.mailer.send({ to: stranger.email, subject: "Wordt teruggedraaid", text: "Tekst" }, tx);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect((await services.db.select().from(notification)).length).toBe(before);
  });
});

describe("reading the inbox", () => {
  let reader: SessionUser;
  let other: SessionUser;

  beforeAll(async () => {
    reader = await insertPerson(services.db, "lezer");
    other = await insertPerson(services.db, "ander");
    // Addresses are matched without case: a form may hold the address as it was typed.
    for (let i = 1; i <= INBOX_PAGE_SIZE + 3; i++) {
      await services.mailer.send({ to: i === 1 ? reader.email.toUpperCase() : reader.email, subject: `Bericht ${i}`, text: `Tekst ${i}\n\nBekijk: http://localhost:3000/afspraken/${i}` });
    }
  });

  it("lists one's own items newest first, a page at a time, with the unread count", async () => {
    const first = await listNotifications(services, reader, { unreadOnly: false, page: 1 });
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 3, unread: INBOX_PAGE_SIZE + 3, page: 1, pages: 2 });
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    const second = await listNotifications(services, reader, { unreadOnly: false, page: 2 });
    expect(second.items.map((i) => i.subject)).toEqual(["Bericht 3", "Bericht 2", "Bericht 1"]);
    expect((await listNotifications(services, reader, { unreadOnly: false, page: 99 })).page).toBe(2);
    expect((await listNotifications(services, other, { unreadOnly: false, page: 1 })).items).toEqual([]);
  });

  it("only the owner opens or marks an item; opening marks it read and tells where it leads", async () => {
    const [item] = (await itemsOf(reader)).filter((i) => i.subject === "Bericht 5");
    await expectRefusal(updateNotification(services, other, { id: item!.id }), "not_found", "inbox.error.notFound");
    await expectRefusal(updateNotification(services, null, { id: item!.id }), "forbidden");
    await expectRefusal(updateNotification(services, reader, { id: "geen-id" }), "not_found");
    expect((await itemsOf(reader)).find((i) => i.id === item!.id)!.readAt).toBeNull();

    expect(await updateNotification(services, reader, { id: item!.id })).toEqual({ link: "/afspraken/5" });
    const readAt = (await itemsOf(reader)).find((i) => i.id === item!.id)!.readAt;
    expect(readAt).not.toBeNull();
    services.clock.advance(HOUR);
    await updateNotification(services, reader, { id: item!.id });
    expect((await itemsOf(reader)).find((i) => i.id === item!.id)!.readAt).toEqual(readAt);

    expect(await unreadCount(services, reader)).toBe(INBOX_PAGE_SIZE + 2);
    const unreadOnly = await listNotifications(services, reader, { unreadOnly: true, page: 1 });
    expect(unreadOnly.total).toBe(INBOX_PAGE_SIZE + 2);
    expect(unreadOnly.items.map((i) => i.subject)).not.toContain("Bericht 5");
  });

  it("the menu shows the unread count beside Berichten; 'Alles gelezen' clears one's own only", async () => {
    const inboxItem = (await getNavigation(services, reader)).find((i) => i.href === "/inbox");
    expect(inboxItem).toMatchObject({ label: "inbox.nav.label", count: INBOX_PAGE_SIZE + 2 });
    await services.mailer.send({ to: other.email, subject: "Voor de ander", text: "Tekst" });
    expect(await updateAllNotifications(services, reader)).toEqual({ marked: INBOX_PAGE_SIZE + 2 });
    expect(await unreadCount(services, reader)).toBe(0);
    expect(await unreadCount(services, other)).toBe(1);
    expect(await unreadCount(services, null)).toBe(0);
    expect((await getNavigation(services, reader)).find((i) => i.href === "/inbox")!.count).toBe(0);
    expect(navigationItems({ signedIn: false, coordinator: false, admin: false }).find((i) => i.href === "/inbox")).toBeUndefined();
  });

  it("the personal data export holds one's own items and the mail choice, nobody else's", async () => {
    const exported = await exportPersonalData(services, reader);
    expect(exported.inbox.dailyDigest).toBe(false);
    expect(exported.inbox.items).toHaveLength(INBOX_PAGE_SIZE + 3);
    expect(exported.inbox.items.map((i) => i.subject)).not.toContain("Voor de ander");
  });
});

describe("the daily digest", () => {
  it("holds single mails for a person who chose it and sends one digest with every item, once", async () => {
    const digester = await insertPerson(services.db, "samenvatting");
    const digestCompany = (await insertOrganisation(services.db, { name: "Installatiebedrijf Van Dam", kind: "company", lat: 52.1, lon: 5.1, place: "Utrecht" })).id;
    await insertMembership(services.db, digester, digestCompany, "admin");
    expect(await getInboxSetting(services, digester)).toEqual({ dailyDigest: false });
    await updateInboxSetting(services, digester, { dailyDigest: true });
    expect(await getInboxSetting(services, digester)).toEqual({ dailyDigest: true });

    services.clock.set(new Date("2026-10-01T09:00:00+02:00"));
    const { appointment, offerTitle } = await newAppointment(digester, digestCompany, "2026-10-20");
    await postMessage(services, teacher, { appointmentId: appointment.id, body: "Eerste vraag" });
    await postMessage(services, teacher, { appointmentId: appointment.id, body: "Tweede vraag" });
    // Account mail is never held.
    await services.mailer.send({ to: digester.email, subject: "Nieuw wachtwoord instellen", text: "Link", direct: true });

    const held = await itemsOf(digester);
    expect(held).toHaveLength(3); // the new request and two messages
    expect(held.every((i) => i.mailState === "held" && i.mailId === null)).toBe(true);
    expect((await mailsTo(digester)).map((m) => m.subject)).toEqual(["Nieuw wachtwoord instellen"]);
    // Only the digester's mail is held: the digester's answer reaches the teacher at once.
    await postMessage(services, digester, { appointmentId: appointment.id, body: "Antwoord" });
    const answer = (await itemsOf(teacher)).filter((i) => i.subject === `Nieuw bericht over ${offerTitle}`);
    expect(answer).toHaveLength(1);
    expect(answer[0]!.mailState).toBe("sent");
    expect((await mailsTo(teacher)).map((m) => m.id)).toContain(answer[0]!.mailId);

    const job = inboxJobs.find((j) => j.name === INBOX_DIGEST)!;
    expect(job.cron).toBeTruthy();
    await job.run(services, {});
    const digests = (await mailsTo(digester)).filter((m) => m.subject.startsWith("Uw dagelijkse samenvatting"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("Uw dagelijkse samenvatting: 3 berichten");
    for (const item of held) expect(digests[0]!.text).toContain(item.subject);
    expect(digests[0]!.text).toContain(`http://localhost:3000/afspraken/${appointment.id}`);
    const after = await itemsOf(digester);
    expect(after.every((i) => i.mailState === "digested" && i.mailId === digests[0]!.id)).toBe(true);
    // The digest itself is no inbox item, and a second run finds nothing to send.
    expect(after).toHaveLength(3);
    await job.run(services, {});
    expect((await mailsTo(digester)).filter((m) => m.subject.startsWith("Uw dagelijkse samenvatting"))).toHaveLength(1);

    // Back to single mails: the next one goes out at once.
    await updateInboxSetting(services, digester, { dailyDigest: false });
    await postMessage(services, teacher, { appointmentId: appointment.id, body: "Derde vraag" });
    const [latest] = (await itemsOf(digester)).filter((i) => i.mailState === "sent");
    expect(latest).toBeDefined();
    expect((await mailsTo(digester)).map((m) => m.id)).toContain(latest!.mailId);
    expect(await services.db.select().from(notification).where(and(eq(notification.userId, stranger.id), eq(notification.mailState, "held")))).toEqual([]);
  });
});

const hrefs = async (actor: Parameters<typeof getNavigation>[1]) => (await getNavigation(services, actor)).map((i) => i.href);
const unreadOf = async (actor: Parameters<typeof getNavigation>[1]) => (await getNavigation(services, actor)).find((i) => i.href === "/inbox")?.count;

describe("the menu", () => {
  it("gives a coordinator /coordinatie and counts only one's own unread items; a visitor, a member and an administrator get theirs", async () => {
    const coordinator = await insertPerson(services.db, "coordinator");
    const member = await insertPerson(services.db, "lid");
    const admin = await insertPerson(services.db, "beheer", "admin");
    await insertCoordinator(services.db, (await insertNetwork(services.db)).id, coordinator);
    const item = (userId: string, readAt: Date | null) => ({ userId, kind: "other" as const, subject: "Onderwerp", excerpt: "Tekst", mailState: "sent" as const, readAt });
    await services.db.insert(notification).values([item(coordinator.id, null), item(coordinator.id, null), item(coordinator.id, new Date()), item(member.id, new Date())]);

    expect(await hrefs(coordinator)).toContain("/coordinatie");
    expect(await unreadOf(coordinator)).toBe(2);
    expect(await hrefs(member)).not.toContain("/coordinatie");
    expect(await unreadOf(member)).toBe(0);
    expect(await hrefs(admin)).toEqual(expect.arrayContaining(["/coordinatie", "/beheer"]));
    expect(await hrefs(null)).toEqual(expect.arrayContaining(["/inloggen"]));
    expect(await hrefs(null)).not.toContain("/inbox");
  });
});
