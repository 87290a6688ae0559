import type { Route } from "./+types/articles";
import { invalid } from "~/domain/errors.ts";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listArticles } from "~/domain/api/operations.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { listNews } from "~/services/news/list-news.server.ts";

/** GET /api/v1/articles: the published news of /nieuws (a visitor's view: no drafts, nothing hidden or scheduled). */
export const loader = apiLoader(listArticles, async ({ query, services, url, siteUrl }) => {
  // The page lets a network win over a province; a client asking both is told instead.
  if (query.network !== undefined && query.province !== undefined) throw invalid("api.invalidParam.networkOrProvince", "province");
  const asked = await listNews(services, null, { networkSlug: query.network, province: query.province ?? null, page: query.page });
  // A merged network's articles are those of the network it was merged into, as on the page.
  const result = asked.movedTo === null ? asked : await listNews(services, null, { networkSlug: asked.movedTo, page: query.page });
  const { page, links } = listPage(url, result);
  return {
    links,
    body: {
      articles: result.articles.map((a) => ({
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        // Published articles only: the use-case's condition includes a publication date.
        publishedAt: a.publishedAt!.toISOString(),
        network: { slug: a.networkSlug, name: a.networkName },
        url: sitePage(siteUrl, "nieuws", a.slug),
      })),
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
