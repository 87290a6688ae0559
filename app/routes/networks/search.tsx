import type { Route } from "./+types/search";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { labelOf, translator, type Translate } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import {
  FACETS,
  FACET_PARAMS,
  NETWORK_SEARCH_FIELDS,
  activeFilters,
  hasActiveSearch,
  networkSearchHref,
  withPage,
  withoutFacetValue,
  withoutQuery,
  type FacetKey,
  type NetworkFilters,
} from "~/domain/networks/search-query.ts";
import { parseNetworkSearchParams } from "~/domain/networks/search-params.ts";
import { MAX_MAP_LOCATIONS, searchNetworks, type FacetOption, type MapLocation, type NetworkSearchResult } from "~/services/networks/search-networks.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { FilteredSearchForm } from "~/ui/fold-on-phone.tsx";
import { NetworkMap, type MapTiles } from "~/ui/map/network-map.tsx";
import { Pagination } from "~/ui/pagination.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const locale = context.get(userContext)?.locale ?? context.get(requestContext).locale;
  redirectWithoutEmptyFields(request, NETWORK_SEARCH_FIELDS);
  const { filters, ignored } = parseNetworkSearchParams(new URL(request.url).searchParams);
  const result = await searchNetworks(services, context.get(userContext), filters);
  const t = translator(locale);
  return {
    filters,
    ignored,
    result,
    locationsLimited: result.locations.length >= MAX_MAP_LOCATIONS,
    tiles: { tileUrl: services.env.MAP_TILE_URL, attribution: services.env.MAP_ATTRIBUTION } satisfies MapTiles,
    meta: {
      title: filters.q ? t("networks.metaTitleSearch", { q: filters.q }) : t("networks.metaTitle"),
      description: t("networks.meta.description"),
    },
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.meta.title ?? "Netwerken | Technohub" }, { name: "description", content: loaderData?.meta.description ?? "" }];
}

/** Value labels: kinds are codes with a message; the other facets store Dutch labels as published. */
function facetValueLabel(t: Translate, facet: FacetKey, value: string): string {
  return facet === "kind" ? t(`networks.kind.${value}`) : labelOf(t, `networks.${facet}.${value}`, value);
}

