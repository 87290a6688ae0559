import { sql } from "drizzle-orm";
import { queryRows, type Db } from "~/db/client.server.ts";

type Reference = { tbl: string; col: string; relid: number; attnum: number };
type UniqueKey = { others: string[] };

export type MovedReference = { table: string; column: string; moved: number; dropped: number };

/**
 * Moves every row that points at one row of `table` (through any single-column foreign key, in
 * any area) over to another row, inside the caller's transaction. The references are read from
 * PostgreSQL's catalogue rather than listed here, so a table another area adds later is moved too.
 *
 * Where a unique key would then hold twice (the organisation was already a partner of the same
 * network, the person already coordinated both networks), the merged row's copy is dropped and the
 * kept row's stays. Partial and expression unique indexes are not compared: a clash there fails
 * the whole transaction (a unique violation the caller reports as a conflict).
 */
export async function moveReferences(tx: Db, table: "organisation" | "network", fromId: string, intoId: string): Promise<MovedReference[]> {
  const references = await queryRows<Reference>(
    tx,
    sql`select quote_ident(cl.relname) as tbl, quote_ident(a.attname) as col, c.conrelid::int as relid, a.attnum::int as attnum
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.confrelid = ${`public.${table}`}::regclass and array_length(c.conkey, 1) = 1
        order by cl.relname, a.attname`,
  );
  const moved: MovedReference[] = [];
  for (const ref of references) {
    const keys = await queryRows<UniqueKey>(
      tx,
      sql`select array(
            select quote_ident(att.attname) from unnest(i.indkey::int2[]) k
            join pg_attribute att on att.attrelid = i.indrelid and att.attnum = k
            where k <> ${ref.attnum}) as others
          from pg_index i
          where i.indrelid = ${ref.relid} and i.indisunique and i.indpred is null
            and ${ref.attnum} = any(i.indkey::int2[]) and not (0 = any(i.indkey::int2[]))`,
    );
    let dropped = 0;
    for (const key of keys) {
      const same = key.others.map((o) => sql`kept.${sql.raw(o)} = merged.${sql.raw(o)}`);
      const deleted = await queryRows<{ n: number }>(
        tx,
        sql`with gone as (
              delete from ${sql.raw(ref.tbl)} merged where merged.${sql.raw(ref.col)} = ${fromId}
              and exists (select 1 from ${sql.raw(ref.tbl)} kept where kept.${sql.raw(ref.col)} = ${intoId}${same.length ? sql` and ${sql.join(same, sql` and `)}` : sql``})
              returning 1)
            select count(*)::int as n from gone`,
      );
      dropped += deleted[0]?.n ?? 0;
    }
    const updated = await queryRows<{ n: number }>(
      tx,
      sql`with changed as (update ${sql.raw(ref.tbl)} set ${sql.raw(ref.col)} = ${intoId} where ${sql.raw(ref.col)} = ${fromId} returning 1)
          select count(*)::int as n from changed`,
    );
    const n = updated[0]?.n ?? 0;
    if (n || dropped) moved.push({ table: ref.tbl, column: ref.col, moved: n, dropped });
  }
  return moved;
}
