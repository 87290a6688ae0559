import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

/**
 * Every decision an administrator or a coordinator takes: who, what, when, and the subject as it
 * was before and after. Written by app/services/common/audit.server.ts inside the decision's own
 * transaction, so a decision without its row (or a row without its decision) cannot happen.
 * The actor's name is copied: the log must still say who it was after the account is deleted.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    subjectLabel: text("subject_label").notNull().default(""),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_action_idx").on(t.action, t.at),
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

/**
 * A blocked account: it cannot sign in (app/auth/blocked-accounts.server.ts refuses every new
 * session) and its sessions were revoked when it was blocked. Unblocking deletes the row.
 */
export const accountBlock = pgTable("account_block", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  blockedAt: timestamp("blocked_at", { withTimezone: true }).notNull().defaultNow(),
  blockedBy: text("blocked_by").references(() => user.id, { onDelete: "set null" }),
  reason: text("reason").notNull().default(""),
});
