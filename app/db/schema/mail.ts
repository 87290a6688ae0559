import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export type OutboxAttachment = { filename: string; contentType: string; content: string /* base64 */ };

/**
 * Every e-mail the platform sends is recorded here. Without SMTP this is the
 * outbox that /dev/mail shows; with SMTP, `sentAt` records delivery.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attachments: jsonb("attachments").$type<OutboxAttachment[]>().notNull().default([]),
    status: text("status", { enum: ["outbox", "sent", "failed"] }).notNull().default("outbox"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_to_idx").on(t.to), index("mail_outbox_created_idx").on(t.createdAt)],
);
