import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import type { AppServices } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { mailOutbox } from "~/db/schema/index.ts";
import { createMailer, type MailTransport } from "~/lib/mail/mailer.server.ts";
import { mailJobs, MAIL_DELIVER } from "~/lib/mail/jobs.server.ts";

describe(`job queue (${TEST_DB})`, () => {
  let database: Database;
  let services: AppServices;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    await services.jobs.start(["test.tx", MAIL_DELIVER]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a job sent inside a transaction exists only if the transaction commits", async () => {
    const seen: unknown[] = [];
    await services.db
      .transaction(async (tx) => {
        await services.jobs.send("test.tx", { n: 1 }, { tx });
        throw new Error("rollback");
      })
      .catch(() => {});
    await services.db.transaction(async (tx) => {
      await services.jobs.send("test.tx", { n: 2 }, { tx });
    });
    expect(await services.jobs.drain("test.tx", async (data) => void seen.push(data))).toBe(1);
    expect(seen).toEqual([{ n: 2 }]);
    expect(await services.jobs.drain("test.tx", async () => {})).toBe(0);
  });

  it("a job for later is not run now", async () => {
    await services.jobs.send("test.later", { n: 1 }, { startAfter: new Date(Date.now() + 3600_000) });
    await services.jobs.send("test.later", { n: 2 });
    const seen: unknown[] = [];
    expect(await services.jobs.drain("test.later", async (data) => void seen.push(data))).toBe(1);
    expect(seen).toEqual([{ n: 2 }]);
  });

  it("refuses, rather than deadlocks, a send inside a transaction to a queue not started", async () => {
    await expect(services.db.transaction((tx) => services.jobs.send("test.unknown", {}, { tx }))).rejects.toThrow(/not ready/);
  });

  it("with SMTP configured, mail is delivered by the mail.deliver job after commit", async () => {
    const sent: Record<string, unknown>[] = [];
    const transport: MailTransport = { from: "Technohub <noreply@example.nl>", sendMail: async (m) => void sent.push(m) };
    const mailer = createMailer({ db: services.db, transport, jobs: services.jobs });
    const id = (await services.db.transaction((tx) => mailer.send({ to: "a@example.nl", subject: "Hallo", text: "Tekst" }, tx))).id!;
    expect(sent).toHaveLength(0);
    const deliver = mailJobs.find((j) => j.name === MAIL_DELIVER)!;
    await services.jobs.drain(MAIL_DELIVER, (data) => deliver.run({ ...services, mailTransport: transport }, data as Record<string, unknown>));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "a@example.nl", subject: "Hallo" });
    const [row] = await services.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row!.status).toBe("sent");
  });
});
