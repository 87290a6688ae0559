import type { Route } from "./+types/offers";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { chosenOfferFilters, OFFER_RADII, OFFER_SEARCH_FIELDS, offerSearchHref, parseOfferSearchParams } from "~/domain/guest-lessons/catalogue-query.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LOCATIONS } from "~/domain/guest-lessons/vocabulary.ts";
import { translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { searchOffers, type OfferCard } from "~/services/guest-lessons/search-offers.server.ts";
import { Alert, Badge, Button, ButtonLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { FilteredSearchForm } from "~/ui/fold-on-phone.tsx";
import { Reasons } from "~/ui/guest-lessons.tsx";
import { NetworkMap, type MapTiles } from "~/ui/map/network-map.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const locale = user?.locale ?? context.get(requestContext).locale;
  redirectWithoutEmptyFields(request, OFFER_SEARCH_FIELDS);
  const filters = parseOfferSearchParams(new URL(request.url).searchParams);
  const { topics, canOffer, ...result } = await searchOffers(services, user, filters);
  const t = translator(locale);
  return {
    filters,
    result,
    topics: topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl })),
    canOffer,
    tiles: { tileUrl: services.env.MAP_TILE_URL, attribution: services.env.MAP_ATTRIBUTION } satisfies MapTiles,
    meta: { title: t("offers.metaTitle"), description: t("offers.metaDescription") },
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.meta.title ?? "Aanbod | Technohub" }, { name: "description", content: loaderData?.meta.description ?? "" }];
}

