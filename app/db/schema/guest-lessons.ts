import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
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
import { network } from "./networks.ts";
import {
  APPOINTMENT_SIDES,
  APPOINTMENT_STATES,
  OFFER_KINDS,
  OFFER_STATUSES,
  REQUEST_MODES,
  REQUEST_PLACES,
  REQUEST_STATUSES,
} from "../../domain/guest-lessons/vocabulary.ts";
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LON, RADIUS_SLACK } from "../../domain/guest-lessons/plane.ts";

// Index expressions on the flat plane of domain/guest-lessons/plane.ts; services must query with
// exactly these expressions (offerReachSql, requestPointSql) for the planner to use the indexes.
const planeX = (lon: unknown) => sql`(${lon} * ${sql.raw(String(KM_PER_DEGREE_LON))})`;
const planeY = (lat: unknown) => sql`(${lat} * ${sql.raw(String(KM_PER_DEGREE_LAT))})`;

/** A period in which an offer is available; both ends inclusive, ISO dates. */
export type AvailablePeriod = { from: string; until: string };

/** A date option a school proposes: ISO date plus optional times ("09:30"). */
export type DateOption = { date: string; startTime?: string | null; endTime?: string | null };

/**
 * The shared topic list ("lassen", "installatietechniek", …). Offers and requests store topic
 * slugs in text[] columns (no FK on array elements); the write path checks slugs against this
 * table. Seeded by the migration that creates it, so every deployment has the list; platform
 * admins may add rows later.
 */
export const topic = pgTable("topic", {
  slug: text("slug").primaryKey(),
  nameNl: text("name_nl").notNull(),
  nameEn: text("name_en").notNull(),
  /** A coarse group for the filter UI: metaal, installatie, agri-food, … */
  groupName: text("group_name").notNull().default("algemeen"),
  sortOrder: integer("sort_order").notNull().default(0),
});

/**
 * An offer of a company or provider: a guest lesson, company visit, workshop, practical
 * assignment, hybrid teacher or use of a practice room.
 *
 * Matching reads only this row (plus provider_reliability): origin lat/lon are copied from the
 * organisation on save so that candidate retrieval needs no join. `travel_radius_km` is how far
 * from the origin the provider meets schools in person (at the school or at the company); online
 * meetings ignore distance. Availability: `weekdays` (ISO 1–7), `available_periods` (empty =
 * always), `blackout_dates`, `max_per_month` (enforced by part B under a row lock on the offer,
 * SELECT … FOR UPDATE, when an appointment takes a date).
 */
