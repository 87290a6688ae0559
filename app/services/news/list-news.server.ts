import { and, count, desc, eq, gt, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { paging, type Paging } from "~/domain/common/paging.ts";
import { articleColumns, isPublished, popularArticles, viewCounts, type ArticleListItem } from "./helpers/articles.server.ts";
import { activeNetwork, mayReadNetwork, networkAtAddress, ofActiveNetwork } from "~/services/common/networks.server.ts";
import { writableNetworks } from "./helpers/writable-networks.server.ts";
import type { Province } from "~/domain/common/provinces.ts";

export type { ArticleListItem };

export const NEWS_PAGE_SIZE = 20;
/** Drafts are a coordinator's work in progress: the latest this many, not a second archive. */
export const DRAFTS_SHOWN = 20;

export type NewsOverview = Paging & {
  network: { id: string; slug: string; name: string } | null;
  /** The slug of the network the asked one was merged into: the page sends the reader there. */
  movedTo: string | null;
  articles: (ArticleListItem & { views: number })[];
  drafts: ArticleListItem[];
  popular: (ArticleListItem & { views: number })[];
  canWrite: boolean;
};

/**
 * The news page: published articles (of one network, of the networks in one province, or all),
 * newest first, a page at a time, with "Populaire artikelen"; a coordinator also sees the latest
 * drafts of their networks.
 *
 * An archived network's news is read as its page is: its own news address is for administrators
 * only (`mayReadNetwork`, the rule of the network's profile), and the news of all networks or of a
 * province leaves it out, as the directory leaves the network out (`activeNetwork`). A network is
 * archived because it stopped; its old articles in the country's newest news would lead a reader
 * to a network whose page says "not found". A merged network's articles moved with it, so they
 * stay under the network they were merged into.
 */
export async function listNews(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { networkSlug?: string; province?: Province | null; page?: number } = {},
): Promise<NewsOverview> {
  const { networkSlug, province } = input;
  const { db } = services;
  const now = services.clock.now();
  let selected: NewsOverview["network"] = null;
  if (networkSlug) {
    const row = await networkAtAddress(db, networkSlug);
    if (!row) throw notFound("news.networkNotFound");
    // A merged network's articles moved to the one it was merged into: its news is there now.
    if (row.movedTo !== null) return { ...paging(1, 0, NEWS_PAGE_SIZE), network: null, movedTo: row.movedTo, articles: [], drafts: [], popular: [], canWrite: false };
    if (!(await mayReadNetwork(db, actor, row))) throw notFound("news.networkNotFound");
    selected = { id: row.id, slug: row.slug, name: row.name };
  }
  const scope: SQL | undefined = selected
    ? eq(article.networkId, selected.id)
    : province
      ? inArray(article.networkId, db.select({ id: network.id }).from(network).where(and(eq(network.province, province), activeNetwork())))
      : ofActiveNetwork(article.networkId);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(article).where(and(isPublished(now), scope));
  const page = paging(input.page ?? 1, total, NEWS_PAGE_SIZE);
  const published = await db
    .select(articleColumns)
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(and(isPublished(now), scope))
    .orderBy(desc(article.publishedAt), desc(article.id))
    .limit(NEWS_PAGE_SIZE)
    .offset(page.offset);
  const counts = await viewCounts(services, published.map((a) => a.id));
  const writable = await writableNetworks(services, actor);
  const writableIds = writable.map((n) => n.id);
  // Not yet public: a draft, or published with a date still to come.
  const notYetPublic = or(ne(article.status, "published"), isNull(article.publishedAt), gt(article.publishedAt, now));
  const drafts =
    writableIds.length === 0
      ? []
      : await db
          .select(articleColumns)
          .from(article)
          .innerJoin(network, eq(network.id, article.networkId))
          .where(and(inArray(article.networkId, writableIds), scope, isNull(article.hiddenAt), notYetPublic))
          .orderBy(desc(article.updatedAt))
          .limit(DRAFTS_SHOWN);
  return {
    ...page,
    network: selected,
    movedTo: null,
    articles: published.map((a) => ({ ...a, views: counts.get(a.id) ?? 0 })),
    drafts,
    popular: await popularArticles(services, { networkId: selected?.id, province: selected ? null : province }),
    canWrite: writable.length > 0,
  };
}
