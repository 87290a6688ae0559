import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCoordinator, insertCourseWithSessions, insertMembership, insertNetwork, insertOrganisation, insertPerson } from "../support/factories.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { lessonRequest, mailOutbox, notification, user } from "~/db/schema/index.ts";
import { requestPasswordReset } from "~/services/account/request-password-reset.server.ts";
import { signUp } from "~/services/account/sign-up.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { requestNetworkJoin } from "~/services/networks/request-network-join.server.ts";

/**
 * Every mail, and the inbox item made from it, is written in its recipient's language: an
 * English-speaking person reads English, a Dutch one Dutch, whoever caused the mail.
 */
let database: Database;
let services: ReturnType<typeof createTestServices>;
let school: string;
let company: string;
let provider: string;
let networkId: string;
let dutchTeacher: SessionUser;
let englishContact: SessionUser;

const mailsTo = (email: string) => services.db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(mailOutbox.createdAt);
const itemsOf = (person: SessionUser) => services.db.select().from(notification).where(eq(notification.userId, person.id)).orderBy(notification.createdAt);
/** An attachment's text, with the calendar's folded lines joined again. */
const decoded = (content: string) => Buffer.from(content, "base64").toString("utf8").replace(/\r\n[ \t]/g, "");

/** A person straight in the user table who reads the platform in `locale`. */
async function personIn(label: string, locale: "nl" | "en"): Promise<SessionUser> {
  const person = await insertPerson(services.db, label);
  await services.db.update(user).set({ locale }).where(eq(user.id, person.id));
  return { ...person, locale };
}

