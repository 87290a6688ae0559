import type { ArticleListItem } from "~/services/news/list-news.server.ts";
import { formatDate } from "~/i18n/index.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const MEDIUM_DATE: Intl.DateTimeFormatOptions = { dateStyle: "medium" };

export function viewsLabel(t: (k: string, p?: Record<string, string | number>) => string, count: number) {
  return t("news.views", { count });
}

/** "Populaire artikelen": title, date and how often it was read. */
export function PopularArticles({ items, headingId = "populair" }: { items: (ArticleListItem & { views: number })[]; headingId?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <aside className="th-card th-stack" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t("news.popular")}
      </Heading>
      <Paragraph className="th-muted">{t("news.popularIntro")}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t("news.popularEmpty")}</Paragraph>
      ) : (
        <ol className="th-popular">
          {items.map((a) => (
            <li key={a.id}>
              <Link to={`/nieuws/${a.slug}`}>{a.title}</Link>
              <div className="th-muted">
                {a.publishedAt ? formatDate(a.publishedAt, locale, MEDIUM_DATE) : null} · {viewsLabel(t, a.views)}
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
