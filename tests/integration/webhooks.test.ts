import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertCourseWithSessions, insertMembership, insertNetwork, insertOrganisation, insertUser } from "../support/factories.ts";
import { expectRefusal } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { lessonRequest, mailOutbox, webhookDelivery, webhookSubscription } from "~/db/schema/index.ts";
import type { WebhookEventType, WebhookPayload } from "~/domain/webhooks/events.ts";
import { WEBHOOK_GIVE_UP_MS } from "~/domain/webhooks/schedule.ts";
import { parseEnv } from "~/lib/env.server.ts";
import { cancelRegistration } from "~/services/courses/cancel-registration.server.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";
import { webhookJobs, WEBHOOKS_DELIVER } from "~/services/webhooks/jobs.server.ts";
import { createWebhook } from "~/services/webhooks/create-webhook.server.ts";
import { listWebhooks } from "~/services/webhooks/list-webhooks.server.ts";
import { removeWebhook } from "~/services/webhooks/remove-webhook.server.ts";
import { resetWebhookSecret } from "~/services/webhooks/reset-webhook-secret.server.ts";
import { sweepWebhookDeliveries } from "~/services/webhooks/sweep-webhook-deliveries.server.ts";
import { updateWebhookStatus } from "~/services/webhooks/update-webhook-status.server.ts";

/** A real receiver on this machine: records every POST and answers with the next planned status (200 when none is left). */
class Receiver {
  received: { headers: Record<string, string>; body: string }[] = [];
  plan: number[] = [];
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      this.received.push({ headers: req.headers as Record<string, string>, body });
      res.statusCode = this.plan.shift() ?? 200;
      res.end("ok");
    });
  });
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }
  url(path = "/hook") {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  reset() {
    this.received = [];
    this.plan = [];
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const HOUR = 3_600_000;
let database: Database;
let services: ReturnType<typeof createTestServices>;
let receiverA: Receiver;
let receiverB: Receiver;
let adminA: SessionUser;
let adminB: SessionUser;
let providerA: { id: string; slug: string };
let providerB: { id: string; slug: string };
let counter = 0;

const person = (name = "Deelnemer") => insertUser(services.db, { name: `${name} ${++counter}` });

async function sessionOf(providerId: string, capacity = 5) {
  const now = services.clock.now().getTime();
  const { course, sessions } = await insertCourseWithSessions(services.db, { providerId, title: "PLC-programmeren" }, [
    { startsAt: new Date(now + 30 * 24 * HOUR), capacity, registrationDeadline: new Date(now + 14 * 24 * HOUR), place: "Utrecht" },
  ]);
  return { course, session: sessions[0]! };
}

async function subscribe(actor: SessionUser, slug: string, url: string, eventTypes: WebhookEventType[]) {
  return createWebhook(services, actor, { slug, url, eventTypes });
}

const deliveriesOf = (subscriptionId: string) => services.db.select().from(webhookDelivery).where(eq(webhookDelivery.subscriptionId, subscriptionId));

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  receiverA = await new Receiver().start();
  receiverB = await new Receiver().start();
  providerA = await insertOrganisation(services.db, { slug: "opleider-a", name: "Opleider A", kind: "provider" });
  providerB = await insertOrganisation(services.db, { slug: "opleider-b", name: "Opleider B", kind: "provider" });
  adminA = await person("Beheerder A");
  adminB = await person("Beheerder B");
  await insertMembership(services.db, adminA, providerA.id, "admin");
  await insertMembership(services.db, adminB, providerB.id, "admin");
});
afterAll(async () => {
  await receiverA?.close();
  await receiverB?.close();
  await database?.close();
});
beforeEach(async () => {
  // Near the wall clock: the signature's timestamp is the wall clock, the schedule the test clock.
  services.clock.set(new Date());
  receiverA.reset();
  receiverB.reset();
  await services.db.delete(webhookSubscription);
});