export const offer = pgTable(
  "offer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    kind: text("kind", { enum: OFFER_KINDS }).notNull(),
    /**
     * The database also keeps `title_folded` (th_unaccent(lower(title))) and `title_trigrams` (its number of
     * distinct trigrams), generated columns with the search's trigram indexes (migration
     * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
     * carry them, and no write can set them.
     */
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Slugs from `topic`. */
    topics: text("topics").array().notNull().default(sql`'{}'::text[]`),
    /** Free tags, lower case, as the provider types them. */
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** LESSON_LEVELS codes: po-7-8, vmbo-basis, …, mbo-4. */
    levels: text("levels").array().notNull().default(sql`'{}'::text[]`),
    groupSizeMin: integer("group_size_min").notNull().default(1),
    groupSizeMax: integer("group_size_max").notNull().default(30),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    /** OFFER_LOCATIONS codes: school, company, online. */
    locations: text("locations").array().notNull().default(sql`'{}'::text[]`),
    travelRadiusKm: integer("travel_radius_km").notNull().default(25),
    /** The organisation's coordinates and place at the last save. */
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    place: text("place"),
    weekdays: integer("weekdays").array().notNull().default(sql`'{1,2,3,4,5}'::integer[]`),
    availablePeriods: jsonb("available_periods").$type<AvailablePeriod[]>().notNull().default([]),
    blackoutDates: date("blackout_dates").array().notNull().default(sql`'{}'::date[]`),
    maxPerMonth: integer("max_per_month"),
    language: text("language").notNull().default("nl"),
    /** Contact: a user of the organisation, or a role name and address (info@…). */
    contactUserId: text("contact_user_id").references(() => user.id, { onDelete: "set null" }),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    /**
     * The company's statement that the offer's contact (who gives the lesson) holds a VOG, as the
     * date until which it holds; null: no VOG stated. Never a copy of the certificate. The same
     * contact's offers carry the same date (set together on /organisaties/:slug/vog).
     */
    vogValidUntil: date("vog_valid_until"),
    /** The end date the company was last reminded of (30 days before), so one VOG is reminded once. */
    vogRemindedFor: date("vog_reminded_for"),
    preparationTips: text("preparation_tips").notNull().default(""),
    status: text("status", { enum: OFFER_STATUSES }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Denormalised: title, description, topic names, tags, organisation name and place. */
    searchText: text("search_text").notNull().default(""),
    /** Folded words of title, tags and topic slugs (domain match-ceiling.ts matchWords); null for rows saved before it existed. */
    matchWords: text("match_words"),
    /** Hidden by a platform administrator (moderation): shown to administrators only. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    /** The company's own id for the offer, set by its system through the API (ADR 029): what a PUT is idempotent by. */
    externalId: text("external_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("offer_organisation_external_id").on(t.organisationId, t.externalId).where(sql`${t.externalId} IS NOT NULL`),
    check("offer_group_size", sql`${t.groupSizeMin} >= 1 AND ${t.groupSizeMax} >= ${t.groupSizeMin}`),
    check("offer_duration", sql`${t.durationMinutes} > 0`),
    check("offer_radius", sql`${t.travelRadiusKm} >= 0 AND ${t.travelRadiusKm} <= 200`),
    check("offer_max_per_month", sql`${t.maxPerMonth} IS NULL OR ${t.maxPerMonth} >= 1`),
    index("offer_org_idx").on(t.organisationId),
    // The daily VOG reminder reads the statements that end within a month.
    index("offer_vog_idx").on(t.vogValidUntil).where(sql`${t.vogValidUntil} IS NOT NULL`),
    // The catalogue and the home page, newest first, a page at a time; near a place by the lat/lon box (ADR 019).
    index("offer_public_idx").on(t.publishedAt.desc().nullsFirst(), t.id).where(sql`${t.status} = 'published' and ${t.hiddenAt} is null`),
    index("offer_lat_lon_idx").on(t.lat, t.lon).where(sql`${t.status} = 'published'`),
    // What an administrator hid (a few of 100,000): /beheer's count and the moderation list, newest change first (migration 0037).
    index("offer_hidden_idx").on(t.updatedAt.desc().nullsFirst()).where(sql`${t.hiddenAt} is not null`),
    // "Which offers reach this school": circle(origin, widened radius) @> point(school), via GiST.
    index("offer_reach_gist")
      .using(
        "gist",
        sql`circle(point(${planeX(t.lon)}, ${planeY(t.lat)}), ${t.travelRadiusKm} * ${sql.raw(String(RADIUS_SLACK.factor))} + ${sql.raw(String(RADIUS_SLACK.km))})`,
      )
      .where(sql`${t.status} = 'published' AND ${t.lat} IS NOT NULL AND ${t.lon} IS NOT NULL`),
    // "Nearest first" near a place: the page's offers by distance (KNN), not a sort of every match.
    index("offer_point_gist")
      .using("gist", sql`point(${planeX(t.lon)}, ${planeY(t.lat)})`)
      .where(sql`${t.status} = 'published' AND ${t.lat} IS NOT NULL AND ${t.lon} IS NOT NULL`),
    index("offer_levels_idx").using("gin", t.levels),
    index("offer_topics_idx").using("gin", t.topics),
    index("offer_fts").using("gin", sql`to_tsvector('dutch', th_unaccent(${t.searchText}))`),
  ],
);

/**
 * A school's request for a guest lesson or visit. Open requests are shown to every matching
 * provider; a direct request names one offer ("Vraag dit aan"). Either up to three date options
 * (`date_options`) or a period (`period_from`/`period_until`). `network_id` is the school's
 * network at the time of asking: part B uses it for the coordinator view and for escalation.
 * Part B turns a request into appointments; `status` becomes matched when one is accepted.
 */
export const lessonRequest = pgTable(
  "lesson_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    schoolOrganisationId: uuid("school_organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => user.id, { onDelete: "set null" }),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "set null" }),
    kind: text("kind", { enum: OFFER_KINDS }).notNull(),
    title: text("title").notNull(),
    /** Slugs from `topic`. */
    topics: text("topics").array().notNull().default(sql`'{}'::text[]`),
    /** What the teacher is looking for, in her own words (full-text matched). */
    freeText: text("free_text").notNull().default(""),
    level: text("level").notNull(),
    pupils: integer("pupils").notNull(),
    groups: integer("groups").notNull().default(1),
    dateOptions: jsonb("date_options").$type<DateOption[]>().notNull().default([]),
    periodFrom: date("period_from"),
    periodUntil: date("period_until"),
    place: text("place", { enum: REQUEST_PLACES }).notNull().default("any"),
    /** Where the school is (its organisation's coordinates, or a place the teacher typed). */
    placeName: text("place_name"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** How far the class can travel for a visit; null = no limit of its own. */
    maxTravelKm: integer("max_travel_km"),
    notes: text("notes").notNull().default(""),
    mode: text("mode", { enum: REQUEST_MODES }).notNull().default("open"),
    directOfferId: uuid("direct_offer_id").references(() => offer.id, { onDelete: "set null" }),
    status: text("status", { enum: REQUEST_STATUSES }).notNull().default("open"),
    /** When and why the school withdrew the request (status cancelled); the reason is optional. */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawReason: text("withdraw_reason"),
    /** Denormalised: title, free text, topic names, notes. */
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("lesson_request_pupils", sql`${t.pupils} >= 1 AND ${t.groups} >= 1`),
    check(
      "lesson_request_period",
      sql`${t.periodFrom} IS NULL OR ${t.periodUntil} IS NULL OR ${t.periodFrom} <= ${t.periodUntil}`,
    ),
    index("lesson_request_school_idx").on(t.schoolOrganisationId, t.status),
    index("lesson_request_network_idx").on(t.networkId, t.status),
    index("lesson_request_direct_offer_idx").on(t.directOfferId),
    // "Which open requests lie within this offer's reach": point(request) <@ circle, via GiST.
    index("lesson_request_point_gist")
      .using("gist", sql`point(${planeX(t.lon)}, ${planeY(t.lat)})`)
      .where(sql`${t.status} = 'open' AND ${t.lat} IS NOT NULL AND ${t.lon} IS NOT NULL`),
    index("lesson_request_topics_idx").using("gin", t.topics),
    index("lesson_request_fts").using("gin", sql`to_tsvector('dutch', th_unaccent(${t.searchText}))`),
  ],
);

