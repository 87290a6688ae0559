import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/home";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import type { HomeRole, PendingItem, Urgency } from "~/domain/home/pending.ts";
import { formatDate, translator, type Locale, type Translate } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getHome, type HomeSection } from "~/services/home/get-home.server.ts";
import { Alert, Badge, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { TextField } from "~/ui/form.tsx";
import { NetworkMap, type MapTiles } from "~/ui/map/network-map.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

// A place name or a postcode; anything longer is not one, so it is cut rather than refused.
const Query = z.object({ bij: z.string().catch("").default("").transform((v) => v.trim().slice(0, 100)) });

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["bij"]);
  const { bij } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const home = await getHome(services, user, { near: bij });
  return {
    home,
    tiles: { tileUrl: services.env.MAP_TILE_URL, attribution: services.env.MAP_ATTRIBUTION } satisfies MapTiles,
    title: home.signedIn ? `${t("nav.home")} | ${t("app.name")}` : t("app.name"),
    description: t("home.intro"),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Technohub" }, { name: "description", content: loaderData?.description ?? "" }];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { home } = loaderData;
  return home.signedIn ? <Personal name={home.name} sections={home.sections} news={home.news} /> : <Public home={home} tiles={loaderData.tiles} />;
}

/** One search box over everything; /zoeken answers it. A plain form, so it works without JavaScript. */
function SearchBox() {
  const t = useT();
  return (
    <search className="th-home-search">
      <form method="get" action="/zoeken" className="th-home-search__form">
        <TextField name="q" type="search" label={t("home.search.label")} description={t("home.search.description")} autoComplete="off" />
        <Button appearance="primary">{t("home.search.submit")}</Button>
      </form>
    </search>
  );
}

type PublicHome = Extract<Route.ComponentProps["loaderData"]["home"], { signedIn: false }>;

function Public({ home, tiles }: { home: PublicHome; tiles: MapTiles }) {
  const t = useT();
  const locale = useLocale();
  const { upcoming, near, news, mapCount } = home;
  const nearby = Boolean(near.query) && near.found;
  return (
    <div className="th-stack th-home">
      <Heading level={1}>{t("app.tagline")}</Heading>
      <Paragraph lead>{t("home.intro")}</Paragraph>
      <SearchBox />

      <section className="th-stack" aria-labelledby="binnenkort">
        <Heading level={2} id="binnenkort">
          {t("home.upcoming.title")}
        </Heading>
        <Form method="get" className="th-home-near" preventScrollReset>
          <TextField name="bij" label={t("home.upcoming.near")} description={t("home.upcoming.nearDescription")} defaultValue={near.query} autoComplete="postal-code" />
          <Button appearance="secondary">{t("home.upcoming.nearSubmit")}</Button>
        </Form>
        {near.found ? (
          <Paragraph>{nearby ? t("home.upcoming.around", { km: near.km, place: near.place ?? near.query }) : t("home.upcoming.nationwide")}</Paragraph>
        ) : (
          <Alert type="warning">{t("home.upcoming.notFound", { query: near.query })}</Alert>
        )}
        <div className="th-home-columns">
          <UpcomingList
            id="evenementen"
            title={t("home.upcoming.events")}
            empty={t(nearby ? "home.upcoming.eventsNoneNear" : "home.upcoming.eventsNone")}
            all={{ to: "/evenementen", text: t("home.upcoming.eventsAll") }}
            items={upcoming.events.map((e) => ({
              key: e.id,
              href: `/evenementen/${e.slug}`,
              title: e.name,
              detail: [e.startsOn ? formatDate(e.startsOn, locale) : null, e.networkName].filter(Boolean).join(" · "),
            }))}
          />
          <UpcomingList
            id="cursussen"
            title={t("home.upcoming.sessions")}
            empty={t(nearby ? "home.upcoming.sessionsNoneNear" : "home.upcoming.sessionsNone")}
            all={{ to: "/cursussen", text: t("home.upcoming.sessionsAll") }}
            items={upcoming.sessions.map((s) => ({
              key: s.id,
              href: `/cursussen/${s.slug}`,
              title: s.title,
              detail: [formatDate(s.startsAt, locale, { dateStyle: "long" }), s.place, s.providerName].filter(Boolean).join(" · "),
            }))}
          />
          <UpcomingList
            id="aanbod"
            title={t("home.upcoming.offers")}
            empty={t(nearby ? "home.upcoming.offersNoneNear" : "home.upcoming.offersNone")}
            all={{ to: "/aanbod", text: t("home.upcoming.offersAll") }}
            items={upcoming.offers.map((o) => ({
              key: o.id,
              href: `/aanbod/${o.id}`,
              title: o.title,
              detail: [t(`guestLessons.kind.${o.kind}`), o.organisationName, o.place].filter(Boolean).join(" · "),
            }))}
          />
        </div>
      </section>

      <News news={news} />

      <section className="th-stack" aria-labelledby="kaart">
        <Heading level={2} id="kaart">
          {t("home.map.title")}
        </Heading>
        {mapCount === 0 ? (
          <Paragraph>{t("home.map.none")}</Paragraph>
        ) : (
          <NetworkMap
            tiles={tiles}
            size="small"
            label={t("home.map.label")}
            caption={plural(t, "home.map.caption", mapCount)}
            fallback={t("home.map.fallback")}
            // Fetched when the map is shown: 500 markers in the page cost every request (ADR 020).
            markers={{ source: "/netwerken/vestigingen.json" }}
          />
        )}
        <ButtonLink appearance="secondary" to="/netwerken">
          {t("home.cta.networks")}
        </ButtonLink>
      </section>
    </div>
  );
}

