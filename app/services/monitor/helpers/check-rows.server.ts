import { indicator } from "~/db/schema/index.ts";
import type { Db } from "~/db/client.server.ts";
import { validateRows, type RawRow, type RowError } from "~/domain/monitor/rows.ts";

/** Checks rows against the known indicators; a table's own errors (from reading it) come first. */
export async function checkRows(db: Db, rows: RawRow[], tableErrors: RowError[] = []) {
  const known = await db.select({ id: indicator.id, code: indicator.code, name: indicator.name, unit: indicator.unit }).from(indicator);
  const { valid, errors } = validateRows(rows, known);
  return { known, valid, errors: [...tableErrors, ...errors] };
}