/**
 * An appointment between a school and a provider for one offer (part B owns the workflow).
 * State machine: requested → accepted | declined | expired; accepted → scheduled; scheduled →
 * took_place → evaluated; any open state → cancelled. `date` is the chosen day: a partial unique
 * index lets one offer hold a date only once among appointments that have not released it, so
 * two schools can never both get "the last free date". `responded_at` (first answer by the
 * provider) feeds provider_reliability. Calendar visibility in the network calendar needs the
 * consent of both sides (`calendar_consent_school` AND `calendar_consent_provider`).
 */
export const appointment = pgTable(
  "appointment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").references(() => lessonRequest.id, { onDelete: "set null" }),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offer.id, { onDelete: "cascade" }),
    schoolOrganisationId: uuid("school_organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    providerOrganisationId: uuid("provider_organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "set null" }),
    requestedById: text("requested_by_id").references(() => user.id, { onDelete: "set null" }),
    state: text("state", { enum: APPOINTMENT_STATES }).notNull().default("requested"),
    /** The options the school proposed, copied from the request at the time of asking. */
    proposedOptions: jsonb("proposed_options").$type<DateOption[]>().notNull().default([]),
    /** Another date and time the company proposes before the date is fixed; the school agrees (scheduled) or not (cleared). */
    providerProposal: jsonb("provider_proposal").$type<DateOption>(),
    date: date("date"),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    /** Where it takes place: school, company or online (OFFER_LOCATIONS). */
    location: text("location"),
    level: text("level"),
    pupils: integer("pupils"),
    groups: integer("groups"),
    declineReason: text("decline_reason"),
    cancelledById: text("cancelled_by_id").references(() => user.id, { onDelete: "set null" }),
    cancelledBySide: text("cancelled_by_side", { enum: APPOINTMENT_SIDES }),
    cancelReason: text("cancel_reason"),
    lateCancellation: boolean("late_cancellation").notNull().default(false),
    noShow: boolean("no_show").notNull().default(false),
    pupilsReached: integer("pupils_reached"),
    calendarConsentSchool: boolean("calendar_consent_school").notNull().default(false),
    calendarConsentProvider: boolean("calendar_consent_provider").notNull().default(false),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    tookPlaceAt: timestamp("took_place_at", { withTimezone: true }),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Reminder and escalation sweeps record what they did, so a rerun sends nothing twice. */
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("appointment_pupils_reached", sql`${t.pupilsReached} IS NULL OR ${t.pupilsReached} >= 0`),
    uniqueIndex("appointment_offer_date_taken")
      .on(t.offerId, t.date)
      .where(sql`${t.date} IS NOT NULL AND ${t.state} NOT IN ('declined', 'expired', 'cancelled')`),
    index("appointment_offer_idx").on(t.offerId, t.state),
    index("appointment_school_idx").on(t.schoolOrganisationId, t.state),
    index("appointment_provider_idx").on(t.providerOrganisationId, t.state),
    index("appointment_request_idx").on(t.requestId),
    index("appointment_network_idx").on(t.networkId, t.state),
    index("appointment_state_requested_idx").on(t.state, t.requestedAt),
  ],
);

