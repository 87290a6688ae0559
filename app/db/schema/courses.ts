import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";
import { network, networkLocation } from "./networks.ts";
import {
  COURSE_FORMATS,
  COURSE_LEVELS,
  COURSE_STATUSES,
  NEED_FORMATS,
  NEED_STATUSES,
  REGISTRATION_STATUSES,
  SESSION_STATUSES,
} from "../../domain/courses/vocabulary.ts";

/** A course (cursus/opleiding) a provider publishes, optionally within a network. */
export const course = pgTable(
  "course",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "set null" }),
    /**
     * The database also keeps `title_folded` (th_unaccent(lower(title))) and `title_trigrams` (its number of
     * distinct trigrams), generated columns with the search's trigram indexes (migration
     * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
     * carry them, and no write can set them.
     */
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    topics: text("topics").array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text("target_groups").array().notNull().default(sql`'{}'::text[]`),
    level: text("level", { enum: COURSE_LEVELS }).notNull().default("none"),
    format: text("format", { enum: COURSE_FORMATS }).notNull(),
    /** As the provider states it: "4 dagdelen", "6 weken, 1 avond per week". */
    duration: text("duration").notNull().default(""),
    /** Price per participant in euro cents; 0 is free. */
    priceCents: integer("price_cents").notNull().default(0),
    /** What it leads to: "MBO-certificaat", "Bewijs van deelname", … */
    leadsTo: text("leads_to").notNull().default(""),
    status: text("status", { enum: COURSE_STATUSES }).notNull().default("draft"),
    /** Title, summary, description and topic labels: what search and need matching read. */
    searchText: text("search_text").notNull().default(""),
    /**
     * `keywords(searchText)`, written beside the search text (Node folds the words; SQL could not
     * fold them the same way). Null only until the start-up fill of a database older than the
     * column. The demand overview picks a need's candidate courses by these words (ADR 019).
     */
    words: text("words").array(),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    /** The provider's own id for the course, set by its system through the API (ADR 029): what a PUT is idempotent by. */
    externalId: text("external_id"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("course_provider_external_id").on(t.providerId, t.externalId).where(sql`${t.externalId} IS NOT NULL`),
    check("course_price_not_negative", sql`${t.priceCents} >= 0`),
    index("course_provider_idx").on(t.providerId),
    index("course_topics_idx").using("gin", t.topics),
    index("course_search_trgm").using("gin", sql`th_unaccent(lower(${t.searchText})) gin_trgm_ops`),
    // Words that share a start of five letters may count as the same word (matching.ts), so the index holds the starts.
    index("course_word_starts_idx").using("gin", sql`th_word_starts(${t.words})`).where(sql`${t.status} = 'published'`),
  ],
);

/**
 * One edition of a course. `placesTaken` counts every registration that holds
 * a place (confirmed, attended/no-show, an open vacancy, an employee's place
 * held until they confirm); it changes only under this row's lock, and the
 * CHECK makes overbooking impossible even for a faulty writer.
 */
