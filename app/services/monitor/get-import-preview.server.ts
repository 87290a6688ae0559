import { inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { indicatorValue } from "~/db/schema/index.ts";
import { rowsFromTable, type RawRow, type RowError, type ValidRow } from "~/domain/monitor/rows.ts";
import { checkRows } from "./helpers/check-rows.server.ts";
import { networkForImport } from "./helpers/import-network.server.ts";
import { readTable } from "~/lib/spreadsheet/read-table.server.ts";

export type ImportPreview = { filename: string; rows: RawRow[]; valid: ValidRow[]; errors: RowError[]; newIndicators: string[]; replaces: number };

/** Step 1: read the file and check every row; nothing is written. */
export async function getImportPreview(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { slug: string; file: { name: string; bytes: Uint8Array } },
): Promise<ImportPreview> {
  const { file } = input;
  await networkForImport(services, actor, input.slug);
  const table = rowsFromTable(await readTable(file.name, file.bytes));
  const { known, valid, errors } = await checkRows(services.db, table.rows, table.errors);
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
