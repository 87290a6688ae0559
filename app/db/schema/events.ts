import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";
import { event } from "./networks.ts";

/**
 * A visit slot a host company offers at an event: one window, a capacity in
 * pupils and/or groups, the levels it suits. Ids are what the assignment
 * engine sees as slot ids.
 */
export const eventSlot = pgTable(
  "event_slot",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    hostOrganisationId: uuid("host_organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    window: text("window").notNull(),
    capacityPupils: integer("capacity_pupils"),
    maxGroups: integer("max_groups"),
    levels: text("levels").array().notNull(),
    /** The slot's own sector; null = the host organisation's sector. */
    sector: text("sector"),
    activity: text("activity").notNull(),
    street: text("street"),
    postcode: text("postcode"),
    place: text("place"),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    accessibilityNotes: text("accessibility_notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("event_slot_some_capacity", sql`${t.capacityPupils} IS NOT NULL OR ${t.maxGroups} IS NOT NULL`),
    check("event_slot_capacity_positive", sql`${t.capacityPupils} IS NULL OR ${t.capacityPupils} > 0`),
    check("event_slot_max_groups_positive", sql`${t.maxGroups} IS NULL OR ${t.maxGroups} > 0`),
    index("event_slot_event_idx").on(t.eventId),
    index("event_slot_host_idx").on(t.hostOrganisationId),
  ],
);

/** A preference of a group, ranked by its position: a host organisation or a sector. */
export type GroupPreference = { hostId: string } | { sector: string };

/**
 * A class a school registers: size, level, when and how far it can go, and
 * its ranked wishes. Never pupils' names: `label` is the class name ("3 kader B").
 */
export const eventGroup = pgTable(
  "event_group",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    schoolOrganisationId: uuid("school_organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    registeredById: text("registered_by_id").references(() => user.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    size: integer("size").notNull(),
    level: text("level").notNull(),
    /** Windows the group can come in; empty = every window of the event. */
    windows: text("windows").array().notNull().default(sql`'{}'::text[]`),
    preferences: jsonb("preferences").$type<GroupPreference[]>().notNull().default(sql`'[]'::jsonb`),
    /** Null = the event's default maximum distance. */
    maxKm: integer("max_km"),
    /** Girlsday: the school confirms the group consists of girls only. */
    girlsOnlyConfirmed: boolean("girls_only_confirmed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("event_group_size_positive", sql`${t.size} > 0`),
    check("event_group_preferences_max_five", sql`jsonb_array_length(${t.preferences}) <= 5`),
    index("event_group_event_idx").on(t.eventId),
    index("event_group_school_idx").on(t.schoolOrganisationId),
  ],
);

export const ASSIGNMENT_RUN_STATUSES = ["queued", "running", "done", "failed"] as const;

/** One run of the assignment engine for an event, with its progress and outcome. */
export const assignmentRun = pgTable(
  "assignment_run",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    requestedById: text("requested_by_id").references(() => user.id, { onDelete: "set null" }),
    status: text("status", { enum: ASSIGNMENT_RUN_STATUSES }).notNull().default("queued"),
    progress: doublePrecision("progress").notNull().default(0),
    phase: text("phase"),
    objective: doublePrecision("objective"),
    upperBound: doublePrecision("upper_bound"),
    optimal: boolean("optimal"),
    groupCount: integer("group_count"),
    slotCount: integer("slot_count"),
    stats: jsonb("stats").$type<{ firstChoice: number; top3: number; avgKm: number; maxKm: number }>(),
    /** The engine's result as written (assignments, unassigned with reasons, timings). */
    result: jsonb("result").$type<Record<string, unknown>>(),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("assignment_run_event_idx").on(t.eventId, t.createdAt),
    // At most one run in flight per event: a second "start" is a conflict, not a second job.
    uniqueIndex("assignment_run_one_active")
      .on(t.eventId)
      .where(sql`${t.status} IN ('queued', 'running')`),
  ],
);

/** The current assignment of a group to a slot; a re-run keeps the locked ones. */
export const eventAssignment = pgTable(
  "event_assignment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .unique()
      .references(() => eventGroup.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => eventSlot.id, { onDelete: "cascade" }),
    locked: boolean("locked").notNull().default(false),
    source: text("source", { enum: ["engine", "manual"] }).notNull(),
    runId: uuid("run_id").references(() => assignmentRun.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("event_assignment_event_idx").on(t.eventId), index("event_assignment_slot_idx").on(t.slotId)],
);

/** What the host recorded on the day for one assigned group. */
export const attendance = pgTable(
  "attendance",
  {
    assignmentId: uuid("assignment_id")
      .primaryKey()
      .references(() => eventAssignment.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["present", "absent"] }).notNull(),
    pupilsPresent: integer("pupils_present"),
    recordedById: text("recorded_by_id").references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("attendance_pupils_non_negative", sql`${t.pupilsPresent} IS NULL OR ${t.pupilsPresent} >= 0`)],
);
