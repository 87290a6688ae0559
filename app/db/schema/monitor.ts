import { index, numeric, pgTable, text, timestamp, uniqueIndex, uuid, integer } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { network } from "./networks.ts";

/** A regional indicator, e.g. the share of vmbo pupils in a technical profile. */
export const indicator = pgTable("indicator", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** "%", "aantal", "% groei" … shown beside every value. */
  unit: text("unit").notNull(),
  description: text("description").notNull().default(""),
});

/** An import from a spreadsheet: who, when, which file, how many rows. */
export const monitorImport = pgTable("monitor_import", {
  id: uuid("id").primaryKey().defaultRandom(),
  networkId: uuid("network_id").references(() => network.id, { onDelete: "cascade" }),
  userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
  filename: text("filename").notNull(),
  rowCount: integer("row_count").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One figure: an indicator in a region for a period (a school year such as
 * "2016-2017" or a calendar year), with the document it comes from. A
 * network-less value is national or shared by every network.
 */
export const indicatorValue = pgTable(
  "indicator_value",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicator.id, { onDelete: "cascade" }),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "cascade" }),
    region: text("region").notNull(),
    period: text("period").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    source: text("source").notNull(),
    importId: uuid("import_id").references(() => monitorImport.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicator_value_key").on(t.indicatorId, t.region, t.period),
    index("indicator_value_network_idx").on(t.networkId),
  ],
);