describe(`webhooks (${TEST_DB})`, () => {
  it("a registration reaches the provider's receiver, signed per Standard Webhooks, with ids and no personal data", async () => {
    const { secret, id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const { course, session } = await sessionOf(providerA.id);
    const participant = await person();
    const outcome = await registerForSession(services, participant, { sessionId: session.id });

    expect(await webhookJobs.find((j) => j.name === WEBHOOKS_DELIVER)!.run(services, {})).toBeUndefined();
    expect(receiverA.received).toHaveLength(1);
    const { headers, body } = receiverA.received[0]!;
    const payload = new Webhook(secret).verify(body, headers) as WebhookPayload;
    expect(payload).toMatchObject({
      type: "registration.created",
      data: { registrationId: outcome.id, sessionId: session.id, courseId: course.id, status: "confirmed", url: `http://localhost:3000/cursussen/${course.slug}/sessies/${session.id}/deelnemers` },
    });
    expect(payload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(payload.timestamp).getTime()).toBe(services.clock.now().getTime());
    expect(body).not.toContain(participant.email);
    expect(body).not.toContain(participant.name);
    const [delivery] = await deliveriesOf(id);
    expect(headers["webhook-id"]).toBe(delivery!.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200, lastError: null });
    // Nothing more is due.
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 0, delivered: 0 });
  });

  it("a receiver that fails first gets the same message again after the backoff, and it is delivered", async () => {
    const { secret, id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created", "registration.cancelled", "vacancy.offered"]);
    const { session } = await sessionOf(providerA.id);
    receiverA.plan = [503];
    await registerForSession(services, await person(), { sessionId: session.id });

    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 1, delivered: 0 });
    let [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 503, lastError: "HTTP 503" });
    expect(delivery!.nextAttemptAt!.getTime()).toBe(services.clock.now().getTime() + 60_000);
    const [failing] = await services.db.select().from(webhookSubscription).where(eq(webhookSubscription.id, id));
    expect(failing!.failingSince).not.toBeNull();

    // Not before its time.
    services.clock.advance(30_000);
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 0, delivered: 0 });
    services.clock.advance(30_000);
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 1, delivered: 1 });
    [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200 });
    expect(receiverA.received.map((r) => r.headers["webhook-id"])).toEqual([delivery!.id, delivery!.id]);
    for (const r of receiverA.received) expect(new Webhook(secret).verify(r.body, r.headers)).toMatchObject({ type: "registration.created" });
    const [healthy] = await services.db.select().from(webhookSubscription).where(eq(webhookSubscription.id, id));
    expect(healthy!.failingSince).toBeNull();
  });

  it("a cancellation that frees a place sends the cancellation and the vacancy offered to the first on the waiting list", async () => {
    const { id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.cancelled", "vacancy.offered"]);
    const { session } = await sessionOf(providerA.id, 1);
    const first = await person();
    const second = await person();
    const kept = await registerForSession(services, first, { sessionId: session.id });
    const waiting = await registerForSession(services, second, { sessionId: session.id });
    await cancelRegistration(services, first, { registrationId: kept.id });
    await sweepWebhookDeliveries(services, null);
    const types = receiverA.received.map((r) => (JSON.parse(r.body) as WebhookPayload).type).sort();
    expect(types).toEqual(["registration.cancelled", "vacancy.offered"]);
    const vacancy = receiverA.received.map((r) => JSON.parse(r.body) as WebhookPayload).find((p) => p.type === "vacancy.offered")!;
    expect(vacancy.data).toMatchObject({ registrationId: waiting.id, sessionId: session.id });
    expect(await deliveriesOf(id)).toHaveLength(2);
  });

  it("an event of a rolled-back transaction sends nothing", async () => {
    const { id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const event = { organisationId: providerA.id, type: "registration.created" as const, data: { registrationId: "r", sessionId: "s", courseId: "c", status: "confirmed", url: "http://localhost:3000/" } };
    await expect(
      services.db.transaction(async (tx) => {
        await emitWebhookEvent(tx, services, event);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await deliveriesOf(id)).toHaveLength(0);
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 0, delivered: 0 });
    expect(receiverA.received).toHaveLength(0);
    // The same event committed is sent.
    await services.db.transaction((tx) => emitWebhookEvent(tx, services, event));
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 1, delivered: 1 });
  });

  it("an organisation's subscription never gets another organisation's events, and its page never shows them", async () => {
    const a = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const b = await subscribe(adminB, providerB.slug, receiverB.url(), ["registration.created", "registration.cancelled", "vacancy.offered", "request.created", "request.answered"]);
    const { session } = await sessionOf(providerA.id);
    await registerForSession(services, await person(), { sessionId: session.id });
    await sweepWebhookDeliveries(services, null);
    expect(receiverA.received).toHaveLength(1);
    expect(receiverB.received).toHaveLength(0);
    expect(await deliveriesOf(b.id)).toHaveLength(0);
    expect((await listWebhooks(services, adminB, { slug: providerB.slug })).deliveries).toHaveLength(0);
    expect((await listWebhooks(services, adminA, { slug: providerA.slug })).deliveries).toHaveLength(1);
    // Nor can B's administrator see or touch A's webhooks.
    await expectRefusal(listWebhooks(services, adminB, { slug: providerA.slug }), "forbidden");
    await expectRefusal(removeWebhook(services, adminB, { slug: providerB.slug, id: a.id }), "not_found");
    await expectRefusal(resetWebhookSecret(services, adminB, { slug: providerB.slug, id: a.id }), "not_found");
    // A member who is no admin may not manage them.
    const member = await person("Lid");
    await insertMembership(services.db, member, providerA.id, "member");
    await expectRefusal(createWebhook(services, member, { slug: providerA.slug, url: receiverA.url(), eventTypes: ["registration.created"] }), "forbidden");
  });

  it("a subscription failing for three days is paused and the organisation's admins are mailed, once", async () => {
    const { id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const { session } = await sessionOf(providerA.id, 10);
    receiverA.plan = Array.from({ length: 100 }, () => 500);
    await registerForSession(services, await person(), { sessionId: session.id });
    const start = services.clock.now().getTime();
    let attempts = 0;
    for (;;) {
      const [delivery] = await deliveriesOf(id);
      if (delivery!.status !== "pending" || !delivery!.nextAttemptAt) break;
      services.clock.set(delivery!.nextAttemptAt);
      const [subscription] = await services.db.select().from(webhookSubscription).where(eq(webhookSubscription.id, id));
      if (subscription!.status !== "active") break;
      attempts += (await sweepWebhookDeliveries(services, null)).attempted;
    }
    const [delivery] = await deliveriesOf(id);
    const [subscription] = await services.db.select().from(webhookSubscription).where(eq(webhookSubscription.id, id));
    expect(services.clock.now().getTime() - start).toBe(WEBHOOK_GIVE_UP_MS);
    expect(attempts).toBe(receiverA.received.length);
    expect(delivery).toMatchObject({ status: "failed", lastStatusCode: 500 });
    expect(subscription).toMatchObject({ status: "paused", pausedReason: "failing" });
    const mails = await services.db.select().from(mailOutbox).where(and(eq(mailOutbox.to, adminA.email), eq(mailOutbox.subject, "Webhook van Opleider A gepauzeerd")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(receiverA.url());
    expect(mails[0]!.text).toContain("http://localhost:3000/organisaties/opleider-a/webhooks");

    // Paused: a new event is not even recorded for it; resuming sends what is new from then on.
    await registerForSession(services, await person(), { sessionId: session.id });
    expect(await deliveriesOf(id)).toHaveLength(1);
    await updateWebhookStatus(services, adminA, { slug: providerA.slug, id, status: "active" });
    receiverA.plan = [];
    await registerForSession(services, await person(), { sessionId: session.id });
    expect(await sweepWebhookDeliveries(services, null)).toEqual({ attempted: 1, delivered: 1 });
  });

  it("refuses private and loopback addresses where they are not allowed, at subscription and again at delivery", async () => {
    const strict = { ...services, env: parseEnv({ NODE_ENV: "test", BASE_URL: "http://localhost:3000", WEBHOOK_ALLOW_PRIVATE: "0" }) };
    for (const url of [receiverA.url(), "https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://10.0.0.8/hook"]) {
      const refusal = await expectRefusal(createWebhook(strict, adminA, { slug: providerA.slug, url, eventTypes: ["registration.created"] }), "invalid");
      expect([refusal.field, refusal.message], url).toEqual(["url", url.startsWith("http:") ? "webhooks.url.https" : "webhooks.url.private"]);
    }
    // Subscribed where it was allowed (or a public name that now resolves to this machine): the delivery checks the address it connects to.
    const byName = await subscribe(adminA, providerA.slug, receiverA.url().replace("127.0.0.1", "localhost"), ["registration.created"]);
    const byAddress = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const { session } = await sessionOf(providerA.id);
    await registerForSession(services, await person(), { sessionId: session.id });
    expect(await sweepWebhookDeliveries(strict, null)).toEqual({ attempted: 2, delivered: 0 });
    expect(receiverA.received).toHaveLength(0);
    const rows = await services.db.select().from(webhookDelivery).where(inArray(webhookDelivery.subscriptionId, [byName.id, byAddress.id]));
    for (const row of rows) {
      expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
      expect(row.lastError).toMatch(/address refused/);
    }
  });

  it("rolls the secret: the next attempt is signed with the new one, and for 24 hours with the old one too", async () => {
    const { secret: old, id } = await subscribe(adminA, providerA.slug, receiverA.url(), ["registration.created"]);
    const { secret } = await resetWebhookSecret(services, adminA, { slug: providerA.slug, id });
    expect(secret).not.toBe(old);
    // One webhook per address and organisation.
    const duplicate = await expectRefusal(subscribe(adminA, providerA.slug, receiverA.url(), ["registration.cancelled"]), "conflict");
    expect([duplicate.field, duplicate.message]).toEqual(["url", "webhooks.error.duplicate"]);
    const { session } = await sessionOf(providerA.id);
    await registerForSession(services, await person(), { sessionId: session.id });
    await sweepWebhookDeliveries(services, null);
    const { headers, body } = receiverA.received[0]!;
    // Two signatures, space-separated: a receiver still on the old secret verifies as well as one on the new.
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: "registration.created" });
    expect(new Webhook(old).verify(body, headers)).toMatchObject({ type: "registration.created" });
    const [stored] = await services.db.select().from(webhookSubscription).where(eq(webhookSubscription.id, id));
    expect(stored!.secretEncrypted).not.toContain(secret.slice(6));
    expect(stored!.previousSecretEncrypted).not.toContain(old.slice(6));

    // A day and a minute later the old secret signs no more.
    services.clock.advance(24 * HOUR + 60_000);
    await registerForSession(services, await person(), { sessionId: session.id });
    await sweepWebhookDeliveries(services, null);
    const later = receiverA.received[1]!;
    expect(later.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(new Webhook(secret).verify(later.body, later.headers)).toMatchObject({ type: "registration.created" });
    expect(() => new Webhook(old).verify(later.body, later.headers)).toThrow();
  });

  it("a school's request reaches the company asked, and the company's answer reaches the school", async () => {
    const networkId = (await insertNetwork(services.db, { name: "TechNet Webhooks" })).id;
    const school = await insertOrganisation(services.db, { slug: "vmbo-webhooks", name: "Vmbo Webhooks", kind: "school", lat: 52.09, lon: 5.12, place: "Utrecht" });
    const company = await insertOrganisation(services.db, { slug: "bedrijf-webhooks", name: "Bedrijf Webhooks", kind: "company", lat: 52.09, lon: 5.12, place: "Utrecht" });
    const teacher = await person("Docent");
    const schoolAdmin = await person("Schoolbeheerder");
    const contact = await person("Contactpersoon");
    await insertMembership(services.db, teacher, school.id, "member");
    await insertMembership(services.db, schoolAdmin, school.id, "admin");
    await insertMembership(services.db, contact, company.id, "admin");
    const toCompany = await subscribe(contact, company.slug, receiverA.url(), ["request.created", "request.answered"]);
    const toSchool = await subscribe(schoolAdmin, school.slug, receiverB.url(), ["request.created", "request.answered"]);
    const offer = await createOfferAs(services, contact, company.id, { title: "Gastles warmtepompen", description: "Een monteur laat zien hoe een warmtepomp werkt.", contactEmail: contact.email });
    const [request] = await services.db
      .insert(lessonRequest)
      .values({
        schoolOrganisationId: school.id,
        createdById: teacher.id,
        networkId,
        kind: "gastles",
        title: "Gastles over warmtepompen",
        topics: ["installatietechniek"],
        level: "vmbo-kader",
        pupils: 24,
        groups: 1,
        dateOptions: [],
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
    await sweepWebhookDeliveries(services, null);
    expect(receiverA.received).toHaveLength(1);
    expect(receiverB.received).toHaveLength(0);
    expect(new Webhook(toCompany.secret).verify(receiverA.received[0]!.body, receiverA.received[0]!.headers)).toMatchObject({
      type: "request.created",
      data: { appointmentId: appointment.id, requestId: request!.id, offerId: offer.id, url: `http://localhost:3000/afspraken/${appointment.id}` },
    });

    await answerAppointment(services, contact, { appointmentId: appointment.id, date: null });
    await sweepWebhookDeliveries(services, null);
    expect(receiverA.received).toHaveLength(1);
    expect(receiverB.received).toHaveLength(1);
    expect(new Webhook(toSchool.secret).verify(receiverB.received[0]!.body, receiverB.received[0]!.headers)).toMatchObject({
      type: "request.answered",
      data: { appointmentId: appointment.id, requestId: request!.id, state: "accepted" },
    });
    expect(receiverB.received[0]!.body).not.toContain(teacher.email);
  });
});
