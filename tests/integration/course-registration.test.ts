import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import ICAL from "ical.js";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCourseWithSessions, insertMembership, insertOrganisation, insertUser } from "../support/factories.ts";
import { expectRefusal, rejection, refusalText as refusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { courseSession, mailOutbox, registration } from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { registerEmployees } from "~/services/courses/register-employees.server.ts";
import { cancelRegistration } from "~/services/courses/cancel-registration.server.ts";
import { acceptVacancy } from "~/services/courses/accept-vacancy.server.ts";
import { confirmEmployeeRegistration } from "~/services/courses/confirm-employee-registration.server.ts";
import { expireLapsedPlaces } from "~/services/courses/expire-lapsed-places.server.ts";
import { cancelSession } from "~/services/courses/cancel-session.server.ts";
import { createSession } from "~/services/courses/create-session.server.ts";
import { exportRegistrations } from "~/services/courses/export-registrations.server.ts";
import { translator } from "~/i18n/index.ts";
import { sessionFormSchema } from "~/domain/courses/forms.ts";

let database: Database;
let services: ReturnType<typeof createTestServices>;
let providerId: string;
let companyId: string;
let providerAdmin: SessionUser;
let counter = 0;
const HOUR = 3_600_000;

/** A participant named "Deelnemer 3" (or after their part), straight in the user table. */
const person = (name = "Deelnemer") => insertUser(services.db, { name: `${name} ${++counter}` });

async function newSession(options: { capacity?: number; deadlineInHours?: number; status?: "scheduled" | "cancelled"; priceCents?: number } = {}) {
  const now = services.clock.now().getTime();
  const { course, sessions } = await insertCourseWithSessions(services.db, { providerId, title: "MIG/MAG-lassen basis", priceCents: options.priceCents ?? 0 }, [
    {
      startsAt: new Date(now + 30 * 24 * HOUR),
      endsAt: new Date(now + 30 * 24 * HOUR + 7 * HOUR),
      capacity: options.capacity ?? 2,
      registrationDeadline: new Date(now + (options.deadlineInHours ?? 14 * 24) * HOUR),
      place: "Emmeloord",
      status: options.status ?? "scheduled",
    },
  ]);
  return { course, session: sessions[0]! };
}

async function registrations(sessionId: string) {
  return services.db.select().from(registration).where(eq(registration.sessionId, sessionId)).orderBy(asc(registration.createdAt));
}
async function placesTaken(sessionId: string) {
  const [row] = await services.db.select({ n: courseSession.placesTaken }).from(courseSession).where(eq(courseSession.id, sessionId));
  return row!.n;
}
beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  providerId = (await insertOrganisation(services.db, { slug: "obm", name: "OBM Midden-Nederland", kind: "provider" })).id;
  companyId = (await insertOrganisation(services.db, { slug: "kampstaal", name: "Kampstaal", kind: "company" })).id;
  providerAdmin = await person("Opleider");
  await insertMembership(services.db, providerAdmin, providerId, "admin");
});
afterAll(async () => database?.close());
beforeEach(() => services.clock.set(new Date("2027-01-11T09:00:00+01:00")));

