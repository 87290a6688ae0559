import type { Transporter } from "nodemailer";
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { inboxSetting, mailOutbox, notification, user, type OutboxAttachment } from "~/db/schema/index.ts";
import { excerptOf, kindOfLink, linkIn } from "~/domain/inbox/notification.ts";
import type { JobQueue } from "~/jobs/queue.server.ts";
import { log } from "~/lib/log.server.ts";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string | Buffer }[];
  /**
   * Goes out at once and is no inbox item: mail about the account itself (verification, a new
   * password) and the daily digest. Everything else a registered user gets is also an inbox item.
   */
  direct?: boolean;
  /** The path the inbox item opens; by default the mail's first link to this site. */
  link?: string | null;
};

/** `id` is the outbox row, or null when the mail waits for the recipient's daily digest. */
export type Mailer = {
  send(message: MailMessage, db?: Db): Promise<{ id: string | null }>;
  /** Many mails at once (an import's invitations): the same rows as `send` each, written a few statements in all. */
  sendMany(messages: readonly MailMessage[], db?: Db): Promise<(string | null)[]>;
};
export type MailTransport = { sendMail(message: Record<string, unknown>): Promise<unknown>; from: string } | null;

/**
 * nodemailer is loaded with the first mail that goes out, not when the server starts: ~6 MB of
 * heap that an instance without SMTP, or one that sends nothing for a while, need not hold (ADR 027,
 * amendment "what the server loads at start").
 */
export function createMailTransport(smtpUrl: string | undefined, from: string): MailTransport {
  if (!smtpUrl) return null;
  let transport: Promise<Transporter> | undefined;
  return {
    sendMail: async (m) => (await (transport ??= import("nodemailer").then((n) => n.default.createTransport(smtpUrl)))).sendMail(m),
    from,
  };
}

const CHUNK = 500;

/**
 * The one way mail leaves the platform. Every message is recorded in the
 * outbox table (with the caller's transaction, when given). With SMTP
 * configured, a `mail.deliver` job sends it after commit; without SMTP the
 * outbox is where it stays (shown at /dev/mail in development and demo mode).
 *
 * It is also the one place an inbox item is made: a mail to a registered user (not `direct`)
 * becomes a `notification` row in the same transaction, linked to the page the mail points at.
 * For a person who chose the daily digest the single mail is not queued at all; the item waits
 * (`held`) for the inbox.digest job.
 */
export function createMailer(options: { db: Db; transport: MailTransport; jobs?: JobQueue; baseUrl?: string }): Mailer {
  async function sendMany(messages: readonly MailMessage[], db: Db = options.db): Promise<(string | null)[]> {
    if (messages.length === 0) return [];
    const recipients = await registeredRecipients(db, messages.filter((m) => !m.direct).map((m) => m.to));
    const outbox: (typeof mailOutbox.$inferInsert & { id: string })[] = [];
    const items: (typeof notification.$inferInsert)[] = [];
    // The ids are made here, so each inbox item names its own mail without reading the rows back.
    const ids = messages.map((message) => {
      const recipient = message.direct ? null : (recipients.get(message.to.trim().toLowerCase()) ?? null);
      const id = recipient?.dailyDigest ? null : randomUUID();
      if (id) outbox.push({ id, ...outboxRow(message) });
      if (recipient) {
        const link = message.link !== undefined ? message.link : options.baseUrl ? linkIn(message.text, options.baseUrl) : null;
        items.push({
          userId: recipient.id,
          kind: kindOfLink(link),
          subject: message.subject,
          excerpt: excerptOf(message.text),
          link,
          mailState: id ? "sent" : "held",
          mailedAt: id ? new Date() : null,
          mailId: id,
        });
      }
      return id;
    });
    for (let i = 0; i < outbox.length; i += CHUNK) await db.insert(mailOutbox).values(outbox.slice(i, i + CHUNK));
    for (let i = 0; i < items.length; i += CHUNK) await db.insert(notification).values(items.slice(i, i + CHUNK));
    if (options.transport) {
      for (const { id } of outbox) {
        if (options.jobs) await options.jobs.send("mail.deliver", { id }, { tx: db === options.db ? undefined : db });
        else await deliverMail(db, options.transport, id);
      }
    }
    return ids;
  }
  return {
    async send(message, db = options.db) {
      const [id] = await sendMany([message], db);
      return { id: id ?? null };
    },
    sendMany,
  };
}

function outboxRow(message: MailMessage) {
  const attachments: OutboxAttachment[] = (message.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.content).toString("base64"),
  }));
  return { to: message.to, subject: message.subject, text: message.text, html: message.html, attachments };
}

/**
 * The registered people mails are for, by lower-cased address, and whether each wants a daily
 * digest instead of single mails. Addresses are compared without case: a registration form may
 * hold them as typed.
 */
async function registeredRecipients(db: Db, addresses: readonly string[]) {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
  const found = new Map<string, { id: string; dailyDigest: boolean }>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await db
      .select({ email: sql<string>`lower(${user.email})`, id: user.id, dailyDigest: sql<boolean>`coalesce(${inboxSetting.dailyDigest}, false)` })
      .from(user)
      .leftJoin(inboxSetting, eq(inboxSetting.userId, user.id))
      .where(inArray(sql`lower(${user.email})`, wanted.slice(i, i + CHUNK)));
    for (const r of rows) if (!found.has(r.email)) found.set(r.email, { id: r.id, dailyDigest: r.dailyDigest });
  }
  return found;
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