export default function NetworkDirectory({ loaderData }: Route.ComponentProps) {
  const { filters, ignored, result } = loaderData;
  const t = useT();
  const chosen = activeFilters(filters).length;

  return (
    <div className="th-stack">
      <Heading level={1}>{t("networks.title")}</Heading>
      <Paragraph lead>{t("networks.intro")}</Paragraph>
      {ignored.length > 0 ? (
        <Alert type="warning">{t("networks.ignored", { list: ignored.map((i) => `${i.param} = ‘${i.value}’`).join(", ") })}</Alert>
      ) : null}

      <div className="th-sidebar-layout th-directory">
        <FilteredSearchForm
          action="/netwerken"
          label={t("networks.form.label")}
          search={{ label: t("networks.search.label"), hint: t("networks.search.hint"), value: filters.q, submit: t("networks.search.submit") }}
          chosen={chosen}
          summary={chosen > 0 ? t("networks.filters.titleActive", { count: chosen }) : t("networks.filters.title")}
        >
          <FilterPanel result={result} />
        </FilteredSearchForm>

        <section className="th-directory__results th-stack" aria-labelledby="results-heading">
          <ResultsHeader filters={filters} result={result} />
          <ActiveFilters filters={filters} />
          {result.total === 0 ? (
            <NoResults />
          ) : (
            <>
              <ul className="th-grid th-result-list">
                {result.networks.map((n) => (
                  <li key={n.slug} className="th-card th-result">
                    <Heading level={3} appearance={4} className="th-result__title">
                      <Link to={`/netwerken/${n.slug}`}>{n.name}</Link>
                    </Heading>
                    <p className="utrecht-paragraph th-result__meta">
                      <Badge>{t(`networks.kind.${n.kind}`)}</Badge>
                      {n.province ? <span> · {n.province}</span> : null}
                    </p>
                    {n.summary ? <Paragraph className="th-result__summary">{n.summary}</Paragraph> : null}
                    {n.tags.length > 0 ? (
                      <ul className="th-tags" aria-label={t("networks.facet.tag")}>
                        {n.tags.map((tag) => (
                          <li key={tag}>
                            <Badge>{tag}</Badge>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              <Pagination {...result} href={(page) => networkSearchHref(withPage(filters, page))} />
            </>
          )}
          {result.total > 0 ? <LocationsSection locations={result.locations} limited={loaderData.locationsLimited} tiles={loaderData.tiles} /> : null}
        </section>
      </div>
    </div>
  );
}

/** The facets with values on this page's results, and the button that applies them. */
function FilterPanel({ result }: { result: NetworkSearchResult }) {
  const t = useT();
  const facets = FACETS.filter((facet) => result.facets[facet].length > 0);
  return (
    <>
      {facets.length === 0 ? <Paragraph>{t("networks.filters.noOptions")}</Paragraph> : null}
      {facets.map((facet) => (
        <FacetFieldset key={facet} facet={facet} options={result.facets[facet]} />
      ))}
      <Button type="submit" appearance="secondary">
        {t("networks.filters.apply")}
      </Button>
    </>
  );
}

function FacetFieldset({ facet, options }: { facet: FacetKey; options: FacetOption[] }) {
  const t = useT();
  const param = FACET_PARAMS[facet];
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-facet">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t(`networks.facet.${facet}`)}</legend>
      {options.map((option, i) => {
        const id = `f-${param}-${i}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox th-facet__option" key={option.value}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
              type="checkbox"
              id={id}
              name={param}
              value={option.value}
              defaultChecked={option.selected}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
              {t("networks.facet.option", { label: facetValueLabel(t, facet, option.value), count: option.count })}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

function ResultsHeader({ filters, result }: { filters: NetworkFilters; result: NetworkSearchResult }) {
  const t = useT();
  const count = t("networks.results.count", { count: result.total });
  return (
    <div className="th-results-header">
      <Heading level={2} id="results-heading">
        {t("networks.results.title")}
      </Heading>
      {/* Announced after a client-side search, so screen reader users hear the outcome. */}
      <p className="utrecht-paragraph" role="status">
        <strong>{result.total === 0 ? t("networks.results.none") : count}</strong>
        {result.pageCount > 1 ? <> ({t("networks.results.pageOf", { page: result.page, pageCount: result.pageCount })})</> : null}
        {result.total > 0 && result.locations.length > 0 ? (
          <>
            {" · "}
            <a className="utrecht-link" href={`${networkSearchHref(filters)}#kaart`}>
              {t("networks.results.toMap")}
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}

function ActiveFilters({ filters }: { filters: NetworkFilters }) {
  const t = useT();
  if (!hasActiveSearch(filters)) return null;
  const items = [
    ...(filters.q ? [{ key: "q", facetLabel: t("networks.active.query"), value: `‘${filters.q}’`, href: networkSearchHref(withoutQuery(filters)) }] : []),
    ...activeFilters(filters).map(({ facet, value }) => ({
      key: `${facet}:${value}`,
      facetLabel: t(`networks.facet.${facet}`),
      value: facetValueLabel(t, facet, value),
      href: networkSearchHref(withoutFacetValue(filters, facet, value)),
    })),
  ];
  return (
    <div className="th-active-filters">
      <Heading level={3} appearance={4}>
        {t("networks.active.title")}
      </Heading>
      <ul className="th-active-filters__list">
        {items.map((item) => (
          <li key={item.key} className="th-active-filters__item">
            <span>
              {item.facetLabel}: {item.value}
            </span>{" "}
            <Link to={item.href} className="th-active-filters__remove">
              {t("networks.active.remove")}
              <span className="th-visually-hidden">
                {" "}
                {t("networks.active.removeLabel", { facet: item.facetLabel, value: item.value })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Paragraph>
        <Link to="/netwerken">{t("networks.active.clearAll")}</Link>
      </Paragraph>
    </div>
  );
}

function NoResults() {
  const t = useT();
  return (
    <div className="th-stack">
      <Paragraph>{t("networks.results.noneHelp")}</Paragraph>
      <Paragraph>
        <Link to="/netwerken">{t("networks.results.showAll")}</Link>
      </Paragraph>
    </div>
  );
}

function LocationsSection({ locations, limited, tiles }: { locations: MapLocation[]; limited: boolean; tiles: MapTiles }) {
  const t = useT();
  const onMap = locations.filter((l): l is MapLocation & { lat: number; lon: number } => l.lat !== null && l.lon !== null);
  return (
    <section className="th-stack th-directory__map" aria-labelledby="kaart">
      <Heading level={2} id="kaart">
        {t("networks.map.title")}
      </Heading>
      {locations.length === 0 ? (
        <Paragraph>{t("networks.locations.none")}</Paragraph>
      ) : (
        <>
          <NetworkMap
            tiles={tiles}
            label={t("networks.map.label")}
            caption={t("networks.map.caption", { count: onMap.length })}
            fallback={t("networks.map.fallback")}
            markers={onMap.map((l) => ({
              id: l.id,
              lat: l.lat,
              lon: l.lon,
              title: l.name,
              detail: [t(`networks.locationKind.${l.kind}`), l.place].filter(Boolean).join(" · "),
              href: `/netwerken/${l.networkSlug}`,
              linkText: l.networkName,
            }))}
          />
          {limited ? <Paragraph>{t("networks.locations.limited", { count: locations.length })}</Paragraph> : null}
          <LocationsTable locations={locations} />
        </>
      )}
    </section>
  );
}

function LocationsTable({ locations }: { locations: MapLocation[] }) {
  const t = useT();
  return (
    <Table
      caption={t("networks.locations.caption")}
      stack
      rows={locations}
      rowKey={(l) => l.id}
      columns={[
        { header: t("networks.locations.name"), rowHeader: true, cell: (l) => l.name },
        { header: t("networks.locations.kind"), cell: (l) => t(`networks.locationKind.${l.kind}`) },
        { header: t("networks.locations.place"), cell: (l) => l.place ?? (l.kind === "online" ? t("networks.locations.online") : "") },
        { header: t("networks.locations.network"), cell: (l) => <Link to={`/netwerken/${l.networkSlug}`}>{l.networkName}</Link> },
      ]}
    />
  );
}
