import { and, count, desc, eq, gte, inArray, isNotNull, lte, isNull } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { article, articleViewDaily, network } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import type { Province } from "~/domain/common/provinces.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** Shared queries of the news area: what counts as published, view counts. */
export const POPULAR_DAYS = 90;

export function isPublished(now: Date) {
  return and(eq(article.status, "published"), isNotNull(article.publishedAt), lte(article.publishedAt, now), isNull(article.hiddenAt));
}

export const articleColumns = {
  id: article.id,
  slug: article.slug,
  title: article.title,
  summary: article.summary,
  imageUrl: article.imageUrl,
  imageAlt: article.imageAlt,
  status: article.status,
  publishedAt: article.publishedAt,
  updatedAt: article.updatedAt,
  networkId: network.id,
  networkSlug: network.slug,
  networkName: network.name,
};

export type ArticleListItem = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  imageUrl: string | null;
  imageAlt: string | null;
  status: "draft" | "published";
  publishedAt: Date | null;
  updatedAt: Date;
  networkId: string;
  networkSlug: string;
  networkName: string;
};

/** Views per article: all of them, each reader counted once a day. */
export async function viewCounts(services: Pick<AppServices, "db">, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await services.db
    .select({ id: articleViewDaily.articleId, n: count() })
    .from(articleViewDaily)
    .where(inArray(articleViewDaily.articleId, ids))
    .groupBy(articleViewDaily.articleId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * "Populaire artikelen": the most read published articles of the last 90 days (views in that
 * window). Beyond one network's own, an archived network's articles are left out, as in the list
 * (`listNews`).
 */
export async function popularArticles(
  services: Pick<AppServices, "db" | "clock">,
  options: { networkId?: string; province?: Province | null; limit?: number } = {},
): Promise<(ArticleListItem & { views: number })[]> {
  const now = services.clock.now();
  const since = amsterdamToday(new Date(now.getTime() - (POPULAR_DAYS - 1) * 86_400_000));
  const views = count(articleViewDaily.visitorHash);
  const rows = await services.db
    .select({ ...articleColumns, views })
    .from(articleViewDaily)
    .innerJoin(article, eq(article.id, articleViewDaily.articleId))
    .innerJoin(network, eq(network.id, article.networkId))
    .where(
      and(
        gte(articleViewDaily.day, since),
        isPublished(now),
        options.networkId ? eq(article.networkId, options.networkId) : activeNetwork(),
        options.province ? eq(network.province, options.province) : undefined,
      ),
    )
    .groupBy(article.id, network.id)
    .orderBy(desc(views), desc(article.publishedAt))
    .limit(options.limit ?? 5);
  return rows;
}
