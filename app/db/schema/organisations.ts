import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

/**
 * An organisation: a school, a company, a provider of education (ROC, OBM, …)
 * or a public body / fund. Organisations exist without any user (the directory
 * lists partners that have no account yet), so they are ours, not better-auth's.
 */
export const organisation = pgTable(
  "organisation",
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
    kind: text("kind", { enum: ["school", "company", "provider", "public_body", "fund"] }).notNull(),
    description: text("description").notNull().default(""),
    /** Schools: the levels taught (po, vmbo-basis, …, mbo-4, hbo). */
    educationLevels: text("education_levels").array().notNull().default(sql`'{}'::text[]`),
    /** Companies: economic sector, size class (e.g. "10-49") and optional KvK number. */
    sector: text("sector"),
    sizeClass: text("size_class"),
    kvkNumber: text("kvk_number"),
    /** Schools: the BRIN number DUO gives the school (4 characters) and, for a location, its vestigingsnummer (2 digits). */
    brin: text("brin"),
    branchNumber: text("branch_number"),
    /** Schools: whoever gives a guest lesson or hosts a visit for its pupils must hold a valid VOG (guest-lessons/vog.ts). */
    vogRequired: boolean("vog_required").notNull().default(false),
    website: text("website"),
    /** A role address (info@…), never a person's own address. */
    email: text("email"),
    street: text("street"),
    postcode: text("postcode"),
    place: text("place"),
    province: text("province"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** When a platform administrator confirmed the organisation is who it says it is. */
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("organisation_kvk_format", sql`${t.kvkNumber} IS NULL OR ${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check("organisation_brin_format", sql`${t.brin} IS NULL OR ${t.brin} ~ '^[0-9]{2}[A-Z0-9]{2}$'`),
    check("organisation_branch_number_format", sql`${t.branchNumber} IS NULL OR (${t.brin} IS NOT NULL AND ${t.branchNumber} ~ '^[0-9]{2}$')`),
    // One organisation per BRIN and location (a school as a whole has no vestigingsnummer, so ''):
    // federated sign-in (Entree) places staff by this number and the onboarding import matches by it,
    // so a second holder would be a guess between two. It also serves the look-ups by BRIN.
    uniqueIndex("organisation_brin_unique")
      .on(t.brin, sql`coalesce(${t.branchNumber}, '')`)
      .where(sql`${t.brin} IS NOT NULL`),
    index("organisation_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`),
    // The administrator's home: the oldest unverified first. At national size none is verified yet,
    // and without this every organisation was read and sorted on each visit.
    index("organisation_unverified_idx")
      .on(t.createdAt, t.name)
      .where(sql`${t.verifiedAt} IS NULL`),
  ],
);

/** A user's place in an organisation. */
export const membership = pgTable(
  "membership",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["member", "admin"] }).notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index("membership_org_idx").on(t.organisationId)],
);
