import { index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RemovedCounts } from "../../domain/privacy/retention.ts";

/**
 * One run of the daily retention job (services/privacy/sweep-retention.server.ts): when it ran
 * and how many rows each rule removed or anonymised. Counts only: what was removed is gone.
 */
export const retentionRun = pgTable(
  "retention_run",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ranAt: timestamp("ran_at", { withTimezone: true }).notNull(),
    removed: jsonb("removed").$type<RemovedCounts>().notNull().default({}),
  },
  (t) => [index("retention_run_ran_at_idx").on(t.ranAt)],
);
