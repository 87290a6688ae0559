import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { network } from "./networks.ts";
import { appointment, lessonRequest, offer } from "./guest-lessons.ts";

/**
 * One-off steps of an appointment that are not state changes: reminders sent by the sweeps
 * (answer reminder, 7 days and 1 day before, confirmation request, coordinator alert) and the
 * provider's confirmation the week before. The primary key makes every step happen once, so a
 * sweep that runs twice (or on two workers) sends nothing twice: INSERT … ON CONFLICT DO NOTHING
 * RETURNING decides who sends.
 */
export const appointmentStep = pgTable(
  "appointment_step",
  {
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id, { onDelete: "cascade" }),
    step: text("step").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.step] })],
);

/**
 * An offer put before a school for its request: by a coordinator ("Stel een aanbod voor") or
 * by the escalation sweep (the next matches when a provider stays silent). The school takes it
 * in one step, which creates an appointment.
 */
export const requestSuggestion = pgTable(
  "request_suggestion",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => lessonRequest.id, { onDelete: "cascade" }),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offer.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["coordinator", "escalation"] }).notNull(),
    suggestedById: text("suggested_by_id").references(() => user.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    appointmentId: uuid("appointment_id").references(() => appointment.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("request_suggestion_once").on(t.requestId, t.offerId), index("request_suggestion_request_idx").on(t.requestId)],
);

/** When the escalation sweep flagged an open request for its coordinator (nobody took it up in time). */
export const requestEscalation = pgTable("request_escalation", {
  requestId: uuid("request_id")
    .primaryKey()
    .references(() => lessonRequest.id, { onDelete: "cascade" }),
  escalatedAt: timestamp("escalated_at", { withTimezone: true }).notNull(),
  reason: text("reason").notNull(),
});

/**
 * "Tips en hulpmiddelen": guidance pages coordinators and platform admins write in Markdown
 * (rendered sanitised). network_id null = a platform page, shown to everyone.
 */
export const tipPage = pgTable(
  "tip_page",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    /**
     * The database also keeps `title_folded` (th_unaccent(lower(title))) and `title_trigrams` (its number of
     * distinct trigrams), generated columns with the search's trigram indexes (migration
     * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
     * carry them, and no write can set them.
     */
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull(),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull().default(0),
    updatedById: text("updated_by_id").references(() => user.id, { onDelete: "set null" }),
    /** Hidden by a platform administrator (moderation): shown to administrators only. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tip_page_order_idx").on(t.sortOrder, t.title), index("tip_page_network_idx").on(t.networkId).where(sql`${t.networkId} IS NOT NULL`)],
);
