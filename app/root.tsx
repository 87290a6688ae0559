import {
  data,
  isRouteErrorResponse,
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
  type MiddlewareFunction,
} from "react-router";
import type { Route } from "./+types/root";
import "@utrecht/design-tokens/dist/index.css";
import "./styles/utrecht.ts";
import "./styles/app.css";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { getSessionUser } from "~/services/account/get-session-user.server.ts";
import { loadMessages, parseLocale, translator, type Locale } from "~/i18n/index.ts";
import { useT } from "~/ui/use-t.ts";
import { PageMeta } from "~/ui/page-meta.tsx";
import { StylesheetFirst } from "~/ui/stylesheet-first.tsx";
import { Heading, Paragraph, Link } from "~/ui/components.tsx";
import { canUseDevTool } from "~/lib/dev-access.server.ts";
import { hasControlCharacters } from "~/lib/forms.ts";
import { apiLocale, problemResponse } from "~/lib/api.server.ts";
import { isApiPath } from "~/domain/api/version.ts";
import { isErrorData, type ErrorData } from "~/lib/error-data.ts";
import { navigationItems, type NavItem } from "~/domain/common/navigation.ts";
import { getNavigation } from "~/services/account/get-navigation.server.ts";
import { isWidgetPath } from "~/domain/widgets/widget.ts";

/**
 * A path or query holding a control character (`?q=%00`) or a broken percent escape is refused
 * here, once for every route, before any loader could hand it to the database.
 */
const addressMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  const url = new URL(request.url);
  let decoded: string | null;
  try {
    decoded = decodeURIComponent(url.pathname) + decodeURIComponent(url.search.replace(/\+/g, " "));
  } catch {
    decoded = null;
  }
  if (decoded !== null && !hasControlCharacters(decoded)) return;
  // The API answers in its own words (ADR 028): problem details, not the site's error page.
  if (isApiPath(url.pathname)) {
    throw problemResponse(request, context.get(servicesContext), "invalid", { detail: translator(apiLocale(request))("api.problem.address.detail") });
  }
  throw data<ErrorData>({ code: "invalid", message: "error.query.invalid" }, { status: 400 });
};

/**
 * Resolves the signed-in user once per request; loaders read it from the context. A widget page
 * is the same for everyone and lives on other sites: it neither reads the session cookie nor
 * lets better-auth refresh it (ADR 030).
 */
const sessionMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  if (isWidgetPath(new URL(request.url).pathname)) return;
  const services = context.get(servicesContext);
  context.set(userContext, await getSessionUser(services, null, { headers: request.headers }));
};

export const middleware = [addressMiddleware, sessionMiddleware];

/**
 * A page arrives with only the texts its own render used (ADR 025); the next page may use any
 * other, so the rest of the language is in before a client-side navigation or form renders.
 */
const messagesMiddleware: Route.ClientMiddlewareFunction = async (_args, next) => {
  await loadMessages(parseLocale(document.documentElement.lang));
  return next();
};

export const clientMiddleware = [messagesMiddleware];

export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  const { locale } = context.get(requestContext);
  const services = context.get(servicesContext);
  return data({
    locale: (user?.locale ?? locale) as Locale,
    // Whether to offer "sign out": the page shows nothing else of the person from here, so their
    // name and address stay out of every page's data.
    signedIn: user !== null,
    nav: await getNavigation(services, user),
    // The outbox link only for whom the outbox opens (this machine, or an administrator).
    devTools: canUseDevTool(context, "mail"),
  });
}

/**
 * The browser holds the messages of the page's language only (ADR 020). When a navigation brings
 * another language (a signed-in person's preference after signing in or saving it), its messages
 * load before that page renders.
 */
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const data = await serverLoader();
  await loadMessages(data.locale);
  return data;
}

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

