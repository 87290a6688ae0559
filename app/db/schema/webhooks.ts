import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";
import { WEBHOOK_EVENT_TYPES } from "../../domain/webhooks/events.ts";

/**
 * An organisation's subscription of one URL to some of its events (ADR 031). The signing secret
 * is kept encrypted (AES-256-GCM, key derived from the auth secret): the server must read it to
 * sign, a copy of the database alone must not. `failingSince` is the first failed attempt after
 * the last success; after WEBHOOK_PAUSE_AFTER_MS of failures the subscription is paused.
 */
export const webhookSubscription = pgTable(
  "webhook_subscription",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    eventTypes: text("event_types", { enum: WEBHOOK_EVENT_TYPES }).array().notNull(),
    secretEncrypted: text("secret_encrypted").notNull(),
    /**
     * The secret before the last roll, still signing beside the new one until `previousSecretUntil`
     * (Standard Webhooks sends several signatures), so a receiver can change over without losing a delivery.
     */
    previousSecretEncrypted: text("previous_secret_encrypted"),
    previousSecretUntil: timestamp("previous_secret_until", { withTimezone: true }),
    status: text("status", { enum: ["active", "paused"] }).notNull().default("active"),
    pausedReason: text("paused_reason", { enum: ["manual", "failing"] }),
    failingSince: timestamp("failing_since", { withTimezone: true }),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Every emitted event looks up its organisation's active subscriptions.
  (t) => [index("webhook_subscription_org_idx").on(t.organisationId).where(sql`status = 'active'`)],
);

/**
 * One event for one subscription: the outbox row written in the transaction that made the event,
 * and the record of sending it. `body` is the exact JSON that is signed and sent on every attempt.
 * `status`: `pending` (waiting for `nextAttemptAt`), `delivered` (a 2xx), `failed` (given up).
 */
export const webhookDelivery = pgTable(
  "webhook_delivery",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => webhookSubscription.id, { onDelete: "cascade" }),
    eventType: text("event_type", { enum: WEBHOOK_EVENT_TYPES }).notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_delivery_due_idx").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("webhook_delivery_subscription_idx").on(t.subscriptionId, t.createdAt),
    // The nightly retention rule removes finished deliveries by age (ADR 031's amendment, ADR 035).
    index("webhook_delivery_finished_idx").on(t.createdAt).where(sql`status <> 'pending'`),
  ],
);
