import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { indicator, indicatorValue, monitorImport } from "~/db/schema/index.ts";
import type { RawRow, RowError } from "~/domain/monitor/rows.ts";
import { checkRows } from "./helpers/check-rows.server.ts";
import { networkForImport } from "./helpers/import-network.server.ts";

/** The outcome of a confirmed import: written, or refused as a whole with each row's errors. */
export type ImportOutcome = { imported: number } | { imported: 0; refused: RowError[] };

/**
 * Step 2: the confirmed rows are checked again (they came back through the
 * browser) and written in one transaction: all of them, or none. A figure
 * for the same indicator, region and period replaces the earlier one.
 */
export async function importMonitorRows(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { slug: string; filename: string; rows: RawRow[] },
): Promise<ImportOutcome> {
  const target = await networkForImport(services, actor, input.slug);
  return services.db.transaction(async (tx) => {
    // One import at a time, so two files creating the same new indicator cannot collide.
    await tx.execute(sql`select pg_advisory_xact_lock(${4_417_230_912})`);
    const { valid, errors } = await checkRows(tx, input.rows);
    // Nothing has been written yet, so returning here leaves the database as it was.
    if (errors.length > 0 || valid.length === 0) return { imported: 0 as const, refused: errors.length ? errors : [{ row: null, column: null, message: "monitor.row.noData" }] };
    const codes = new Map((await tx.select({ id: indicator.id, code: indicator.code }).from(indicator)).map((k) => [k.code, k.id]));
    for (const v of valid) {
      if (!codes.has(v.indicator) && v.name && v.unit) {
        const [created] = await tx.insert(indicator).values({ code: v.indicator, name: v.name, unit: v.unit }).returning({ id: indicator.id });
        codes.set(v.indicator, created!.id);
      }
    }
    const [batch] = await tx
      .insert(monitorImport)
      .values({ networkId: target.id, userId: actor!.id, filename: input.filename.slice(0, 200) || "import", rowCount: valid.length })
      .returning({ id: monitorImport.id });
    await tx
      .insert(indicatorValue)
      .values(
        valid.map((v) => ({
          indicatorId: codes.get(v.indicator)!,
          networkId: target.id,
          region: v.region,
          period: v.period,
          value: v.value,
          source: v.source,
          importId: batch!.id,
        })),
      )
      .onConflictDoUpdate({
        target: [indicatorValue.indicatorId, indicatorValue.region, indicatorValue.period],
        set: { value: sql`excluded.value`, source: sql`excluded.source`, networkId: sql`excluded.network_id`, importId: sql`excluded.import_id` },
      });
    return { imported: valid.length };
  });
}