/** The message thread of an appointment between school and provider (and the coordinator). */
export const appointmentMessage = pgTable(
  "appointment_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    authorSide: text("author_side", { enum: ["school", "provider", "coordinator", "system"] }).notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("appointment_message_thread_idx").on(t.appointmentId, t.createdAt)],
);

/** Audit of every state transition: from, to, who, when, why. */
export const appointmentEvent = pgTable(
  "appointment_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id, { onDelete: "cascade" }),
    fromState: text("from_state", { enum: APPOINTMENT_STATES }),
    toState: text("to_state", { enum: APPOINTMENT_STATES }).notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("appointment_event_appointment_idx").on(t.appointmentId, t.at)],
);

/**
 * One evaluation per side. The teacher also marks the four signs of a meaningful encounter
 * (clear purpose, learning goals, two-way interaction, reflection afterwards); null on the
 * provider's side.
 */
export const appointmentEvaluation = pgTable(
  "appointment_evaluation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id, { onDelete: "cascade" }),
    side: text("side", { enum: APPOINTMENT_SIDES }).notNull(),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    rating: integer("rating").notNull(),
    clearPurpose: boolean("clear_purpose"),
    learningGoals: boolean("learning_goals"),
    twoWayInteraction: boolean("two_way_interaction"),
    reflectionAfterwards: boolean("reflection_afterwards"),
    pupilsReached: integer("pupils_reached"),
    comment: text("comment").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("appointment_evaluation_rating", sql`${t.rating} BETWEEN 1 AND 5`),
    uniqueIndex("appointment_evaluation_one_per_side").on(t.appointmentId, t.side),
  ],
);

