import { eq, inArray, sql } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { indicator, indicatorValue, monitorImport, network } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { rowsFromTable, validateRows, type RawRow, type RowError, type ValidRow } from "~/domain/monitor/rows.ts";
import { can } from "~/services/common/permissions.server.ts";
import { readTable } from "./read-table.server.ts";

export type ImportPreview = { filename: string; rows: RawRow[]; valid: ValidRow[]; errors: RowError[]; newIndicators: string[]; replaces: number };

/** The outcome of a confirmed import: written, or refused as a whole with each row's errors. */
export type ImportOutcome = { imported: number } | { imported: 0; refused: RowError[] };

/**
 * The network the user may import figures for: 404 for an unknown network, 403 for someone who may
 * not import. Routes call it before they read anything the user sent.
 */
export async function networkForImport(services: Pick<AppServices, "db">, user: SessionUser | null, slug: string) {
  const [row] = await services.db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw notFound("monitor.networkNotFound");
  if (!(await can(services.db, user, "monitor.import", { networkId: row.id }))) throw forbidden();
  return row;
}

async function check(db: Db, rows: RawRow[], tableErrors: RowError[] = []) {
  const known = await db.select({ id: indicator.id, code: indicator.code }).from(indicator);
  const { valid, errors } = validateRows(rows, known);
  return { known, valid, errors: [...tableErrors, ...errors] };
}

/** Step 1: read the file and check every row; nothing is written. */
export async function previewMonitorImport(
  services: Pick<AppServices, "db">,
  user: SessionUser | null,
  networkSlug: string,
  file: { name: string; bytes: Uint8Array },
): Promise<ImportPreview> {
  await networkForImport(services, user, networkSlug);
  const table = rowsFromTable(await readTable(file.name, file.bytes));
  const { known, valid, errors } = await check(services.db, table.rows, table.errors);
  const knownCodes = new Map(known.map((k) => [k.code, k.id]));
  let replaces = 0;
  if (valid.length > 0 && knownCodes.size > 0) {
    const existing = await services.db
      .select({ indicatorId: indicatorValue.indicatorId, region: indicatorValue.region, period: indicatorValue.period })
      .from(indicatorValue)
      .where(inArray(indicatorValue.indicatorId, [...knownCodes.values()]));
    const keys = new Set(existing.map((e) => `${e.indicatorId}\u0000${e.region}\u0000${e.period}`));
    replaces = valid.filter((v) => knownCodes.has(v.indicator) && keys.has(`${knownCodes.get(v.indicator)}\u0000${v.region}\u0000${v.period}`)).length;
  }
  return {
    filename: file.name.slice(0, 200),
    rows: table.rows,
    valid,
    errors,
    newIndicators: [...new Set(valid.filter((v) => v.name).map((v) => v.indicator))],
    replaces,
  };
}

/**
 * Step 2: the confirmed rows are checked again (they came back through the
 * browser) and written in one transaction: all of them, or none. A figure
 * for the same indicator, region and period replaces the earlier one.
 */
export async function importMonitorRows(
  services: Pick<AppServices, "db">,
  user: SessionUser | null,
  networkSlug: string,
  input: { filename: string; rows: RawRow[] },
): Promise<ImportOutcome> {
  const target = await networkForImport(services, user, networkSlug);
  return services.db.transaction(async (tx) => {
    // One import at a time, so two files creating the same new indicator cannot collide.
    await tx.execute(sql`select pg_advisory_xact_lock(${4_417_230_912})`);
    const { valid, errors } = await check(tx, input.rows);
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
      .values({ networkId: target.id, userId: user!.id, filename: input.filename.slice(0, 200) || "import", rowCount: valid.length })
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
