import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  date,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";

import { NETWORK_KINDS } from "../../domain/networks/vocabulary.ts";
export { NETWORK_KINDS };

/** A network or partnership: the directory's unit (seed 000 shows one profile). */
export const network = pgTable(
  "network",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    /**
     * The database also keeps `name_folded` (th_unaccent(lower(name))) and `name_trigrams` (its number of
     * distinct trigrams), generated columns with the search's trigram indexes (migration
     * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
     * carry them, and no write can set them.
     */
    name: text("name").notNull(),
    kind: text("kind", { enum: NETWORK_KINDS }).notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    country: text("country").notNull().default("Nederland"),
    province: text("province"),
    cooperationType: text("cooperation_type"),
    educationSectors: text("education_sectors").array().notNull().default(sql`'{}'::text[]`),
    economicSector: text("economic_sector"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    focusAreas: text("focus_areas").array().notNull().default(sql`'{}'::text[]`),
    startYear: integer("start_year"),
    contactEmail: text("contact_email"),
    /** The project leader's role or name as the network publishes it (demo data: a role). */
    projectLeader: text("project_leader"),
    website: text("website"),
    /**
     * Denormalised text that search runs on: name, texts, tags and partner names.
     * Kept by the write path (domain/networks/search-text.ts) because array
     * and join data cannot go into a generated column.
     */
    searchText: text("search_text").notNull().default(""),
    /** Archived by a platform administrator: left out of the directory until restored. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** Set when the network was merged into another: its address sends there. */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => network.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("network_fts").using("gin", sql`to_tsvector('dutch', th_unaccent(${t.searchText}))`),
  ],
);

/** Partners of a network with their role; one of them may be the penvoerder (lead partner). */
export const networkPartner = pgTable(
  "network_partner",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["penvoerder", "partner"] }).notNull().default("partner"),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] }), index("network_partner_org_idx").on(t.organisationId)],
);

/** Member organisations (companies and schools that take part, e.g. "ruim 60 bedrijven"). */
export const networkMember = pgTable(
  "network_member",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] }), index("network_member_org_idx").on(t.organisationId)],
);

/** A vestiging: a physical hub, a mobile hub or an online learning environment. */
export const networkLocation = pgTable(
  "network_location",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["physical", "mobile", "online"] }).notNull(),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    street: text("street"),
    postcode: text("postcode"),
    place: text("place"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    url: text("url"),
  },
  (t) => [index("network_location_network_idx").on(t.networkId)],
);

export const networkCoordinator = pgTable(
  "network_coordinator",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index("network_coordinator_user_idx").on(t.userId)],
);

/**
 * "Is dit jouw PPS?": a proposed change to a profile. `changes` holds the new
 * values per field, `baseline` the values the proposer saw, so the coordinator's
 * diff stays truthful even if the profile changed in between.
 */
export const networkChangeProposal = pgTable(
  "network_change_proposal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    proposerId: text("proposer_id").references(() => user.id, { onDelete: "set null" }),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    baseline: jsonb("baseline").$type<Record<string, unknown>>().notNull(),
    note: text("note").notNull().default(""),
    status: text("status", { enum: ["pending", "accepted", "rejected"] }).notNull().default("pending"),
    reason: text("reason"),
    decidedById: text("decided_by_id").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_change_proposal_network_idx").on(t.networkId, t.status)],
);

/** Every accepted change to a profile: who, when, what (field → from/to). */
export const networkHistory = pgTable(
  "network_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    proposalId: uuid("proposal_id").references(() => networkChangeProposal.id, { onDelete: "set null" }),
    changes: jsonb("changes").$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_history_network_idx").on(t.networkId, t.createdAt)],
);

/** "Ook deelnemen?": an organisation asks to join a network. At most one pending request per pair. */
export const joinRequest = pgTable(
  "join_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    requesterId: text("requester_id").references(() => user.id, { onDelete: "set null" }),
    motivation: text("motivation").notNull().default(""),
    status: text("status", { enum: ["pending", "accepted", "rejected"] }).notNull().default("pending"),
    reason: text("reason"),
    decidedById: text("decided_by_id").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("join_request_one_pending")
      .on(t.networkId, t.organisationId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * Events named in the seeds (Feest van de Techniek, Girlsday). The events
 * capability extends this table with windows, slots and groups.
 */
export const event = pgTable("event", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  networkId: uuid("network_id").references(() => network.id, { onDelete: "cascade" }),
  /**
   * The database also keeps `name_folded` (th_unaccent(lower(name))) and `name_trigrams` (its number of
   * distinct trigrams), generated columns with the search's trigram indexes (migration
   * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
   * carry them, and no write can set them.
   */
  name: text("name").notNull(),
  kind: text("kind", { enum: ["feest_van_de_techniek", "girlsday", "techniekdag", "open_dag"] }).notNull(),
  description: text("description").notNull().default(""),
  startsOn: date("starts_on"),
  /** Last day of a multi-day event; null for a one-day event. */
  endsOn: date("ends_on"),
  /**
   * Time windows in which visits happen (e.g. ochtend, middag), per day. The key
   * is what slots and groups refer to and what the assignment engine compares.
   */
  windows: jsonb("windows")
    .$type<{ key: string; label: string; date: string; start: string; end: string }[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  hostRegistrationOpensOn: date("host_registration_opens_on"),
  hostRegistrationClosesOn: date("host_registration_closes_on"),
  schoolRegistrationOpensOn: date("school_registration_opens_on"),
  schoolRegistrationClosesOn: date("school_registration_closes_on"),
  /** Target group: the levels the event is for; empty = every level. */
  targetLevels: text("target_levels").array().notNull().default(sql`'{}'::text[]`),
  /** Girlsday: only girls take part; the school confirms this per group. */
  girlsOnly: boolean("girls_only").notNull().default(false),
  /** Smallest group a school may register (Girlsday: 10); null = no minimum. */
  minGroupSize: integer("min_group_size"),
  /** How far a group travels unless the school says otherwise (km). */
  defaultMaxKm: integer("default_max_km").notNull().default(25),
  publishedAt: timestamp("published_at", { withTimezone: true }),
  status: text("status", { enum: ["draft", "open", "assigning", "published", "done"] }).notNull().default("draft"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
