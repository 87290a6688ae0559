import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { articleColumns, isPublished, popularArticles, viewCounts, type ArticleListItem } from "./helpers/articles.server.ts";
import { writableNetworks } from "./helpers/writable-networks.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type { ArticleListItem };

export type NewsOverview = {
  network: { id: string; slug: string; name: string } | null;
  articles: (ArticleListItem & { views: number })[];
  drafts: ArticleListItem[];
  popular: (ArticleListItem & { views: number })[];
  networks: { slug: string; name: string }[];
  canWrite: boolean;
};

/**
 * The news page: published articles (of one network, or all), newest first,
 * with "Populaire artikelen"; a coordinator also sees the drafts of their networks.
 */
export async function listNews(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { networkSlug?: string } = {}): Promise<NewsOverview> {
  const { networkSlug } = input;
  const { db } = services;
  const now = services.clock.now();
  let selected: NewsOverview["network"] = null;
  if (networkSlug) {
    const [row] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, networkSlug)).limit(1);
    if (!row) throw notFound("news.networkNotFound");
    selected = row;
  }
  const scope = selected ? eq(article.networkId, selected.id) : undefined;
  const published = await db
    .select(articleColumns)
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(and(isPublished(now), scope))
    .orderBy(desc(article.publishedAt))
    .limit(100);
  const counts = await viewCounts(services, published.map((a) => a.id));
  const writable = await writableNetworks(services, actor);
  const writableIds = writable.map((n) => n.id);
  const drafts =
    writableIds.length === 0
      ? []
      : (
          await db
            .select(articleColumns)
            .from(article)
            .innerJoin(network, eq(network.id, article.networkId))
            .where(and(inArray(article.networkId, writableIds), scope, isNull(article.hiddenAt)))
            .orderBy(desc(article.updatedAt))
        ).filter((a) => !published.some((p) => p.id === a.id));
  const networksWithNews = await db
    .selectDistinct({ slug: network.slug, name: network.name })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(and(isPublished(now), activeNetwork()))
    .orderBy(network.name);
  return {
    network: selected,
    articles: published.map((a) => ({ ...a, views: counts.get(a.id) ?? 0 })),
    drafts,
    popular: await popularArticles(services, { networkId: selected?.id }),
    networks: networksWithNews,
    canWrite: writable.length > 0,
  };
}
