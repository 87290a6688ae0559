import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import type { Province } from "~/domain/common/provinces.ts";
import type { OrganisationKind } from "~/domain/organisations/vocabulary.ts";
import { likePattern } from "~/services/common/like.server.ts";

export const ORGANISATIONS_PAGE_SIZE = 20;

export type OrganisationListQuery = { q?: string; kind?: OrganisationKind; province?: Province; page?: number };

/**
 * The public list of organisations: by name (substring or trigram similarity, so a typo still
 * finds "Kiremko"), optionally of one kind and in one province (as the directory of networks
 * filters by province), a page at a time; a page past the end is the last page, as in the other
 * lists. Without words the order is `lower(name), slug`, read from the covering indexes of
 * migration 0037 (one per filter), so a page costs the index entries before it, not a sort of
 * all 26,000 organisations (ADR 019).
 */
export async function listOrganisations(services: Pick<AppServices, "db">, _actor: Actor, query: OrganisationListQuery) {
  const { db } = services;
  const q = query.q?.trim() ?? "";
  const conditions: SQL[] = [];
  if (q) conditions.push(sql`(${organisation.name} ilike ${likePattern(q)} or ${organisation.name} % ${q})`);
  if (query.kind) conditions.push(eq(organisation.kind, query.kind));
  if (query.province) conditions.push(eq(organisation.province, query.province));
  const where = conditions.length ? and(...conditions) : undefined;

  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(organisation).where(where);
  const page = paging(query.page ?? 1, total, ORGANISATIONS_PAGE_SIZE);
  const items = await db
    .select({ slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place, province: organisation.province })
    .from(organisation)
    .where(where)
    .orderBy(...(q ? [desc(sql`similarity(${organisation.name}, ${q})`)] : []), asc(sql`lower(${organisation.name})`), asc(organisation.slug))
    .limit(ORGANISATIONS_PAGE_SIZE)
    .offset(page.offset);
  return { ...page, items };
}