describe("registering", () => {
  it("confirms while places last, then waitlists; the confirmation mail carries a valid ICS", async () => {
    const { session } = await newSession({ capacity: 1 });
    const first = await person();
    const second = await person();
    expect(await registerForSession(services, first, { sessionId: session.id })).toMatchObject({ status: "confirmed", position: null });
    expect(await registerForSession(services, second, { sessionId: session.id })).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await placesTaken(session.id)).toBe(1);

    const [mail] = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, first.email));
    expect(mail!.subject).toBe("Aanmelding bevestigd: MIG/MAG-lassen basis");
    const ics = Buffer.from(mail!.attachments[0]!.content, "base64").toString("utf8");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("MIG/MAG-lassen basis");
    expect(event.startDate.toJSDate().getTime()).toBe(session.startsAt.getTime());
    expect(event.location).toBe("Emmeloord");
    const [waiting] = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, second.email));
    expect(waiting!.text).toContain("op plaats 1");
  });

  it("refuses after the deadline, for a cancelled session and twice by the same person, in Dutch", async () => {
    const someone = await person();
    const late = await newSession({ deadlineInHours: -1 });
    expect(await refusal(registerForSession(services, someone, { sessionId: late.session.id }))).toBe(
      "De aanmeldtermijn voor deze sessie is verlopen. Aanmelden is niet meer mogelijk.",
    );
    const cancelled = await newSession({ status: "cancelled" });
    expect(await refusal(registerForSession(services, someone, { sessionId: cancelled.session.id }))).toBe("Deze sessie is geannuleerd. Aanmelden is niet meer mogelijk.");
    const open = await newSession({ capacity: 5 });
    await registerForSession(services, someone, { sessionId: open.session.id });
    expect(await refusal(registerForSession(services, { ...someone, email: someone.email.toUpperCase() }, { sessionId: open.session.id }))).toBe(
      "U bent al aangemeld voor deze sessie (of staat op de wachtlijst).",
    );
    expect(await placesTaken(open.session.id)).toBe(1);
  });

  it("50 simultaneous registrations for 10 places: exactly 10 confirmed, 40 waitlisted at 1–40", async () => {
    const { session } = await newSession({ capacity: 10 });
    const people = await Promise.all(Array.from({ length: 50 }, () => person("Gelijktijdig")));
    const outcomes = await Promise.all(people.map((p) => registerForSession(services, p, { sessionId: session.id })));
    expect(outcomes.filter((o) => o.status === "confirmed")).toHaveLength(10);
    const rows = await registrations(session.id);
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(10);
    const positions = rows
      .filter((r) => r.status === "waitlisted")
      .map((r) => r.waitlistPosition!)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await placesTaken(session.id)).toBe(10);
  });

  it("the database refuses overbooking even without the use-case", async () => {
    const { session } = await newSession({ capacity: 1 });
    await services.db.update(courseSession).set({ placesTaken: 1 }).where(eq(courseSession.id, session.id));
    await expect(services.db.update(courseSession).set({ placesTaken: 2 }).where(eq(courseSession.id, session.id))).rejects.toThrow();
  });
});

