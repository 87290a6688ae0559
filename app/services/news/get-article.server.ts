import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network, user as userTable } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { loadMarkdown } from "~/services/common/markdown.server.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";
import { isPublished, popularArticles, viewCounts } from "./helpers/articles.server.ts";
import { recordArticleView } from "./record-article-view.server.ts";

export type ArticleView = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  html: string;
  imageUrl: string | null;
  imageAlt: string | null;
  status: "draft" | "published";
  publishedAt: Date | null;
  author: string | null;
  network: { slug: string; name: string };
  views: number;
  canEdit: boolean;
};

/**
 * Reading an article (GET): a published one for everyone, a draft only for
 * those who may edit it. A reader's view is counted here, once a day. An archived network's
 * article answers as that network's page does (`mayReadNetwork`).
 */
export async function getArticle(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { slug: string; reader: { address: string; userAgent: string | null } },
) {
  const { slug, reader } = input;
  const { db } = services;
  const now = services.clock.now();
  const [row] = await db
    .select({
      id: article.id,
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      body: article.body,
      imageUrl: article.imageUrl,
      imageAlt: article.imageAlt,
      status: article.status,
      publishedAt: article.publishedAt,
      hiddenAt: article.hiddenAt,
      author: userTable.name,
      networkId: network.id,
      networkSlug: network.slug,
      networkName: network.name,
      networkArchivedAt: network.archivedAt,
    })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .leftJoin(userTable, eq(userTable.id, article.authorId))
    .where(eq(article.slug, slug))
    .limit(1);
  if (!row) throw notFound("news.notFound");
  if (row.hiddenAt && !(await can(db, actor, "platform.admin"))) throw notFound("news.notFound");
  // An archived network's article is read as the network's page: by administrators only, not by
  // its own coordinators either. A merged network's articles moved to the one it was merged into
  // (moveReferences), so an article's network is never a merged one: nothing to send on to.
  if (!(await mayReadNetwork(db, actor, { archivedAt: row.networkArchivedAt, movedTo: null }))) throw notFound("news.notFound");
  const canEdit = await can(db, actor, "news.manage", { networkId: row.networkId });
  const [published] = await db.select({ id: article.id }).from(article).where(and(eq(article.id, row.id), isPublished(now)));
  if (!published && !canEdit) throw notFound("news.notFound");
  if (published) await recordArticleView(services, actor, { articleId: row.id, reader });
  const views = (await viewCounts(services, [row.id])).get(row.id) ?? 0;
  const view: ArticleView = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    html: (await loadMarkdown()).renderMarkdown(row.body),
    imageUrl: row.imageUrl,
    imageAlt: row.imageAlt,
    status: published ? "published" : "draft",
    publishedAt: row.publishedAt,
    author: row.author,
    network: { slug: row.networkSlug, name: row.networkName },
    views,
    canEdit,
  };
  return { article: view, popular: await popularArticles(services, { networkId: row.networkId }) };
}
