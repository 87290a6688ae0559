import { Form, redirect, useLocation } from "react-router";
import type { Route } from "./+types/list";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { NEWS_LIST_FIELDS, newsListHref, parseNewsListQuery } from "~/domain/news/list-query.ts";
import { PROVINCES } from "~/domain/common/provinces.ts";
import { listNews } from "~/services/news/list-news.server.ts";
import { Alert, Badge, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField } from "~/ui/form.tsx";
import { PopularArticles, viewsLabel } from "~/ui/news.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, NEWS_LIST_FIELDS);
  const query = parseNewsListQuery(new URL(request.url).searchParams);
  const overview = await listNews(context.get(servicesContext), user, query);
  // As the network's own page does for a merged network: for good, to the one it was merged into.
  if (overview.movedTo !== null) throw redirect(newsListHref({ networkSlug: overview.movedTo }, 1), 301);
  const heading = overview.network
    ? t("news.titleNetwork", { name: overview.network.name })
    : query.province
      ? t("news.titleProvince", { province: query.province })
      : t("news.title");
  const feed = overview.network ? `/netwerken/${overview.network.slug}/nieuws.xml` : "/nieuws.xml";
  return { ...overview, province: query.province, ignored: query.ignored, provinceIgnored: query.provinceIgnored, heading, feed, title: `${heading} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [
    { title: loaderData?.title ?? "Nieuws | Technohub" },
    ...(loaderData ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", title: loaderData.heading, href: loaderData.feed }] : []),
  ];
}

export default function NewsList({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const { articles, drafts, popular, network, province, provinceIgnored, canWrite, heading, feed } = loaderData;
  return (
    <div className="th-stack">
      <Heading level={1}>{heading}</Heading>
      <Paragraph lead>{t("news.intro")}</Paragraph>
      {canWrite ? <ButtonLink to="/nieuws/nieuw">{t("news.new")}</ButtonLink> : null}
      <search>
        {/* Twelve provinces, not the hundreds of networks with news: a choice a phone can show. A network's own news is a link on its page. */}
        <Form method="get" className="th-news-filter" key={location.search}>
          <SelectField
            name="provincie"
            label={t("news.filter")}
            placeholder={t("news.filterAll")}
            options={PROVINCES.map((p) => ({ value: p, label: p }))}
            defaultValue={province ?? ""}
          />
          <Button appearance="secondary">{t("news.filterSubmit")}</Button>
        </Form>
      </search>
      {/* The select cannot send an unknown province: only an address can, so this is a notice, not a field's error. */}
      {provinceIgnored ? <Alert type="warning">{t("news.provinceIgnored")}</Alert> : null}
      {network || province ? (
        <Paragraph>
          <Link to="/nieuws">{t("news.all")}</Link>
        </Paragraph>
      ) : null}
      <div className="th-news-layout">
        <div className="th-stack">
          {drafts.length > 0 ? (
            <section className="th-card th-stack" aria-labelledby="concepten">
              <Heading level={2} id="concepten">
                {t("news.drafts")}
              </Heading>
              <ul className="utrecht-unordered-list">
                {drafts.map((a) => (
                  <li key={a.id} className="utrecht-unordered-list__item">
                    <Link to={`/nieuws/${a.slug}`}>{a.title}</Link> <Badge>{t("news.draft")}</Badge> <span className="th-muted">· {a.networkName}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PageNotice {...loaderData} />
          {articles.length === 0 ? <Paragraph>{t("news.empty")}</Paragraph> : null}
          <ul className="th-card-list">
            {articles.map((a) => (
              <li key={a.id} className="th-card th-stack">
                <Heading level={2} appearance={3}>
                  <Link to={`/nieuws/${a.slug}`}>{a.title}</Link>
                </Heading>
                <p className="utrecht-paragraph th-muted">
                  {a.publishedAt ? formatDate(a.publishedAt, locale) : null} · {a.networkName} · {viewsLabel(t, a.views)}
                </p>
                <Paragraph>{a.summary}</Paragraph>
              </li>
            ))}
          </ul>
          <Pagination {...loaderData} href={(page) => newsListHref({ networkSlug: network?.slug, province }, page)} />
          <Paragraph>
            <a className="utrecht-link" href={feed} type="application/atom+xml">
              {t("news.feed")}
            </a>
          </Paragraph>
        </div>
        <PopularArticles items={popular} />
      </div>
    </div>
  );
}
