import type { Route } from "./+types/article";
import { pageTitle } from "~/ui/page-title.ts";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getArticle } from "~/services/news/get-article.server.ts";
import { Alert, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { PopularArticles, viewsLabel } from "~/ui/news.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  // The server sets x-forwarded-for to the one client address it resolved (see server/app.ts).
  const reader = { address: request.headers.get("x-forwarded-for") ?? "unknown", userAgent: request.headers.get("user-agent") };
  const result = await getArticle(context.get(servicesContext), user, { slug: params.slug, reader });
  const saved = new URL(request.url).searchParams.has("opgeslagen");
  return { ...result, saved, title: `${result.article.title} | ${t("app.name")}` };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  if (!loaderData) return pageTitle(matches, "meta.articleNotFound");
  return [
    { title: loaderData.title },
    { name: "description", content: loaderData.article.summary },
    { tagName: "link", rel: "alternate", type: "application/atom+xml", title: loaderData.article.network.name, href: `/netwerken/${loaderData.article.network.slug}/nieuws.xml` },
  ];
}

// Views are counted per request; the page must not be served from a shared cache.
export function headers() {
  return { "cache-control": "private, no-store" };
}

export default function ArticlePage({ loaderData }: Route.ComponentProps) {
  const { article: a, popular, saved } = loaderData;
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-news-layout">
      <article className="th-stack th-article">
        <Paragraph>
          <Link to={`/nieuws?netwerk=${a.network.slug}`}>← {t("news.titleNetwork", { name: a.network.name })}</Link>
        </Paragraph>
        {saved ? <Alert type="ok">{t(a.status === "published" ? "news.savedPublished" : "news.saved")}</Alert> : null}
        {a.status === "draft" ? <Alert type="warning">{t("news.draftNotice")}</Alert> : null}
        <Heading level={1}>{a.title}</Heading>
        <p className="utrecht-paragraph th-muted">
          {a.publishedAt && a.status === "published" ? t("news.published", { date: formatDate(a.publishedAt, locale, { dateStyle: "long" }) }) : null}
          {a.author ? ` · ${t("news.by", { name: a.author })}` : null} · <span data-testid="view-count">{viewsLabel(t, a.views)}</span>
        </p>
        <Paragraph lead>{a.summary}</Paragraph>
        {a.imageUrl ? <img className="th-article__image" src={a.imageUrl} alt={a.imageAlt ?? ""} /> : null}
        {/* Sanitised on the server (domain/news/markdown.ts). */}
        <div className="th-article__body utrecht-document" dangerouslySetInnerHTML={{ __html: a.html }} />
        {a.canEdit ? (
          <ButtonLink to={`/nieuws/${a.slug}/bewerken`} appearance="secondary">
            {t("news.edit")}
          </ButtonLink>
        ) : null}
      </article>
      <PopularArticles items={popular} />
    </div>
  );
}