describe("cancelling and the waiting list", () => {
  it("a cancelled place goes to position 1 as a vacancy, the list moves up, and accepting confirms", async () => {
    const { session } = await newSession({ capacity: 1 });
    const [holder, a, b, c] = await Promise.all([person(), person(), person(), person()]);
    const held = await registerForSession(services, holder, { sessionId: session.id });
    const ra = await registerForSession(services, a, { sessionId: session.id });
    await registerForSession(services, b, { sessionId: session.id });
    await registerForSession(services, c, { sessionId: session.id });

    await cancelRegistration(services, holder, { registrationId: held.id });
    const rows = await registrations(session.id);
    const byEmail = new Map(rows.map((r) => [r.participantEmail, r]));
    expect(byEmail.get(holder.email)!.status).toBe("cancelled");
    expect(byEmail.get(a.email)).toMatchObject({ status: "offered", waitlistPosition: null });
    expect(byEmail.get(a.email)!.expiresAt!.getTime()).toBe(services.clock.now().getTime() + 48 * HOUR);
    expect(byEmail.get(b.email)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(byEmail.get(c.email)).toMatchObject({ status: "waitlisted", waitlistPosition: 2 });
    expect(await placesTaken(session.id)).toBe(1);
    const vacancyMails = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, a.email));
    expect(vacancyMails.map((m) => m.subject)).toContain("Er is een plaats vrij: MIG/MAG-lassen basis");

    // A newcomer cannot take the offered place.
    const newcomer = await person();
    expect(await registerForSession(services, newcomer, { sessionId: session.id })).toMatchObject({ status: "waitlisted", position: 3 });

    services.clock.advance(47 * HOUR);
    await acceptVacancy(services, null, { registrationId: ra.id, token: byEmail.get(a.email)!.token });
    const [accepted] = await services.db.select().from(registration).where(eq(registration.id, ra.id));
    expect(accepted).toMatchObject({ status: "confirmed", expiresAt: null });
  });

  it("a vacancy not accepted within 48 hours lapses and goes to the next; leaving the list renumbers it", async () => {
    const { session } = await newSession({ capacity: 1 });
    const [holder, a, b, c] = await Promise.all([person(), person(), person(), person()]);
    const held = await registerForSession(services, holder, { sessionId: session.id });
    const ra = await registerForSession(services, a, { sessionId: session.id });
    const rb = await registerForSession(services, b, { sessionId: session.id });
    await registerForSession(services, c, { sessionId: session.id });
    await cancelRegistration(services, holder, { registrationId: held.id });

    services.clock.advance(48 * HOUR - 1000);
    expect(await expireLapsedPlaces(services)).toEqual({ expired: 0, passedOn: 0 });
    services.clock.advance(2000);
    expect(await expireLapsedPlaces(services)).toEqual({ expired: 1, passedOn: 1 });
    expect(await refusal(acceptVacancy(services, a, { registrationId: ra.id }))).toBe("Er staat voor u geen plaats klaar bij deze sessie.");
    const rows = new Map((await registrations(session.id)).map((r) => [r.participantEmail, r]));
    expect(rows.get(a.email)!.status).toBe("expired");
    expect(rows.get(b.email)!.status).toBe("offered");
    expect(rows.get(c.email)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });

    // b lets the vacancy go by cancelling: c gets it at once.
    await cancelRegistration(services, b, { registrationId: rb.id });
    const after = new Map((await registrations(session.id)).map((r) => [r.participantEmail, r]));
    expect(after.get(c.email)!.status).toBe("offered");
    expect(await placesTaken(session.id)).toBe(1);
  });

  it("leaving the waiting list from the middle closes the gap", async () => {
    const { session } = await newSession({ capacity: 1 });
    const people = await Promise.all(Array.from({ length: 5 }, () => person()));
    const outcomes = [];
    for (const p of people) outcomes.push(await registerForSession(services, p, { sessionId: session.id }));
    await cancelRegistration(services, people[2]!, { registrationId: outcomes[2]!.id }); // position 2
    const waiting = (await registrations(session.id)).filter((r) => r.status === "waitlisted").sort((x, y) => x.waitlistPosition! - y.waitlistPosition!);
    expect(waiting.map((r) => [r.participantEmail, r.waitlistPosition])).toEqual([
      [people[1]!.email, 1],
      [people[3]!.email, 2],
      [people[4]!.email, 3],
    ]);
  });

  it("without a waiting list a cancelled place is simply free again; after the deadline cancelling is refused", async () => {
    const { session } = await newSession({ capacity: 3, deadlineInHours: 24 });
    const p = await person();
    const r = await registerForSession(services, p, { sessionId: session.id });
    await cancelRegistration(services, p, { registrationId: r.id });
    expect(await placesTaken(session.id)).toBe(0);
    const again = await registerForSession(services, p, { sessionId: session.id });
    expect(again.status).toBe("confirmed");
    services.clock.advance(25 * HOUR);
    expect(await refusal(cancelRegistration(services, p, { registrationId: again.id }))).toContain("De aanmeldtermijn is verlopen");
  });

  it("a stranger cannot cancel someone else's registration", async () => {
    const { session } = await newSession();
    const [owner, stranger] = await Promise.all([person(), person()]);
    const r = await registerForSession(services, owner, { sessionId: session.id });
    expect(await refusal(cancelRegistration(services, stranger, { registrationId: r.id }))).toBe("Deze aanmelding bestaat niet.");
  });
});

