import nodemailer from "nodemailer";
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { mailOutbox, type OutboxAttachment } from "~/db/schema/index.ts";
import type { JobQueue } from "~/jobs/queue.server.ts";
import { log } from "~/lib/log.server.ts";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string | Buffer }[];
};

export type Mailer = { send(message: MailMessage, db?: Db): Promise<{ id: string }> };
export type MailTransport = { sendMail(message: Record<string, unknown>): Promise<unknown>; from: string } | null;

export function createMailTransport(smtpUrl: string | undefined, from: string): MailTransport {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return { sendMail: (m) => transport.sendMail(m), from };
}

/**
 * The one way mail leaves the platform. Every message is recorded in the
 * outbox table (with the caller's transaction, when given). With SMTP
 * configured, a `mail.deliver` job sends it after commit; without SMTP the
 * outbox is where it stays (shown at /dev/mail in development and demo mode).
 */
export function createMailer(options: { db: Db; transport: MailTransport; jobs?: JobQueue }): Mailer {
  return {
    async send(message, db = options.db) {
      const attachments: OutboxAttachment[] = (message.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content).toString("base64"),
      }));
      const [row] = await db
        .insert(mailOutbox)
        .values({ to: message.to, subject: message.subject, text: message.text, html: message.html, attachments })
        .returning({ id: mailOutbox.id });
      const id = row!.id;
      if (options.transport) {
        if (options.jobs) await options.jobs.send("mail.deliver", { id }, { tx: db === options.db ? undefined : db });
        else await deliverMail(db, options.transport, id);
      }
      return { id };
    },
  };
}

/** Sends one outbox message over SMTP and records the outcome; throws so the queue retries. */
export async function deliverMail(db: Db, transport: MailTransport, id: string) {
  if (!transport) return;
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  if (!mail || mail.status === "sent") return;
  try {
    await transport.sendMail({
      from: transport.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, "base64") })),
    });
    await db.update(mailOutbox).set({ status: "sent", sentAt: new Date(), error: null }).where(eq(mailOutbox.id, id));
  } catch (error) {
    log.error("mail delivery failed", { to: mail.to, error });
    await db.update(mailOutbox).set({ status: "failed", error: String(error) }).where(eq(mailOutbox.id, id));
    throw error;
  }
}
