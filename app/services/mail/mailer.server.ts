import nodemailer from "nodemailer";
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { mailOutbox, type OutboxAttachment } from "~/db/schema/index.ts";
import { log } from "~/lib/log.server.ts";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string | Buffer }[];
};

export type Mailer = { send(message: MailMessage, db?: Db): Promise<{ id: string }> };

/**
 * The one way mail leaves the platform. Every message is recorded in the
 * outbox table; with SMTP configured it is also delivered and marked sent.
 * Passing a transaction as `db` makes the message part of that transaction.
 */
export function createMailer(options: { db: Db; smtpUrl?: string; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
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
      if (transport) {
        try {
          await transport.sendMail({
            from: options.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            attachments: attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: Buffer.from(a.content, "base64"),
            })),
          });
          await db.update(mailOutbox).set({ status: "sent", sentAt: new Date() }).where(eq(mailOutbox.id, row!.id));
        } catch (error) {
          log.error("mail delivery failed", { to: message.to, error });
          await db
            .update(mailOutbox)
            .set({ status: "failed", error: String(error) })
            .where(eq(mailOutbox.id, row!.id));
        }
      }
      return { id: row!.id };
    },
  };
}