type RootData = Awaited<ReturnType<typeof loader>>["data"];
/** Root data may be missing when the root loader itself failed; the shell then renders without it. */
const useRootData = () => useRouteLoaderData("root") as RootData | undefined;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const locale = data?.locale ?? errorLocale(useRouteError()) ?? "nl";
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <StylesheetFirst />
        <PageMeta locale={locale} />
        <Links />
      </head>
      <body className="utrecht-theme utrecht-theme--media-query utrecht-document utrecht-body">
        {children}
        {/* No nonce props: <ServerRouter nonce> (app/entry.server.tsx) gives these their CSP nonce. */}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** The menu when the root loader could not run (an unknown address): what a visitor sees. */
const VISITOR_NAV = navigationItems({ signedIn: false, coordinator: false, admin: false });

/** Is this menu item the current page, or the section the current page belongs to? */
const isCurrent = (item: NavItem, pathname: string) => pathname === item.href || (item.href !== "/" && pathname.startsWith(item.href + "/"));

function NavLink({ item }: { item: NavItem }) {
  const t = useT();
  const location = useLocation();
  return (
    <li className="th-nav__item">
      <a className="utrecht-link th-nav__link" href={item.href} aria-current={isCurrent(item, location.pathname) ? "page" : undefined}>
        {t(item.label)}
        {item.count ? (
          <span className="th-nav__count">
            {" "}
            <span className="th-nav__badge">{item.count}</span>
            <span className="th-visually-hidden"> {t("nav.unread")}</span>
          </span>
        ) : null}
      </a>
    </li>
  );
}

function SignOut() {
  const t = useT();
  return (
    <li className="th-nav__item">
      <form method="post" action="/uitloggen">
        <button type="submit" className="utrecht-button utrecht-button--subtle th-nav__button">
          {t("nav.signOut")}
        </button>
      </form>
    </li>
  );
}

/**
 * The menu bar of a wide screen: the main items, then "Meer" (a disclosure that needs no
 * JavaScript) with the rest, then the account items, on one line at 1280 px. The disclosure is
 * remounted on every navigation (key), so it is closed again on the next page.
 */
function WideNav({ items, signedIn }: { items: NavItem[]; signedIn: boolean }) {
  const t = useT();
  const location = useLocation();
  const more = items.filter((i) => i.place === "more");
  return (
    <ul className="th-nav__list th-nav__list--wide">
      {items.filter((i) => i.place === "main").map((item) => <NavLink key={item.href} item={item} />)}
      {more.length ? (
        <li className="th-nav__item th-nav__more">
          <details key={location.key} className="th-nav__disclosure">
            <summary className="th-nav__summary" data-current={more.some((i) => isCurrent(i, location.pathname)) ? "true" : undefined}>
              {t("nav.more")}
            </summary>
            <ul className="th-nav__sublist">
              {more.map((item) => <NavLink key={item.href} item={item} />)}
            </ul>
          </details>
        </li>
      ) : null}
      {items.filter((i) => i.place === "account").map((item) => <NavLink key={item.href} item={item} />)}
      {signedIn ? <SignOut /> : null}
    </ul>
  );
}