export default function Offers({ loaderData }: Route.ComponentProps) {
  const { filters, result, topics } = loaderData;
  const t = useT();
  const chosen = chosenOfferFilters(filters);
  const topicNames = Object.fromEntries(topics.map((tp) => [tp.slug, tp.name]));
  const locale = useLocale();
  // Past the search's cap (ADR 023) the page says "meer dan 1.000 resultaten".
  const count = result.more
    ? t("offers.results.more", { number: new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL").format(result.total) })
    : t("offers.results.count", { count: result.total });
  // "12 resultaten binnen 10 km van Utrecht": the radius is part of what was counted.
  const within = filters.radiusKm !== null && result.centre ? t("offers.results.within", { km: filters.radiusKm, place: result.centre.place ?? result.centre.label }) : null;

  return (
    <div className="th-stack">
      <Heading level={1}>{t("offers.title")}</Heading>
      <Paragraph lead>{t("offers.intro")}</Paragraph>
      {loaderData.canOffer ? (
        <Paragraph>
          <ButtonLink to="/aanbod/nieuw" appearance="secondary">
            {t("offers.new")}
          </ButtonLink>
        </Paragraph>
      ) : null}

      <div className="th-sidebar-layout th-directory">
        <FilteredSearchForm
          action="/aanbod"
          label={t("offers.form.label")}
          search={{ label: t("offers.search.label"), hint: t("offers.search.hint"), value: filters.q, submit: t("offers.search.submit") }}
          chosen={chosen}
          summary={chosen > 0 ? t("offers.filter.titleChosen", { count: chosen }) : t("offers.filter.title")}
        >
            <SelectField
              name="onderwerp"
              label={t("offers.filter.topic")}
              placeholder={t("offers.filter.any")}
              options={topics.map((tp) => ({ value: tp.slug, label: tp.name }))}
              defaultValue={filters.topic ?? ""}
            />
            <SelectField
              name="niveau"
              label={t("offers.filter.level")}
              placeholder={t("offers.filter.any")}
              options={LESSON_LEVELS.map((l) => ({ value: l, label: t(`guestLessons.level.${l}`) }))}
              defaultValue={filters.level ?? ""}
            />
            <SelectField
              name="soort"
              label={t("offers.filter.kind")}
              placeholder={t("offers.filter.any")}
              options={OFFER_KINDS.map((k) => ({ value: k, label: t(`guestLessons.kind.${k}`) }))}
              defaultValue={filters.kind ?? ""}
            />
            <SelectField
              name="waar"
              label={t("offers.filter.location")}
              placeholder={t("offers.filter.any")}
              options={OFFER_LOCATIONS.map((l) => ({ value: l, label: t(`guestLessons.location.${l}`) }))}
              defaultValue={filters.location ?? ""}
            />
            <TextField name="bij" label={t("offers.filter.near")} description={t("offers.filter.nearHint")} defaultValue={filters.near} maxLength={100} />
            <SelectField
              name="afstand"
              label={t("offers.filter.radius")}
              description={t("offers.filter.radiusHint")}
              placeholder={t("offers.filter.radiusAny")}
              options={OFFER_RADII.map((km) => ({ value: String(km), label: t("offers.filter.radiusKm", { km }) }))}
              defaultValue={filters.radiusKm === null ? "" : String(filters.radiusKm)}
            />
            <Button type="submit" appearance="secondary">
              {t("offers.filter.apply")}
            </Button>
        </FilteredSearchForm>

        <section className="th-directory__results th-stack" aria-labelledby="results-heading">
          <div className="th-results-header">
            <Heading level={2} id="results-heading">
              {t("offers.results.title")}
            </Heading>
            <p className="utrecht-paragraph" role="status">
              <strong>{result.total === 0 ? t("offers.results.none") : count}</strong>
              {within ? ` ${within}` : null}
              {result.offers.some((o) => o.lat !== null) ? (
                <>
                  {" · "}
                  <a className="utrecht-link" href={`${offerSearchHref(filters)}#kaart`}>
                    {t("offers.results.toMap")}
                  </a>
                </>
              ) : null}
            </p>
          </div>
          {result.unknownPlace ? <Alert type="warning">{t("offers.near.unknown", { place: result.unknownPlace })}</Alert> : null}
          {filters.radiusIgnored !== undefined ? <Alert type="warning">{t("offers.radius.ignored", { value: filters.radiusIgnored })}</Alert> : null}
          {filters.radiusKm !== null && !result.centre && !result.unknownPlace ? <Alert type="warning">{t("offers.radius.noCentre")}</Alert> : null}
          {result.centre ? (
            <Paragraph>
              {result.centre.source === "school"
                ? t("offers.near.school", { name: result.centre.label, place: result.centre.place ?? "" })
                : t("offers.near.place", { place: result.centre.label })}
            </Paragraph>
          ) : !result.unknownPlace ? (
            <Paragraph>{t("offers.near.none")}</Paragraph>
          ) : null}
          <PageNotice {...result} ignored={filters.pageIgnored} />
          {result.total === 0 ? (
            <Paragraph>{t("offers.results.noneHelp")}</Paragraph>
          ) : (
            <ul className="th-grid th-result-list">
              {result.offers.map((o) => (
                <OfferCardItem key={o.id} card={o} topicNames={topicNames} />
              ))}
            </ul>
          )}
          <Pagination {...result} ignored={filters.pageIgnored} href={(page) => offerSearchHref({ ...filters, page })} />
          {result.offers.length > 0 ? <OffersMap offers={result.offers} tiles={loaderData.tiles} /> : null}
        </section>
      </div>
    </div>
  );
}

function OfferCardItem({ card, topicNames }: { card: OfferCard; topicNames: Record<string, string> }) {
  const t = useT();
  return (
    <li className="th-card th-result">
      <Heading level={3} appearance={4} className="th-result__title">
        <Link to={`/aanbod/${card.id}`}>{card.title}</Link>
      </Heading>
      <p className="utrecht-paragraph th-result__meta">
        <Badge>{t(`guestLessons.kind.${card.kind}`)}</Badge> <span>{card.organisationName}</span>
        {card.place ? <span> · {card.place}</span> : null}
      </p>
      <Reasons reasons={card.reasons} topicNames={topicNames} />
      <ul className="th-tags" aria-label={t("offer.topics")}>
        {card.topics.map((slug) => (
          <li key={slug}>
            <Badge>{topicNames[slug] ?? slug}</Badge>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph th-result__summary">
        {card.levels.map((l) => t(`guestLessons.level.${l}`)).join(", ")} · {card.locations.map((l) => t(`guestLessons.location.${l}`)).join(", ")}
      </p>
    </li>
  );
}

function OffersMap({ offers, tiles }: { offers: OfferCard[]; tiles: MapTiles }) {
  const t = useT();
  const onMap = offers.filter((o): o is OfferCard & { lat: number; lon: number } => o.lat !== null && o.lon !== null);
  return (
    <section className="th-stack th-directory__map" aria-labelledby="kaart">
      <Heading level={2} id="kaart">
        {t("offers.map.title")}
      </Heading>
      <NetworkMap
        tiles={tiles}
        label={t("offers.map.label")}
        caption={t("offers.map.caption", { count: onMap.length })}
        fallback={t("offers.map.fallback")}
        markers={onMap.map((o) => ({ id: o.id, lat: o.lat, lon: o.lon, title: o.title, detail: [o.organisationName, o.place].filter(Boolean).join(" · "), href: `/aanbod/${o.id}` }))}
      />
      <Table
        caption={t("offers.map.listCaption")}
        stack
        rows={offers}
        rowKey={(o) => o.id}
        columns={[
          { header: t("offers.map.offer"), rowHeader: true, cell: (o) => <Link to={`/aanbod/${o.id}`}>{o.title}</Link> },
          { header: t("offers.map.provider"), cell: (o) => o.organisationName },
          { header: t("offers.map.place"), cell: (o) => o.place ?? t("guestLessons.location.online") },
        ]}
      />
    </section>
  );
}
