import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";

/**
 * An organisation's key for the API (ADR 029). The secret itself is never stored: only the
 * SHA-256 of the high-entropy token, which is what a request is looked up by, and a short prefix
 * so people can tell their keys apart. A key acts for its organisation only, within its scopes.
 */
export const apiKey = pgTable(
  "api_key",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The first characters of the token ("thk_AbCd1234"), shown in the list. */
    prefix: text("prefix").notNull(),
    /** Hex SHA-256 of the whole token. */
    secretHash: text("secret_hash").notNull().unique(),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`),
    /** Who vouched for the key; their account going removes their keys (the key acts in their name for "created by"). */
    createdById: text("created_by_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedById: text("revoked_by_id").references(() => user.id, { onDelete: "set null" }),
    /** From this moment the key is refused (401). Null: a key made before keys expired, which does not. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** When its maker was told it expires soon (once per key). */
    expiryNoticeSentAt: timestamp("expiry_notice_sent_at", { withTimezone: true }),
  },
  (t) => [
    index("api_key_organisation_idx").on(t.organisationId, t.createdAt),
    // The daily notice reads the live keys by expiry.
    index("api_key_expires_idx").on(t.expiresAt).where(sql`revoked_at is null and expiry_notice_sent_at is null`),
  ],
);

/**
 * The API's rate limit, shared by every instance: one row per bucket ("key:<id>" or
 * "address:<ip>") holding the current fixed window and its count, moved on by one atomic
 * INSERT … ON CONFLICT DO UPDATE per request. Buckets idle for a window are swept by a job.
 */
export const apiRateLimit = pgTable(
  "api_rate_limit",
  {
    bucket: text("bucket").primaryKey(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("api_rate_limit_window_idx").on(t.windowStart)],
);
