import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { mailOutbox } from "./mail.ts";

/**
 * One item in a person's inbox: every mail the platform sends to a registered user is also
 * recorded here, in the transaction that queues the mail (app/lib/mail/mailer.server.ts). The
 * subject and excerpt are the mail's own words, so the inbox says what the mail said.
 *
 * `mailState`: `sent` went out as its own mail; `held` waits for the person's daily digest;
 * `digested` went out in one (`mailedAt`, `mailId` the digest's outbox row).
 */
export const notification = pgTable(
  "notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["appointment", "request", "course", "need", "network", "event", "organisation", "other"] }).notNull(),
    subject: text("subject").notNull(),
    excerpt: text("excerpt").notNull(),
    /** A path on this site (with its query), or null when the mail pointed nowhere here. */
    link: text("link"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    mailState: text("mail_state", { enum: ["sent", "held", "digested"] }).notNull(),
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
    mailId: uuid("mail_id").references(() => mailOutbox.id, { onDelete: "set null" }),
  },
  (t) => [
    index("notification_user_created_idx").on(t.userId, t.createdAt),
    // The menu counts a person's unread items on every page they open.
    index("notification_unread_idx").on(t.userId).where(sql`read_at is null`),
    index("notification_held_idx").on(t.userId).where(sql`mail_state = 'held'`),
  ],
);

/** How a person wants their mail: one by one (no row, the default) or as one digest a day. */
export const inboxSetting = pgTable("inbox_setting", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  dailyDigest: boolean("daily_digest").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
