import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { holdsEveryWord } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** How many organisations the merge offers at once: a national data set has 18,000 companies. */
export const MERGE_CANDIDATES = 25;

/**
 * One organisation on /beheer/organisaties/:slug, with the organisations of its kind it could be
 * merged into: those whose name holds every word the administrator searched for, or, before a
 * search, those whose name looks most like its own (the likely duplicates).
 */
export async function getAdminOrganisation(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; q?: string }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const [row] = await db.select().from(organisation).where(eq(organisation.slug, input.slug)).limit(1);
  if (!row) throw notFound("admin.organisations.notFound");
  const [members] = await db.select({ n: count() }).from(membership).where(eq(membership.organisationId, row.id));
  const [offers] = await db.select({ n: count() }).from(offer).where(eq(offer.organisationId, row.id));
  const words = (input.q ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const folded = sql`"organisation"."name_folded"`;
  const sameKind = and(ne(organisation.id, row.id), eq(organisation.kind, row.kind));
  const columns = { slug: organisation.slug, name: organisation.name, place: organisation.place };
  const others =
    words.length > 0
      ? await db
          .select(columns)
          .from(organisation)
          .where(and(sameKind, holdsEveryWord(folded, words)))
          .orderBy(asc(organisation.name), asc(organisation.slug))
          .limit(MERGE_CANDIDATES)
      : await db
          .select(columns)
          .from(organisation)
          .where(and(sameKind, sql`${folded} % th_unaccent(lower(${row.name}))`))
          .orderBy(sql`similarity(${folded}, th_unaccent(lower(${row.name}))) desc`, asc(organisation.name), asc(organisation.slug))
          .limit(MERGE_CANDIDATES);
  return { organisation: row, members: members?.n ?? 0, offers: offers?.n ?? 0, others, searched: words.length > 0 };
}