function UpcomingList({
  id,
  title,
  items,
  empty,
  all,
}: {
  id: string;
  title: string;
  items: { key: string; href: string; title: string; detail: string }[];
  empty: string;
  all: { to: string; text: string };
}) {
  return (
    <section className="th-card th-stack" aria-labelledby={`binnenkort-${id}`}>
      <Heading level={3} id={`binnenkort-${id}`}>
        {title}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="th-home-list">
          {items.map((i) => (
            <li key={i.key}>
              <Link to={i.href}>{i.title}</Link>
              <span className="th-muted">{i.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <Link to={all.to}>{all.text}</Link>
    </section>
  );
}

function News({ news }: { news: { slug: string; title: string; summary: string; publishedAt: string; networkName: string }[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="th-stack" aria-labelledby="nieuws">
      <Heading level={2} id="nieuws">
        {t("home.news.title")}
      </Heading>
      {news.length === 0 ? (
        <Paragraph>{t("home.news.none")}</Paragraph>
      ) : (
        <ul className="th-card-list th-home-news">
          {news.map((a) => (
            <li key={a.slug} className="th-card th-stack">
              <Heading level={3}>
                <Link to={`/nieuws/${a.slug}`}>{a.title}</Link>
              </Heading>
              <p className="utrecht-paragraph th-muted">
                {formatDate(a.publishedAt, locale)} · {a.networkName}
              </p>
              {a.summary ? <Paragraph>{a.summary}</Paragraph> : null}
            </li>
          ))}
        </ul>
      )}
      <Link to="/nieuws">{t("home.news.all")}</Link>
    </section>
  );
}

const EMPTY_LINK: Record<HomeRole, string> = {
  coordinator: "/coordinatie",
  teacher: "/vragen/nieuw",
  company: "/aanbod/nieuw",
  provider: "/opleider",
  employee: "/cursussen",
  administrator: "/beheer",
};

function Personal({ name, sections, news }: { name: string; sections: HomeSection[]; news: Parameters<typeof News>[0]["news"] }) {
  const t = useT();
  return (
    <div className="th-stack th-home">
      <Heading level={1}>{t("home.personal.title", { name })}</Heading>
      {sections.length > 0 ? <Paragraph lead>{t("home.personal.lead")}</Paragraph> : null}
      <SearchBox />
      {sections.length === 0 ? (
        <div className="th-stack">
          <Paragraph>{t("home.personal.noRoles")}</Paragraph>
          <p className="th-home-actions">
            <ButtonLink to="/netwerken">{t("home.personal.noRoles.networks")}</ButtonLink>
            <ButtonLink appearance="secondary" to="/organisaties/nieuw">
              {t("home.personal.noRoles.organisation")}
            </ButtonLink>
          </p>
        </div>
      ) : (
        sections.map((s) => <Section key={s.role} section={s} />)
      )}
      <News news={news} />
    </div>
  );
}

function Section({ section }: { section: HomeSection }) {
  const t = useT();
  const locale = useLocale();
  const { role, items, organisations } = section;
  const waiting = items.filter((i) => i.action).length;
  const headingId = `rol-${role}`;
  return (
    <section className="th-stack th-home-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t(`home.role.${role}`)}
      </Heading>
      {organisations.length > 0 ? <p className="utrecht-paragraph th-muted">{t("home.role.for", { names: organisations.join(", ") })}</p> : null}
      {items.length === 0 ? (
        <div className="th-stack">
          <Paragraph>{t(`home.empty.${role}`)}</Paragraph>
          <Link to={EMPTY_LINK[role]}>{t(`home.empty.link.${role}`)}</Link>
        </div>
      ) : (
        <>
          <Paragraph>{waiting === 0 ? t("home.summary.none") : plural(t, "home.summary", waiting)}</Paragraph>
          <ul className="th-home-items" aria-label={t("home.items.label", { role: t(`home.role.${role}`) })}>
            {items.map((item) => (
              <Item key={item.key} item={item} t={t} locale={locale} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Item({ item, t, locale }: { item: PendingItem & { urgency: Urgency }; t: Translate; locale: Locale }) {
  const label = itemLabel(t, item);
  const due = item.due ? formatDate(item.due, locale, item.due.length > 10 ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" }) : null;
  const badge = item.urgency === "overdue" || item.urgency === "today" || item.urgency === "soon" ? t(`home.urgency.${item.urgency}`) : null;
  return (
    <li className={`th-home-item th-home-item--${item.urgency}${item.action ? " th-home-item--action" : ""}`}>
      {/* What waits on this person says so in words, as the summary above counts it: not by colour alone. */}
      {item.action ? (
        <span className="th-home-item__action">
          <Badge>{t("home.item.action")}</Badge>
        </span>
      ) : null}
      {/* Two sessions of one course differ only by their date, so the link names it. */}
      <Link to={item.href}>{item.title ? (item.startsAt ? `${item.title}, ${formatDate(item.startsAt, locale)}` : item.title) : label}</Link>
      {item.title ? <span>{label}</span> : null}
      {badge || due ? (
        <span className="th-home-item__when">
          {badge ? <Badge>{badge}</Badge> : null} {due ? t(item.action ? "home.due.by" : "home.due.on", { date: due }) : null}
        </span>
      ) : null}
    </li>
  );
}

/** The text of an item: its kind, its state when the kind has several, and a real plural when it counts. */
function itemLabel(t: Translate, item: PendingItem): string {
  const base = item.state ? `home.item.${item.kind}.${item.state}` : `home.item.${item.kind}`;
  const params = { count: item.count ?? 0, of: item.of ?? 0 };
  switch (item.kind) {
    case "trainingNeed":
    case "needMatch":
    case "eventGroup":
    case "eventSlot":
    case "auditDecisions":
    case "accountsBlocked":
      return plural(t, base, item.count ?? 0, params);
    case "sessionBelowMinimum":
    case "sessionFilling":
      return plural(t, base, item.of ?? 0, params);
    case "event":
      return item.state === "draft" ? t(base) : plural(t, base, item.count ?? 0, params);
    default:
      return t(base, params);
  }
}

function plural(t: Translate, key: string, count: number, params: Record<string, string | number> = {}) {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { count, ...params });
}
