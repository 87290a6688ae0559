import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { queryRows } from "~/db/client.server.ts";
import type { PendingItem } from "~/domain/home/pending.ts";

/**
 * One kind of thing that waits on a home (a role's requests, its events, its courses …): the
 * queries that find it and how their rows become items. A home sends every part of every role it
 * shows as ONE statement (`readParts`): a round trip costs the app and PostgreSQL more than these
 * reads do (ADR 024), so each query is a column of that statement holding its rows as JSON.
 */
export type Part = { columns: Record<string, SQL>; items(rows: Record<string, unknown>): PendingItem[] };

/** Keeps the rows' types between the columns of a part and its `items`. */
export function part<R extends Record<string, unknown[]>>(columns: { [K in keyof R]: SQL<R[K]> }, items: (rows: R) => PendingItem[]): Part {
  return { columns, items: items as Part["items"] };
}

/**
 * A query's rows as one JSON array, in the query's own order (its `order by` and `limit` hold
 * inside the sub-select). What JSON makes of a value is what the part reads: a timestamp is ISO
 * text with its offset (`new Date(…)` reads it), a date stays `YYYY-MM-DD`, a count is a number.
 */
export const jsonRows = <T>(query: SQLWrapper) => sql<T[]>`(select coalesce(json_agg(r), '[]'::json) from ${query} r)`;

/**
 * A selection whose keys name the JSON's fields: without the aliases a sub-select's fields are
 * named after their columns, and two tables' `name` would collide.
 */
export function named(fields: Record<string, SQLWrapper>): Record<string, SQL.Aliased> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, sql`${field}`.as(key)]));
}

/** Every part in one statement; each part's items, in the order of the parts. */
export async function readParts(db: Db, parts: Part[]): Promise<PendingItem[][]> {
  if (parts.length === 0) return [];
  const columns = parts.flatMap((p, i) => Object.entries(p.columns).map(([key, column]) => sql`${column} as ${sql.identifier(`${i}.${key}`)}`));
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${sql.join(columns, sql`, `)}`);
  return parts.map((p, i) => p.items(Object.fromEntries(Object.keys(p.columns).map((key) => [key, row![`${i}.${key}`]]))));
}