/** On a phone every item, in order, in one list behind "Menu". */
function CompactNav({ items, signedIn }: { items: NavItem[]; signedIn: boolean }) {
  const t = useT();
  const location = useLocation();
  const unread = items.reduce((sum, item) => sum + (item.count ?? 0), 0);
  return (
    <details key={location.key} className="th-nav__compact">
      <summary className="th-nav__summary">
        <span>{t("nav.menu")}</span>
        {/* The inbox count is behind the closed menu on a phone, so the summary says it too. */}
        {unread ? (
          <span className="th-nav__count">
            {" "}
            <span className="th-nav__badge" aria-hidden="true">
              {unread}
            </span>
            <span className="th-visually-hidden">{t("nav.menu.unread", { count: unread })}</span>
          </span>
        ) : null}
      </summary>
      <ul className="th-nav__list th-nav__list--compact">
        {items.map((item) => <NavLink key={item.href} item={item} />)}
        {signedIn ? <SignOut /> : null}
      </ul>
    </details>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const t = useT();
  const location = useLocation();
  const back = location.pathname + location.search;
  return (
    <div className="utrecht-page th-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t("nav.skip")}
      </a>
      <header className="utrecht-page-header th-header">
        <div className="utrecht-page-header__content th-header__content">
          <a href="/" className="th-logo">
            <span aria-hidden="true" className="th-logo__mark">
              ⚙
            </span>
            <span className="th-logo__text">{t("app.name")}</span>
          </a>
          <form method="post" action="/taal" className="th-lang">
            <input type="hidden" name="lang" value={data?.locale === "en" ? "nl" : "en"} />
            <input type="hidden" name="redirectTo" value={back} />
            <button type="submit" className="utrecht-button utrecht-button--subtle" lang={data?.locale === "en" ? "nl" : "en"} aria-label={t("lang.switchLabel")}>
              {t("lang.switch")}
            </button>
          </form>
        </div>
        <nav className="utrecht-nav-bar th-nav" aria-label={t("nav.main")}>
          {/* Two renderings of one menu; CSS shows exactly one, so assistive technology meets one.
              On a phone the fourteen items of a coordinator would fill the first screen, so there
              they sit behind a disclosure that needs no JavaScript. */}
          <WideNav items={data?.nav ?? VISITOR_NAV} signedIn={!!data?.signedIn} />
          <CompactNav items={data?.nav ?? VISITOR_NAV} signedIn={!!data?.signedIn} />
        </nav>
      </header>
      <main id="main" className="utrecht-page-content th-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="utrecht-page-footer th-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">{t("footer.about")}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="/toegankelijkheid">
              {t("footer.accessibility")}
            </a>
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="/privacy">
              {t("footer.privacy")}
            </a>
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="/open-data">
              {t("footer.openData")}
            </a>
          </p>
          {data?.devTools ? (
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href="/dev/mail">
                {t("nav.devMail")}
              </a>
            </p>
          ) : null}
        </div>
      </footer>
    </div>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

/** The reader's language as the error path carried it, for when the root loader did not run. */
const errorLocale = (error: unknown) => (isRouteErrorResponse(error) && isErrorData(error.data) ? error.data.locale : undefined);

const ERROR_TITLES: Record<number, string> = {
  400: "error.invalid.title",
  403: "error.forbidden.title",
  404: "error.notFound.title",
  409: "error.conflict.title",
  413: "error.tooLarge.title",
  415: "error.unsupported.title",
};
const ERROR_BODIES: Record<number, string> = {
  400: "error.invalid.body",
  403: "error.forbidden.body",
  404: "error.notFound.body",
  409: "error.conflict.body",
  413: "error.tooLarge.body",
  415: "error.body.unsupported",
};

/**
 * The one error page, for every route: inside the site's header and menu, titled by status, with
 * the message the error path sent (a message key, translated here) or the status's own text.
 */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const rootData = useRootData();
  const location = useLocation();
  const t = translator(rootData?.locale ?? errorLocale(error) ?? "nl");
  // Back to the part of the site the page belongs to (the offers, the courses, …), when it is in the menu.
  const section = (rootData?.nav ?? VISITOR_NAV).find((item) => item.href !== "/" && (location.pathname === item.href || location.pathname.startsWith(item.href + "/")));
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const payload = isRouteErrorResponse(error) ? error.data : undefined;
  const title = t(ERROR_TITLES[status] ?? "error.generic.title");
  const body = isErrorData(payload)
    ? t(payload.message, payload.params)
    : typeof payload === "string" && payload && status !== 404
      ? t(payload)
      : t(ERROR_BODIES[status] ?? "error.generic.body");
  return (
    <Shell>
      {/* Error pages have no route meta; React hoists this into <head> (WCAG 2.4.2 needs a title). */}
      <title>{`${title} | ${t("app.name")}`}</title>
      <div className="th-stack">
        <Heading level={1}>{title}</Heading>
        <Paragraph>{body}</Paragraph>
        <ul className="utrecht-unordered-list th-links">
          {section ? (
            <li className="utrecht-unordered-list__item">
              <Link to={section.href}>{t("error.backTo", { section: t(section.label) })}</Link>
            </li>
          ) : null}
          <li className="utrecht-unordered-list__item">
            <Link to="/">{t("error.home")}</Link>
          </li>
        </ul>
      </div>
    </Shell>
  );
}
