import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import type { OrganisationKind } from "~/domain/organisations/vocabulary.ts";

export const ORGANISATIONS_PAGE_SIZE = 20;

export type OrganisationListQuery = { q?: string; kind?: OrganisationKind; page?: number };

/**
 * The public list of organisations: by name (substring or trigram
 * similarity, so a typo still finds "Kiremko"), optionally of one kind, a
 * page at a time.
 */
export async function listOrganisations(services: AppServices, _actor: Actor, query: OrganisationListQuery) {
  const { db } = services;
  const q = query.q?.trim() ?? "";
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const conditions: SQL[] = [];
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${organisation.name} ilike ${pattern} or ${organisation.name} % ${q})`);
  }
  if (query.kind) conditions.push(eq(organisation.kind, query.kind));
  const where = conditions.length ? and(...conditions) : undefined;

  const [items, [total]] = await Promise.all([
    db
      .select({ slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place, province: organisation.province })
      .from(organisation)
      .where(where)
      .orderBy(...(q ? [desc(sql`similarity(${organisation.name}, ${q})`)] : []), asc(sql`lower(${organisation.name})`), asc(organisation.slug))
      .limit(ORGANISATIONS_PAGE_SIZE)
      .offset((page - 1) * ORGANISATIONS_PAGE_SIZE),
    db.select({ n: count() }).from(organisation).where(where),
  ]);
  const totalCount = total?.n ?? 0;
  return { items, total: totalCount, page, pageCount: Math.max(1, Math.ceil(totalCount / ORGANISATIONS_PAGE_SIZE)), pageSize: ORGANISATIONS_PAGE_SIZE };
}