export const courseSession = pgTable(
  "course_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** One of the network's hubs … */
    locationId: uuid("location_id").references(() => networkLocation.id, { onDelete: "set null" }),
    /** … or an address (street and place), located for distance search. */
    address: text("address"),
    place: text("place"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    capacity: integer("capacity").notNull(),
    minParticipants: integer("min_participants").notNull().default(0),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }).notNull(),
    placesTaken: integer("places_taken").notNull().default(0),
    status: text("status", { enum: SESSION_STATUSES }).notNull().default("scheduled"),
    /** The provider's own id for the session (API, ADR 029). */
    externalId: text("external_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("course_session_external_id").on(t.courseId, t.externalId).where(sql`${t.externalId} IS NOT NULL`),
    check("course_session_capacity", sql`${t.capacity} > 0 AND ${t.placesTaken} >= 0 AND ${t.placesTaken} <= ${t.capacity}`),
    check("course_session_min", sql`${t.minParticipants} >= 0 AND ${t.minParticipants} <= ${t.capacity}`),
    check("course_session_times", sql`${t.endsAt} > ${t.startsAt}`),
    index("course_session_course_idx").on(t.courseId, t.startsAt),
    // What is coming up, soonest first, and near a place by the lat/lon box (ADR 019).
    index("course_session_upcoming_idx").on(t.startsAt).where(sql`${t.status} = 'scheduled'`),
    index("course_session_lat_lon_idx").on(t.lat, t.lon).where(sql`${t.status} = 'scheduled'`),
    // The same session added twice (a form sent again) is refused; a cancelled one may be planned anew.
    uniqueIndex("course_session_one_per_start")
      .on(t.courseId, t.startsAt)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

/** A person's place (or waiting-list spot) in a session. */
export const registration = pgTable(
  "registration",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => courseSession.id, { onDelete: "cascade" }),
    /** The participant's account, when they have one. */
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    participantName: text("participant_name").notNull(),
    participantEmail: text("participant_email").notNull(),
    /** The employer's contact who registered this employee (null when people register themselves). */
    registeredById: text("registered_by_id").references(() => user.id, { onDelete: "set null" }),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    /**
     * The stored value `offered` names a vacancy (a freed place held for the first on the waiting
     * list; see VACANCY_HOURS). The value stays as stored: renaming it would rewrite existing rows.
     */
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull(),
    waitlistPosition: integer("waitlist_position"),
    /** Until when a vacancy, or a place held for an employee's confirmation, is kept. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** The secret in the e-mail links (confirm, accept a vacancy, view and cancel without an account). */
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    check("registration_email_lowercase", sql`${t.participantEmail} = lower(${t.participantEmail})`),
    check(
      "registration_waitlist_position",
      sql`(${t.status} = 'waitlisted') = (${t.waitlistPosition} IS NOT NULL) AND (${t.waitlistPosition} IS NULL OR ${t.waitlistPosition} >= 1)`,
    ),
    uniqueIndex("registration_one_active_per_email")
      .on(t.sessionId, t.participantEmail)
      .where(sql`${t.status} NOT IN ('cancelled', 'expired')`),
    uniqueIndex("registration_waitlist_unique")
      .on(t.sessionId, t.waitlistPosition)
      .where(sql`${t.status} = 'waitlisted'`),
    // Every list of a session's people (participants, the provider's numbers, impact) reads by session, cancelled ones included.
    index("registration_session_idx").on(t.sessionId),
    index("registration_user_idx").on(t.userId),
    index("registration_email_idx").on(t.participantEmail),
    index("registration_due_idx").on(t.status, t.expiresAt),
  ],
);

/** A company's training need (opleidingsbehoefte). */
export const trainingNeed = pgTable(
  "training_need",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    topic: text("topic").notNull(),
    description: text("description").notNull().default(""),
    employeeCount: integer("employee_count").notNull(),
    level: text("level", { enum: COURSE_LEVELS }).notNull().default("none"),
    /** The period in which the company wants the training to take place. */
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    preferredFormat: text("preferred_format", { enum: NEED_FORMATS }).notNull().default("no_preference"),
    place: text("place"),
    province: text("province"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    status: text("status", { enum: NEED_STATUSES }).notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    check("training_need_employees", sql`${t.employeeCount} >= 1`),
    check("training_need_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    index("training_need_org_idx").on(t.organisationId),
    index("training_need_open_idx").on(t.status, t.topic),
  ],
);

/** A company is told once per course that covers one of its needs. */
export const needNotification = pgTable(
  "need_notification",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => trainingNeed.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.courseId] })],
);

/** The needs a (draft) course was shaped from. */
export const courseOriginNeed = pgTable(
  "course_origin_need",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    needId: uuid("need_id")
      .notNull()
      .references(() => trainingNeed.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.needId] })],
);
