import { and, desc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network, user as userTable } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { atomFeed } from "~/domain/news/feed.ts";
import { loadMarkdown } from "~/services/common/markdown.server.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { activeNetwork, mayReadNetwork, networkAtAddress } from "~/services/common/networks.server.ts";
import { isPublished } from "./helpers/articles.server.ts";

/**
 * The Atom feed of a network's news (or of all networks), newest 50 entries, absolute URLs. A
 * merged network's feed is its successor's: `movedTo` names it (and `xml` is empty), so the feed
 * address sends a reader on, as the network's page and its news do. An archived network's feed
 * and articles are read as its news page reads them (`listNews`): its own feed for administrators
 * only, the feed of all networks without them.
 */
export async function exportNewsFeed(
  services: Pick<AppServices, "db" | "clock" | "env">,
  actor: Actor,
  input: { networkSlug?: string } = {},
): Promise<{ xml: string; movedTo: string | null }> {
  const { networkSlug } = input;
  const { db } = services;
  const origin = baseUrl(services.env).replace(/\/$/, "");
  const now = services.clock.now();
  let scope: { id: string; name: string; slug: string } | null = null;
  if (networkSlug) {
    const row = await networkAtAddress(db, networkSlug);
    if (!row) throw notFound("news.networkNotFound");
    if (row.movedTo !== null) return { xml: "", movedTo: row.movedTo };
    if (!(await mayReadNetwork(db, actor, row))) throw notFound("news.networkNotFound");
    scope = { id: row.id, name: row.name, slug: row.slug };
  }
  const rows = await db
    .select({
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      body: article.body,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      author: userTable.name,
      networkName: network.name,
    })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .leftJoin(userTable, eq(userTable.id, article.authorId))
    .where(and(isPublished(now), scope ? eq(article.networkId, scope.id) : activeNetwork()))
    .orderBy(desc(article.publishedAt))
    .limit(50);
  const selfUrl = scope ? `${origin}/netwerken/${scope.slug}/nieuws.xml` : `${origin}/nieuws.xml`;
  const { renderMarkdown } = await loadMarkdown();
  const pageUrl = scope ? `${origin}/nieuws?netwerk=${encodeURIComponent(scope.slug)}` : `${origin}/nieuws`;
  const xml = atomFeed({
    id: selfUrl,
    title: scope ? `Nieuws van ${scope.name} – Technohub` : "Nieuws – Technohub",
    selfUrl,
    pageUrl,
    updated: rows.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), rows[0]?.updatedAt ?? new Date(0)),
    entries: rows.map((r) => {
      const url = `${origin}/nieuws/${r.slug}`;
      const updated = r.updatedAt > r.publishedAt! ? r.updatedAt : r.publishedAt!;
      return { id: url, url, title: r.title, summary: r.summary, contentHtml: renderMarkdown(r.body), published: r.publishedAt!, updated, author: r.author ?? r.networkName };
    }),
  });
  return { xml, movedTo: null };
}
