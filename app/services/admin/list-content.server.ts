import { and, desc, eq, ilike, isNotNull, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { article, network, offer, organisation, tipPage } from "~/db/schema/index.ts";
import type { ModeratedKind } from "~/domain/admin/rules.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export type ContentItem = { kind: ModeratedKind; id: string; title: string; owner: string; href: string; hiddenAt: Date | null };

const LIMIT = 50;

/**
 * News items, offers and tips for moderation: by title, or only the hidden ones. Without a search
 * the hidden ones are listed, so nothing hidden is forgotten.
 */
export async function listContent(services: Pick<AppServices, "db">, actor: Actor, input: { q: string; kind: ModeratedKind | "" }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const want = (kind: ModeratedKind) => input.kind === "" || input.kind === kind;
  const items: ContentItem[] = [];
  const filter = (title: PgColumn, hidden: PgColumn) =>
    input.q ? ilike(title, likePattern(input.q)) : isNotNull(hidden);
  if (want("article")) {
    const rows = await db
      .select({ id: article.id, title: article.title, slug: article.slug, owner: network.name, hiddenAt: article.hiddenAt })
      .from(article)
      .innerJoin(network, eq(network.id, article.networkId))
      .where(filter(article.title, article.hiddenAt))
      .orderBy(desc(article.updatedAt))
      .limit(LIMIT);
    items.push(...rows.map((r) => ({ kind: "article" as const, id: r.id, title: r.title, owner: r.owner, href: `/nieuws/${r.slug}`, hiddenAt: r.hiddenAt })));
  }
  if (want("offer")) {
    const rows = await db
      .select({ id: offer.id, title: offer.title, owner: organisation.name, hiddenAt: offer.hiddenAt })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      .where(filter(offer.title, offer.hiddenAt))
      .orderBy(desc(offer.updatedAt))
      .limit(LIMIT);
    items.push(...rows.map((r) => ({ kind: "offer" as const, id: r.id, title: r.title, owner: r.owner, href: `/aanbod/${r.id}`, hiddenAt: r.hiddenAt })));
  }
  if (want("tip")) {
    const rows = await db
      .select({ id: tipPage.id, title: tipPage.title, slug: tipPage.slug, owner: sql<string>`coalesce(${network.name}, '')`, hiddenAt: tipPage.hiddenAt })
      .from(tipPage)
      .leftJoin(network, eq(network.id, tipPage.networkId))
      .where(and(filter(tipPage.title, tipPage.hiddenAt)))
      .orderBy(desc(tipPage.updatedAt))
      .limit(LIMIT);
    items.push(...rows.map((r) => ({ kind: "tip" as const, id: r.id, title: r.title, owner: r.owner, href: `/tips/${r.slug}`, hiddenAt: r.hiddenAt })));
  }
  return { items };
}
