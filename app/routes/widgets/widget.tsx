import { renderToStaticMarkup } from "react-dom/server";
import type { Route } from "./+types/widget";
import { requestContext, servicesContext } from "~/context.ts";
import { formatDate, translator, type Translate } from "~/i18n/index.ts";
import { notFound } from "~/domain/errors.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { kindFromPath, parseWidgetQuery, RESIZE_SENDER, widgetStylesheetPath, type OwnerType } from "~/domain/widgets/widget.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { getWidget, type Widget, type WidgetItem } from "~/services/widgets/get-widget.server.ts";

const OWNERS: Record<string, OwnerType> = { netwerken: "network", organisaties: "organisation" };

/**
 * /widget/:eigenaar/:slug/:soort — a list for another site's iframe (ADR 030). A page of its own,
 * not inside the app's layout: no menu, no session, no cookie, no script but the one that reports
 * its height. Everything it shows comes from its address, so the page cache may share it.
 */
export const loader = routeDownload(
  async ({ request, params, context }: Route.LoaderArgs) => {
    const query = parseWidgetQuery(new URL(request.url).searchParams);
    const type = OWNERS[params.eigenaar];
    const kind = kindFromPath(params.soort);
    if (!type || !kind) throw notFound("widgets.notFound");
    const widget = await getWidget(context.get(servicesContext), null, { owner: { type, slug: slugParam(params.slug) }, kind, limit: query.limit });
    const t = translator(query.locale);
    const html = renderToStaticMarkup(
      <WidgetPage widget={widget} t={t} locale={query.locale} nonce={context.get(requestContext).nonce} stylesheet={widgetStylesheetPath(query.theme)} />,
    );
    return new Response(`<!doctype html>${html}`, {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" },
    });
  },
  ({ request }) => parseWidgetQuery(new URL(request.url).searchParams).locale,
);

function Item({ item, t, locale }: { item: WidgetItem; t: Translate; locale: "nl" | "en" }) {
  const when =
    item.when === null
      ? null
      : "day" in item.when
        ? t("widgets.startsOn", { date: formatDate(item.when.day, locale) })
        : formatDate(item.when.at, locale, { dateStyle: "long", timeStyle: "short" });
  const meta = [item.kindKey ? t(item.kindKey) : null, item.who, when, item.where].filter(Boolean);
  return (
    <li className="th-widget__item">
      <NewTabLink href={item.href} t={t}>
        {item.title}
      </NewTabLink>
      {meta.length ? <p className="th-widget__meta">{meta.join(" · ")}</p> : null}
    </li>
  );
}

function NewTabLink({ href, t, className, children }: { href: string; t: Translate; className?: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener" className={className}>
      {children}
      <span className="th-visually-hidden"> {t("widgets.newTabHidden")}</span>
    </a>
  );
}

function WidgetPage({ widget, t, locale, nonce, stylesheet }: { widget: Widget; t: Translate; locale: "nl" | "en"; nonce: string; stylesheet: string }) {
  const heading = t(`widgets.heading.${widget.kind}`, { name: widget.owner.name });
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t("widgets.documentTitle", { heading })}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body className="utrecht-theme th-widget">
        <main className="th-widget__main">
          <h1 className="th-widget__heading">{heading}</h1>
          {widget.kind === "request" ? (
            <>
              <p>{widget.owner.type === "organisation" ? t("widgets.request.introOrganisation", { name: widget.owner.name }) : t("widgets.request.intro")}</p>
              <NewTabLink href={widget.moreHref} t={t} className="th-widget__button">
                {t("widgets.request.button")}
              </NewTabLink>
            </>
          ) : (
            <>
              {widget.items.length ? (
                <ul className="th-widget__list">
                  {widget.items.map((item) => (
                    <Item key={item.href} item={item} t={t} locale={locale} />
                  ))}
                </ul>
              ) : (
                <p>{t(`widgets.empty.${widget.kind}`)}</p>
              )}
              <p>
                <NewTabLink href={widget.moreHref} t={t}>
                  {t(`widgets.more.${widget.kind}`)}
                </NewTabLink>
              </p>
            </>
          )}
          <p className="th-widget__hint">
            {t("widgets.from")}. {t("widgets.newTab")}
          </p>
        </main>
        <script nonce={nonce || undefined} dangerouslySetInnerHTML={{ __html: RESIZE_SENDER }} />
      </body>
    </html>
  );
}
