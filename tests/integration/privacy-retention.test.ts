import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { createOfferAs, insertMembership, insertOrganisation, insertUser } from "../support/factories.ts";
import { expectRefusal } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import { auditLog, mailOutbox, notification, offer, retentionRun, session, verification, webhookDelivery, webhookSubscription } from "~/db/schema/index.ts";
import { privacyJobs, PRIVACY_RETENTION } from "~/services/privacy/jobs.server.ts";
import { sweepRetention } from "~/services/privacy/sweep-retention.server.ts";

const DAY = 86_400_000;
let database: Database;
let services: ReturnType<typeof createTestServices>;

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
});
afterAll(async () => {
  await database?.close();
});

describe("the retention job", () => {
  it("removes what has passed its period, keeps what has not, and records the counts", async () => {
    const { db } = services;
    // Today in the test: Sunday 6 December 2026.
    const now = new Date("2026-12-06T03:30:00+01:00");
    services.clock.set(now);
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const person = await insertUser(db, { name: "Bewaard Persoon" });
    const company = await insertOrganisation(db, { kind: "company", name: "Bewaar BV", place: "Utrecht", lat: 52.09, lon: 5.12 });
    await insertMembership(db, person.id, company.id, "admin");

    await db.insert(session).values([
      { id: "s-old", token: "t-old", userId: person.id, expiresAt: ago(8) },
      { id: "s-new", token: "t-new", userId: person.id, expiresAt: ago(6) },
    ]);
    await db.insert(verification).values([
      { id: "v-old", identifier: "x", value: "y", expiresAt: ago(30) },
      { id: "v-new", identifier: "x", value: "z", expiresAt: new Date(now.getTime() + DAY) },
    ]);
    await db.insert(mailOutbox).values([
      { to: "oud@example.nl", subject: "Oud", text: "…", createdAt: ago(91) },
      { to: "nieuw@example.nl", subject: "Nieuw", text: "…", createdAt: ago(89) },
    ]);
    // Two school years: from December 2026, everything before 1 August 2024 goes.
    await db.insert(notification).values([
      { userId: person.id, kind: "other", subject: "Juli 2024", excerpt: "", mailState: "sent", createdAt: new Date("2024-07-31T12:00:00+02:00") },
      { userId: person.id, kind: "other", subject: "Augustus 2024", excerpt: "", mailState: "sent", createdAt: new Date("2024-08-01T12:00:00+02:00") },
    ]);
    await db.insert(auditLog).values([
      { actorName: "Beheer", action: "x", subjectType: "network", subjectId: "1", at: ago(5 * 365 + 1) },
      { actorName: "Beheer", action: "x", subjectType: "network", subjectId: "2", at: ago(5 * 365 - 1) },
    ]);
    // Webhook deliveries: only the retention job removes finished ones (ADR 031), 30 days after the event; a pending one stays whatever its age.
    const [subscription] = await db
      .insert(webhookSubscription)
      .values({ organisationId: company.id, url: "https://ontvanger.example.nl/hook", eventTypes: ["request.created"], secretEncrypted: "sealed", createdAt: ago(40) })
      .returning();
    const delivery = (name: string, status: "pending" | "delivered" | "failed", days: number) => ({
      subscriptionId: subscription!.id,
      eventType: "request.created" as const,
      body: JSON.stringify({ id: name }),
      status,
      deliveredAt: status === "delivered" ? ago(days) : null,
      createdAt: ago(days),
    });
    await db.insert(webhookDelivery).values([
      delivery("delivered-31", "delivered", 31),
      delivery("delivered-29", "delivered", 29),
      delivery("failed-31", "failed", 31),
      delivery("pending-31", "pending", 31),
    ]);
    const deliveries = async () => (await db.select({ body: webhookDelivery.body }).from(webhookDelivery)).map((r) => JSON.parse(r.body).id as string).sort();

    const ended = await createOfferAs(services, person, company.id, { title: "Oud aanbod", contactName: "Jan Gastdocent", contactEmail: "jan@bewaar.nl" });
    const running = await createOfferAs(services, person, company.id, { title: "Lopend aanbod", contactName: "Piet Gastdocent", contactEmail: "piet@bewaar.nl" });
    await db.update(offer).set({ status: "archived", updatedAt: ago(366), vogValidUntil: "2025-12-05" }).where(eq(offer.id, ended.id));
    await db.update(offer).set({ vogValidUntil: "2025-12-06" }).where(eq(offer.id, running.id));

    const removed = await sweepRetention(services, null);
    expect(removed).toMatchObject({ sessions: 1, verifications: 1, mailOutbox: 1, webhookDeliveries: 2, inbox: 1, auditLog: 1, offerContacts: 1, vogStatements: 1 });
    expect(await deliveries()).toEqual(["delivered-29", "pending-31"]);

    expect((await db.select({ id: session.id }).from(session)).map((r) => r.id)).toEqual(["s-new"]);
    expect((await db.select({ id: verification.id }).from(verification)).map((r) => r.id)).toEqual(["v-new"]);
    expect((await db.select({ to: mailOutbox.to }).from(mailOutbox)).map((r) => r.to)).not.toContain("oud@example.nl");
    expect((await db.select({ s: notification.subject }).from(notification)).map((r) => r.s)).toEqual(["Augustus 2024"]);
    expect((await db.select({ id: auditLog.subjectId }).from(auditLog)).map((r) => r.id)).toEqual(["2"]);
    const offers = await db.select({ id: offer.id, contactName: offer.contactName, contactEmail: offer.contactEmail, vog: offer.vogValidUntil }).from(offer);
    // The ended offer stays (for the figures), without its contact; the running one keeps its contact and its VOG of a year ago today.
    expect(offers.find((o) => o.id === ended.id)).toEqual({ id: ended.id, contactName: null, contactEmail: null, vog: null });
    expect(offers.find((o) => o.id === running.id)).toEqual({ id: running.id, contactName: "Piet Gastdocent", contactEmail: "piet@bewaar.nl", vog: "2025-12-06" });

    const [run] = await db.select().from(retentionRun).orderBy(desc(retentionRun.ranAt)).limit(1);
    expect(run?.ranAt.toISOString()).toBe(now.toISOString());
    expect(run?.removed).toEqual(removed);

    // Two days later, through the job as pg-boss runs it: the kept rows have passed now too.
    services.clock.advance(2 * DAY);
    await privacyJobs.find((j) => j.name === PRIVACY_RETENTION)!.run(services, {});
    const [second] = await db.select().from(retentionRun).orderBy(desc(retentionRun.ranAt)).limit(1);
    expect(second?.removed).toMatchObject({ sessions: 1, vogStatements: 1, inbox: 0, auditLog: 1, webhookDeliveries: 1 });
    expect(await deliveries()).toEqual(["pending-31"]);
  });

  it("is the system's work only", async () => {
    const someone = await insertUser(services.db, { name: "Iemand" });
    await expectRefusal(sweepRetention(services, someone), "forbidden");
  });
});
