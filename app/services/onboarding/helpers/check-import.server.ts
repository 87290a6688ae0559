import { inArray, or, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { checkRows, matchExisting, type DuplicateMatch, type OrganisationRow, type RawRow, type RowError } from "~/domain/onboarding/rows.ts";

export type CheckedImport = { valid: OrganisationRow[]; errors: RowError[]; duplicates: DuplicateMatch[] };

/**
 * The rows checked on their own and against the directory: every error, and which valid rows are an
 * organisation the platform already has. Only candidates are read (same KvK, BRIN or place), so a
 * national directory is not read whole for a file of a few thousand rows.
 */
export async function checkImport(db: Db, rows: RawRow[]): Promise<CheckedImport> {
  const { valid, errors } = checkRows(rows);
  if (valid.length === 0) return { valid, errors, duplicates: [] };
  const kvks = [...new Set(valid.flatMap((v) => (v.kvkNumber ? [v.kvkNumber] : [])))];
  const brins = [...new Set(valid.flatMap((v) => (v.brin ? [v.brin] : [])))];
  const places = [...new Set(valid.map((v) => v.place.toLowerCase()))];
  const existing = await db
    .select({
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      place: organisation.place,
      kvkNumber: organisation.kvkNumber,
      brin: organisation.brin,
      branchNumber: organisation.branchNumber,
    })
    .from(organisation)
    .where(
      or(
        kvks.length ? inArray(organisation.kvkNumber, kvks) : undefined,
        brins.length ? inArray(organisation.brin, brins) : undefined,
        inArray(sql`lower(${organisation.place})`, places),
      ),
    );
  return { valid, errors, duplicates: matchExisting(valid, existing) };
}
