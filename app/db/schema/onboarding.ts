import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { network } from "./networks.ts";
import { organisation } from "./organisations.ts";

/** One row of an uploaded file as read, by column (app/domain/onboarding/rows.ts). */
export type OnboardingRawRow = { row: number; cells: Record<string, string>; sheet?: "offers" | "courses" };
export type OnboardingFileErrorSheet = "offers" | "courses";
export type OnboardingFileError = { sheet?: OnboardingFileErrorSheet; row: number | null; column: string | null; message: string; params?: Record<string, string | number> };

/**
 * An uploaded spreadsheet of organisations, kept between the preview and the confirmation (ADR 034):
 * the rows as read, owned by the coordinator who uploaded them. Nothing reaches the directory until
 * the import is confirmed; errors and duplicates are worked out again from these rows each time.
 */
export const onboardingImport = pgTable(
  "onboarding_import",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    createdById: text("created_by_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    rows: jsonb("rows").$type<OnboardingRawRow[]>().notNull(),
    /** Errors of the file as a whole (an unknown or missing heading), which no row carries. */
    fileErrors: jsonb("file_errors").$type<OnboardingFileError[]>().notNull().default([]),
    status: text("status", { enum: ["preview", "confirmed"] }).notNull().default("preview"),
    createdCount: integer("created_count"),
    mergedCount: integer("merged_count"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  },
  (t) => [index("onboarding_import_network_idx").on(t.networkId, t.createdAt)],
);

/**
 * An invitation to claim an organisation: mailed to the contact the import named, accepted by
 * signing in (or up) and following its link, which makes that person the organisation's admin.
 * Only a hash of the link's token is kept; a reminder or a resend mails a new token.
 */
export const onboardingInvitation = pgTable(
  "onboarding_invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    importId: uuid("import_id").references(() => onboardingImport.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    name: text("name"),
    tokenHash: text("token_hash").notNull().unique(),
    invitedById: text("invited_by_id").references(() => user.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedById: text("accepted_by_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("onboarding_invitation_email_lower", sql`${t.email} = lower(${t.email})`),
    index("onboarding_invitation_network_idx").on(t.networkId, t.acceptedAt),
    // The reminder sweep reads the open invitations by when they were last mailed.
    index("onboarding_invitation_open_idx").on(t.sentAt).where(sql`${t.acceptedAt} IS NULL`),
  ],
);