const headers = (ip: string) => new Headers({ "x-forwarded-for": ip, "user-agent": "vitest" });

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  services.clock.set(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  networkId = (await insertNetwork(services.db, { slug: "technet-talen", name: "TechNet Talen" })).id;
  school = (await insertOrganisation(services.db, { name: "Vmbo De Brug", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" })).id;
  company = (await insertOrganisation(services.db, { name: "Kiremko", kind: "company", lat: 52.1, lon: 5.1, place: "Utrecht" })).id;
  provider = (await insertOrganisation(services.db, { name: "OBM", kind: "provider" })).id;
  dutchTeacher = await personIn("docent", "nl");
  englishContact = await personIn("contact", "en");
  await insertMembership(services.db, dutchTeacher, school, "member");
  await insertMembership(services.db, englishContact, company, "admin");
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("account mails", () => {
  it("the verification mail is in the language chosen at sign-up", async () => {
    await signUp(services, null, { name: "Ann Smith", email: "ann@example.test", password: "een-lang-wachtwoord", locale: "en", headers: headers("10.1.0.1") });
    await signUp(services, null, { name: "Anna de Vries", email: "anna@example.test", password: "een-lang-wachtwoord", locale: "nl", headers: headers("10.1.0.2") });
    const [english] = await mailsTo("ann@example.test");
    const [dutch] = await mailsTo("anna@example.test");
    expect(english).toMatchObject({ subject: "Confirm your e-mail address for Technohub" });
    expect(english!.text).toMatch(/^Dear Ann Smith,\n\nWelcome to Technohub\./);
    expect(english!.text).toContain("http://localhost:3000/email-bevestigen?token=");
    expect(dutch).toMatchObject({ subject: "Bevestig uw e-mailadres voor Technohub" });
    expect(dutch!.text).toMatch(/^Beste Anna de Vries,\n\nWelkom bij Technohub\./);
  });

  it("the password reset mail follows the account's language", async () => {
    await requestPasswordReset(services, null, { email: "ann@example.test", headers: headers("10.1.0.3") });
    await requestPasswordReset(services, null, { email: "anna@example.test", headers: headers("10.1.0.4") });
    const english = (await mailsTo("ann@example.test")).at(-1)!;
    const dutch = (await mailsTo("anna@example.test")).at(-1)!;
    expect(english.subject).toBe("Set a new password for Technohub");
    expect(english.text).toContain("You asked for a new password.");
    expect(english.text).toContain("http://localhost:3000/wachtwoord-herstellen/");
    expect(dutch.subject).toBe("Nieuw wachtwoord instellen voor Technohub");
    expect(dutch.text).toContain("U heeft gevraagd om een nieuw wachtwoord.");
  });
});

describe("guest-lesson mails", () => {
  it("a Dutch school's request reaches an English-speaking company in English; the agreed date reaches each side in its own language", async () => {
    const offer = await createOfferAs(services, englishContact, company, { title: "Gastles warmtepompen", contactEmail: englishContact.email });
    const [request] = await services.db
      .insert(lessonRequest)
      .values({
        schoolOrganisationId: school,
        createdById: dutchTeacher.id,
        networkId,
        kind: "gastles",
        title: "Warmtepompen in de klas",
        topics: ["installatietechniek"],
        level: "vmbo-kader",
        pupils: 24,
        dateOptions: [{ date: "2026-03-25" }],
        place: "school",
        lat: 52.09,
        lon: 5.12,
        mode: "direct",
        directOfferId: offer.id,
        createdAt: services.clock.now(),
        updatedAt: services.clock.now(),
      })
      .returning();
    const appointment = await requestAppointment(services, dutchTeacher, { requestId: request!.id });

    const [requested] = await mailsTo(englishContact.email);
    expect(requested!.subject).toBe("New request: Gastles warmtepompen for Vmbo De Brug");
    expect(requested!.text).toContain("Vmbo De Brug requests Gastles warmtepompen from Kiremko.");
    expect(requested!.text).toContain("Proposed dates: 2026-03-25");
    expect(requested!.text).toContain(`View the appointment: http://localhost:3000/afspraken/${appointment.id}`);
    const [item] = await itemsOf(englishContact);
    expect(item).toMatchObject({ subject: requested!.subject, link: `/afspraken/${appointment.id}` });
    expect(item!.excerpt).toMatch(/^Vmbo De Brug requests Gastles warmtepompen/);

    await answerAppointment(services, englishContact, { appointmentId: appointment.id, date: "2026-03-25" });
    const scheduledEnglish = (await mailsTo(englishContact.email)).at(-1)!;
    const scheduledDutch = (await mailsTo(dutchTeacher.email)).at(-1)!;
    expect(scheduledEnglish.subject).toMatch(/^Appointment scheduled: Gastles warmtepompen on Wednesday, 25 March 2026, \d\d:\d\d/);
    expect(scheduledDutch.subject).toMatch(/^Afspraak ingepland: Gastles warmtepompen op woensdag 25 maart 2026, \d\d:\d\d/);
    expect(scheduledEnglish.attachments.map((a) => a.filename)).toEqual(["appointment.ics"]);
    expect(scheduledDutch.attachments.map((a) => a.filename)).toEqual(["afspraak.ics"]);
    expect(decoded(scheduledEnglish.attachments[0]!.content)).toContain("Details and messages:");
    expect(decoded(scheduledDutch.attachments[0]!.content)).toContain("Details en berichten:");
    expect((await itemsOf(dutchTeacher)).at(-1)!.subject).toBe(scheduledDutch.subject);
    expect((await itemsOf(englishContact)).at(-1)!.subject).toBe(scheduledEnglish.subject);
  });
});

describe("course mails", () => {
  it("the registration confirmation is in the registering person's language, with its calendar file", async () => {
    const { sessions } = await insertCourseWithSessions(services.db, { providerId: provider, title: "MIG/MAG-lassen basis" }, [
      { startsAt: new Date("2026-04-14T09:00:00+02:00"), capacity: 1 },
    ]);
    const englishEmployee = await personIn("medewerker", "en");
    const dutchEmployee = await personIn("werknemer", "nl");
    await registerForSession(services, englishEmployee, { sessionId: sessions[0]!.id });
    await registerForSession(services, dutchEmployee, { sessionId: sessions[0]!.id });

    const [confirmed] = await mailsTo(englishEmployee.email);
    expect(confirmed!.subject).toBe("Registration confirmed: MIG/MAG-lassen basis");
    expect(confirmed!.text).toMatch(/^Dear medewerker \d+,\n\nYou are registered for MIG\/MAG-lassen basis by OBM\./);
    expect(confirmed!.text).toContain("When: 14 April 2026, 09:00–16:00");
    expect(confirmed!.attachments.map((a) => a.filename)).toEqual(["course.ics"]);
    expect(decoded(confirmed!.attachments[0]!.content)).toContain("Your registration:");
    const [item] = await itemsOf(englishEmployee);
    expect(item!.subject).toBe(confirmed!.subject);
    expect(item!.excerpt).toMatch(/^You are registered for MIG\/MAG-lassen basis by OBM\. When: 14 April 2026/);

    // The session is full: the Dutch employee is on the waiting list, and reads it in Dutch.
    const [waitlisted] = await mailsTo(dutchEmployee.email);
    expect(waitlisted!.subject).toBe("Wachtlijst: MIG/MAG-lassen basis");
    expect(waitlisted!.text).toContain("De sessie van MIG/MAG-lassen basis op 14 april 2026, 09:00–16:00 is vol. U staat op de wachtlijst, op plaats 1.");
    expect((await itemsOf(dutchEmployee))[0]!.excerpt).toMatch(/^De sessie van MIG\/MAG-lassen basis/);
  });
});

describe("network mails", () => {
  it("a join request reaches each coordinator in their language, and the decision the requester in theirs", async () => {
    const englishCoordinator = await personIn("coordinator", "en");
    const dutchCoordinator = await personIn("coordinatie", "nl");
    await insertCoordinator(services.db, networkId, englishCoordinator);
    await insertCoordinator(services.db, networkId, dutchCoordinator);
    const joining = (await insertOrganisation(services.db, { slug: "bakkerij-talen", name: "Bakkerij Techniek", kind: "company" })).id;
    await insertMembership(services.db, englishContact, joining, "admin");
    const request = await requestNetworkJoin(services, englishContact, { slug: "technet-talen", organisationId: joining, motivation: "Wij willen gastlessen geven." });

    const [english] = await mailsTo(englishCoordinator.email);
    const [dutch] = await mailsTo(dutchCoordinator.email);
    expect(english!.subject).toBe("Bakkerij Techniek would like to join TechNet Talen");
    expect(english!.text).toContain("Motivation: Wij willen gastlessen geven.");
    expect(dutch!.subject).toBe("Bakkerij Techniek wil deelnemen aan TechNet Talen");
    expect((await itemsOf(englishCoordinator))[0]!.subject).toBe(english!.subject);

    await decideJoinRequest(services, dutchCoordinator, { requestId: (request as { id: string }).id, decision: "accept" });
    const decided = (await mailsTo(englishContact.email)).at(-1)!;
    expect(decided.subject).toBe("Bakkerij Techniek takes part in TechNet Talen");
    expect(decided.text).toMatch(/^Dear contact \d+,\n\nWelcome!/);
    expect((await itemsOf(englishContact)).at(-1)!.subject).toBe(decided.subject);
  });
});