describe("an employer registers employees", () => {
  it("holds places until each employee confirms; unconfirmed holds lapse after 72 hours and go to the waiting list", async () => {
    const { session } = await newSession({ capacity: 2 });
    const contact = await person("Bedrijfscontact");
    await insertMembership(services.db, contact, companyId, "admin");
    const outcome = await registerEmployees(services, contact, {
      sessionId: session.id,
      organisationId: companyId,
      employees: [
        { name: "Jan", email: "Jan@Kampstaal.example" },
        { name: "Piet", email: "piet@kampstaal.example" },
        { name: "Kees", email: "kees@kampstaal.example" },
      ],
    });
    expect(outcome.map((o) => [o.email, o.status, o.position])).toEqual([
      ["jan@kampstaal.example", "pending_confirmation", null],
      ["piet@kampstaal.example", "pending_confirmation", null],
      ["kees@kampstaal.example", "waitlisted", 1],
    ]);
    const jan = (await registrations(session.id)).find((r) => r.participantEmail === "jan@kampstaal.example")!;
    const mail = (await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, "jan@kampstaal.example")))[0]!;
    expect(mail.text).toContain(`/aanmelding/bevestigen/${jan.token}`);
    expect((await confirmEmployeeRegistration(services, null, { token: jan.token })).status).toBe("confirmed");

    services.clock.advance(72 * HOUR + 1000);
    expect(await expireLapsedPlaces(services)).toEqual({ expired: 1, passedOn: 1 });
    const rows = new Map((await registrations(session.id)).map((r) => [r.participantEmail, r.status]));
    expect(rows.get("jan@kampstaal.example")).toBe("confirmed");
    expect(rows.get("piet@kampstaal.example")).toBe("expired");
    expect(rows.get("kees@kampstaal.example")).toBe("offered");
    expect(await placesTaken(session.id)).toBe(2);

    expect(
      await refusal(registerEmployees(services, contact, { sessionId: session.id, organisationId: companyId, employees: [{ name: "Jan", email: "jan@kampstaal.example" }] })),
    ).toBe("Een van deze medewerkers is al aangemeld voor deze sessie.");
    const outsider = await person();
    await expect(registerEmployees(services, outsider, { sessionId: session.id, organisationId: companyId, employees: [{ name: "X", email: "x@example.nl" }] })).rejects.toThrow(
      DomainError,
    );
  });
});

describe("the provider cancels a session", () => {
  it("ends every registration and mails each participant", async () => {
    const { course: c, session } = await newSession({ capacity: 1 });
    const [a, b] = await Promise.all([person(), person()]);
    await registerForSession(services, a, { sessionId: session.id });
    await registerForSession(services, b, { sessionId: session.id });
    expect(await cancelSession(services, providerAdmin, { slug: c.slug, sessionId: session.id })).toEqual({ cancelled: 2 });
    const rows = await registrations(session.id);
    expect(rows.every((r) => r.status === "cancelled" && r.waitlistPosition === null)).toBe(true);
    const mails = await services.db.select().from(mailOutbox).where(and(eq(mailOutbox.to, b.email), sql`${mailOutbox.subject} like 'Geannuleerd:%'`));
    expect(mails).toHaveLength(1);
    expect(await refusal(registerForSession(services, await person(), { sessionId: session.id }))).toBe("Deze sessie is geannuleerd. Aanmelden is niet meer mogelijk.");
  });
});