/** A secret per user for the personal ICS feed (/agenda/<token>.ics); rotate by replacing the row. */
export const calendarToken = pgTable("calendar_token", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A provider's reliability as matching shows it ("reageert meestal binnen 2 dagen"). A cache
 * over appointment.requested_at/responded_at, kept by part B's reliability job, so ranking reads
 * one small row per provider. Absent row = no history yet (ranked neutrally).
 */
export const providerReliability = pgTable("provider_reliability", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisation.id, { onDelete: "cascade" }),
  requestsReceived: integer("requests_received").notNull().default(0),
  requestsAnswered: integer("requests_answered").notNull().default(0),
  medianResponseHours: doublePrecision("median_response_hours"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per-network settings of the guest-lesson workflow. `escalation_working_days`: after this many
 * working days without an answer the coordinator is told; null = the default (5,
 * DEFAULT_ESCALATION_WORKING_DAYS).
 */
export const networkSetting = pgTable(
  "network_setting",
  {
    networkId: uuid("network_id")
      .primaryKey()
      .references(() => network.id, { onDelete: "cascade" }),
    escalationWorkingDays: integer("escalation_working_days"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("network_setting_escalation", sql`${t.escalationWorkingDays} IS NULL OR ${t.escalationWorkingDays} >= 1`)],
);

/**
 * Matching keys of a published offer: one row per (level, topic) it serves, carrying the offer's
 * few features that the score's upper bound needs (domain/guest-lessons/match-ceiling.ts). A
 * request reads the keys of its level and topics from offer_match_key_probe alone, an index-only
 * scan of a few contiguous pages per topic, computes reach and the bound there, and reads only the
 * best few dozen offers in full (ADR 010). Rewritten by every change to an offer and to its
 * organisation's address; absent for drafts and archived offers.
 */
export const offerMatchKey = pgTable(
  "offer_match_key",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offer.id, { onDelete: "cascade" }),
    level: text("level").notNull(),
    topic: text("topic").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    kind: text("kind", { enum: OFFER_KINDS }).notNull(),
    levelCount: integer("level_count").notNull(),
    groupSizeMax: integer("group_size_max").notNull(),
    travelRadiusKm: integer("travel_radius_km").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** LOCATION_BITS of the offer's locations. */
    locationMask: integer("location_mask").notNull(),
    /** Bit d for each ISO weekday d the offer can do. */
    weekdayMask: integer("weekday_mask").notNull(),
    /** The offer's match_words. */
    matchWords: text("match_words"),
  },
  (t) => [
    index("offer_match_key_offer_idx").on(t.offerId),
    // Every column in the key (drizzle has no INCLUDE) so that probing (level, topic) never visits the table.
    index("offer_match_key_probe").on(
      t.level,
      t.topic,
      t.offerId,
      t.organisationId,
      t.kind,
      t.levelCount,
      t.groupSizeMax,
      t.travelRadiusKm,
      t.lat,
      t.lon,
      t.locationMask,
      t.weekdayMask,
      t.matchWords,
    ),
  ],
);

/** The offer columns its matching keys are made of (the write path and the demo seed select them). */
export const matchKeyColumns = {
  id: offer.id,
  status: offer.status,
  organisationId: offer.organisationId,
  kind: offer.kind,
  levels: offer.levels,
  topics: offer.topics,
  locations: offer.locations,
  travelRadiusKm: offer.travelRadiusKm,
  lat: offer.lat,
  lon: offer.lon,
  groupSizeMax: offer.groupSizeMax,
  weekdays: offer.weekdays,
  matchWords: offer.matchWords,
};
