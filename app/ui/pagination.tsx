import { pageWindow } from "~/domain/common/paging.ts";
import { Link, Paragraph } from "./components.tsx";
import { useT } from "./use-t.ts";

export type PageState = { page: number; pageCount: number; beyond?: number | null; ignored?: boolean };

/**
 * The page links of a long list (ADR 019): first, last, the current page and its neighbours, as
 * plain links so they work without JavaScript. `href` keeps the list's other parameters.
 */
export function Pagination({ page, pageCount, href, label }: PageState & { href: (page: number) => string; label?: string }) {
  const t = useT();
  const pages = pageWindow(page, pageCount);
  if (pages.length === 0) return null;
  return (
    <nav className="th-pagination" aria-label={label ?? t("pagination.label")}>
      {/* Where one is in a long list, in words: the links alone leave a screen reader counting them. */}
      <Paragraph className="th-pagination__status">{t("pagination.pageOf", { page, pageCount })}</Paragraph>
      <ul className="th-pagination__list">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {t("pagination.previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={href(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pagination.page", { page: p })}
                className={p === page ? "th-pagination__current" : undefined}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link to={href(page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** What the page says when the address asked for a page that is not there, or for no page at all. */
export function PageNotice({ page, beyond, ignored }: PageState) {
  const t = useT();
  if (beyond) return <Paragraph role="status">{t("pagination.beyond", { asked: beyond, page })}</Paragraph>;
  if (ignored) return <Paragraph role="status">{t("pagination.ignored")}</Paragraph>;
  return null;
}