describe("a paid course", () => {
  it("is booked only with the price the confirmation step showed; one click without it books nothing", async () => {
    const { session } = await newSession({ capacity: 3, priceCents: 27_500 });
    const buyer = await person();
    const unconfirmed = await rejection(registerForSession(services, buyer, { sessionId: session.id }));
    expect(unconfirmed).toMatchObject({ kind: "conflict", message: "courses.error.priceNotConfirmed" });
    // A confirmation of an older price is not a confirmation of this one.
    await expectRefusal(registerForSession(services, buyer, { sessionId: session.id, acceptedPriceCents: 25_000 }), "conflict", "courses.error.priceNotConfirmed");
    expect(await registrations(session.id)).toEqual([]);
    expect(await placesTaken(session.id)).toBe(0);
    expect(await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, buyer.email))).toEqual([]);

    expect(await registerForSession(services, buyer, { sessionId: session.id, acceptedPriceCents: 27_500 })).toMatchObject({ status: "confirmed" });
    expect(await placesTaken(session.id)).toBe(1);
  });

  it("an employer confirms the price before employees are registered", async () => {
    const { session } = await newSession({ capacity: 3, priceCents: 27_500 });
    const contact = await person("Contact");
    await insertMembership(services.db, contact, companyId, "admin");
    const employees = [{ name: "Piet", email: `piet${++counter}@kampstaal.example` }];
    await expectRefusal(registerEmployees(services, contact, { sessionId: session.id, organisationId: companyId, employees }), "conflict", "courses.error.priceNotConfirmed");
    expect(await registrations(session.id)).toEqual([]);
    const outcome = await registerEmployees(services, contact, { sessionId: session.id, organisationId: companyId, employees, acceptedPriceCents: 27_500 });
    expect(outcome.map((o) => o.status)).toEqual(["pending_confirmation"]);
  });

  it("a free course needs no confirmation", async () => {
    const { session } = await newSession({ capacity: 3 });
    expect(await registerForSession(services, await person(), { sessionId: session.id })).toMatchObject({ status: "confirmed" });
  });
});

describe("adding sessions", () => {
  const form = (date: string, startTime = "09:00") =>
    sessionFormSchema.parse({ date, startTime, endTime: "16:30", place: "", address: "", capacity: "8", minParticipants: "", deadline: "2027-02-20" });

  it("refuses the same session (course and start) twice, beside the date; another start or a cancelled one may be added", async () => {
    const { course: c } = await newSession();
    const first = await createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-01") });
    const twice = await rejection(createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-01") }));
    expect(twice).toMatchObject({ kind: "conflict", message: "courses.error.sessionDuplicate", field: "date" });
    // Two posts at once (a double click): one session, one refusal.
    const both = await Promise.allSettled([
      createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-08") }),
      createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-08") }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    await createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-01", "13:00") });
    await cancelSession(services, providerAdmin, { slug: c.slug, sessionId: first.id });
    await createSession(services, providerAdmin, { slug: c.slug, session: form("2027-03-01") });
    const starts = await services.db
      .select({ startsAt: courseSession.startsAt, status: courseSession.status })
      .from(courseSession)
      .where(eq(courseSession.courseId, c.id))
      .orderBy(asc(courseSession.startsAt), asc(courseSession.status));
    expect(starts.filter((s) => s.startsAt.getTime() >= new Date("2027-03-01T00:00:00Z").getTime()).map((s) => `${s.startsAt.toISOString()} ${s.status}`)).toEqual([
      "2027-03-01T08:00:00.000Z cancelled",
      "2027-03-01T08:00:00.000Z scheduled",
      "2027-03-01T12:00:00.000Z scheduled",
      "2027-03-08T08:00:00.000Z scheduled",
    ]);
  });
});

describe("the participants export", () => {
  it("names each status with the participants page's words (\"Aangemeld\", not \"Bevestigd\")", async () => {
    const { course: c, session } = await newSession({ capacity: 1 });
    const first = await person("Eerste");
    const second = await person("Tweede");
    await registerForSession(services, first, { sessionId: session.id });
    await registerForSession(services, second, { sessionId: session.id });
    const csv = (await exportRegistrations(services, providerAdmin, { slug: c.slug, sessionId: session.id, kind: "csv" })).body.toString("utf8");
    const t = translator("nl");
    expect(t("courses.registrationStatus.confirmed")).toBe("Aangemeld");
    expect(csv).toContain(`${first.name};${first.email};;${t("courses.registrationStatus.confirmed")};;`);
    expect(csv).toContain(`${second.name};${second.email};;${t("courses.registrationStatus.waitlisted")};1;`);
    expect(csv).not.toContain("Bevestigd");
  });
});
