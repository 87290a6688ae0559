import type { ReactNode } from "react";
import { redirect } from "react-router";
import type { Route } from "./+types/profile";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { organizationJsonLd } from "~/domain/common/json-ld.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { emptyFilters, networkSearchHref, type FacetKey } from "~/domain/networks/search-query.ts";
import { excerpt, groupLocationsByKind, paragraphs, safeWebUrl } from "~/domain/networks/profile.ts";
import { getNetworkProfile, type NetworkProfile } from "~/services/networks/get-network-profile.server.ts";
import { MonitorPanel } from "~/ui/monitor-chart.tsx";
import { Badge, ButtonLink, DataList, ExternalLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { NetworkMap, type MapTiles } from "~/ui/map/network-map.tsx";
import { NetworkMemberList } from "~/ui/network-members.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { JsonLd } from "~/ui/json-ld.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  const { profile, monitorHighlight, movedTo } = await getNetworkProfile(services, context.get(userContext), { slug: slugParam(params.slug) });
  if (movedTo !== null) throw redirect(`/netwerken/${movedTo}`, 301);
  const origin = baseUrl(services.env);
  // A network is an organisation of organisations: its partners are its members in schema.org's words.
  const jsonLd = organizationJsonLd({
    name: profile.name,
    url: `${origin}/netwerken/${profile.slug}`,
    description: profile.summary,
    website: profile.website,
    address: profile.locations.find((l) => l.kind !== "online" && l.place) ?? { province: profile.province },
    members: profile.partners.map((p) => ({ name: p.name, url: `${origin}/organisaties/${p.slug}` })),
  });
  return {
    profile,
    jsonLd,
    monitorHighlight,
    tiles: { tileUrl: services.env.MAP_TILE_URL, attribution: services.env.MAP_ATTRIBUTION } satisfies MapTiles,
    meta: {
      title: t("networks.profile.metaTitle", { name: profile.name }),
      description: excerpt(profile.summary || profile.description || `${profile.name}: ${t(`networks.kind.${profile.kind}`)}`, 160),
    },
  };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  if (!loaderData) return pageTitle(matches, "meta.networkNotFound");
  return [
    { title: loaderData.meta.title },
    { name: "description", content: loaderData.meta.description },
    { property: "og:title", content: loaderData.profile.name },
    { property: "og:description", content: loaderData.meta.description },
  ];
}

/** A link to the directory filtered on one value: "more networks like this". */
function facetLink(facet: FacetKey, value: string, label: ReactNode = value) {
  const filters = emptyFilters();
  filters.facets[facet] = [value];
  return <Link to={networkSearchHref(filters)}>{label}</Link>;
}

function inlineList(items: ReactNode[]) {
  return (
    <ul className="th-inline-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export default function NetworkProfilePage({ loaderData }: Route.ComponentProps) {
  const { profile, tiles } = loaderData;
  const t = useT();
  const base = `/netwerken/${profile.slug}`;
  const empty = <span className="th-muted">{t("networks.profile.empty")}</span>;
  const website = safeWebUrl(profile.website);

  return (
    <article className="th-stack th-profile">
      <JsonLd data={loaderData.jsonLd} />
      <Paragraph>
        <Link to="/netwerken">← {t("networks.profile.back")}</Link>
      </Paragraph>
      <header className="th-stack">
        <Heading level={1}>{profile.name}</Heading>
        <p className="utrecht-paragraph th-result__meta">
          <Badge>{t(`networks.kind.${profile.kind}`)}</Badge>
          {profile.province ? <span> · {profile.province}</span> : null}
        </p>
        {profile.summary ? <Paragraph lead>{profile.summary}</Paragraph> : null}
      </header>

      {profile.description ? (
        <section className="th-stack" aria-labelledby="over">
          <Heading level={2} id="over">
            {t("networks.profile.about")}
          </Heading>
          {paragraphs(profile.description).map((p, i) => (
            <Paragraph key={i}>{p}</Paragraph>
          ))}
        </section>
      ) : null}

      {loaderData.monitorHighlight ? (
        <section className="th-stack" aria-labelledby="cijfers">
          <Heading level={2} id="cijfers">
            {t("monitor.profileHeading")}
          </Heading>
          <Paragraph>
            <strong>{loaderData.monitorHighlight.name}</strong>
            {loaderData.monitorHighlight.description ? ` – ${loaderData.monitorHighlight.description}` : ""}
          </Paragraph>
          <MonitorPanel panel={loaderData.monitorHighlight} />
        </section>
      ) : null}

      <nav aria-label={t("monitor.profileLinks")} className="th-inline-list">
        <Link to={`/nieuws?netwerk=${profile.slug}`}>{t("news.titleNetwork", { name: profile.name })}</Link>
        <Link to={`${base}/monitor`}>{t("monitor.title", { name: profile.name })}</Link>
        <Link to={`${base}/impact`}>{t("impact.title", { name: profile.name })}</Link>
        <Link to={`${base}/agenda`}>{t("impact.calendar.title", { name: profile.name })}</Link>
        <Link to={`${base}/privacyoverzicht`}>{t("privacy.summary.link")}</Link>
      </nav>

      <section className="th-stack" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t("networks.profile.facts")}
        </Heading>
        <DataList
          items={[
            { label: t("networks.field.kind"), value: facetLink("kind", profile.kind, t(`networks.kind.${profile.kind}`)) },
            { label: t("networks.field.country"), value: labelOf(t, `networks.country.${profile.country}`, profile.country) },
            { label: t("networks.field.province"), value: profile.province ? facetLink("province", profile.province) : empty },
            { label: t("networks.field.cooperationType"), value: profile.cooperationType ? facetLink("cooperationType", profile.cooperationType, labelOf(t, `networks.cooperationType.${profile.cooperationType}`, profile.cooperationType)) : empty },
            {
              label: t("networks.field.educationSectors"),
              value: profile.educationSectors.length ? inlineList(profile.educationSectors.map((s) => facetLink("educationSector", s))) : empty,
            },
            { label: t("networks.field.economicSector"), value: profile.economicSector ? facetLink("economicSector", profile.economicSector, labelOf(t, `networks.economicSector.${profile.economicSector}`, profile.economicSector)) : empty },
            { label: t("networks.field.tags"), value: profile.tags.length ? inlineList(profile.tags.map((tag) => facetLink("tag", tag))) : empty },
            {
              label: t("networks.field.focusAreas"),
              value: profile.focusAreas.length ? inlineList(profile.focusAreas.map((f) => facetLink("focusArea", f))) : empty,
            },
            { label: t("networks.field.startYear"), value: profile.startYear ? facetLink("startYear", String(profile.startYear)) : empty },
            {
              label: t("networks.field.contactEmail"),
              value: profile.contactEmail ? (
                <a className="utrecht-link" href={`mailto:${profile.contactEmail}`}>
                  {profile.contactEmail}
                </a>
              ) : (
                empty
              ),
            },
            { label: t("networks.field.projectLeader"), value: profile.projectLeader ?? empty },
            {
              label: t("networks.field.website"),
              value: website ? <ExternalLink href={website}>{profile.website}</ExternalLink> : (profile.website ?? empty),
            },
          ]}
        />
      </section>

      <section className="th-stack" aria-labelledby="partners">
        <Heading level={2} id="partners">
          {t("networks.profile.partners")}
        </Heading>
        {profile.partners.length === 0 ? (
          <Paragraph>{t("networks.profile.partnersNone")}</Paragraph>
        ) : (
          <UnorderedList className="th-org-list">
            {profile.partners.map((p) => (
              <li key={p.slug} className="utrecht-unordered-list__item">
                <Link to={`/organisaties/${p.slug}`}>{p.name}</Link> <Badge>{t(`networks.role.${p.role}`)}</Badge>
                {p.place ? <span className="th-muted"> · {p.place}</span> : null}
              </li>
            ))}
          </UnorderedList>
        )}
      </section>

      <Locations profile={profile} tiles={tiles} />

      <section className="th-stack" aria-labelledby="deelnemers">
        <Heading level={2} id="deelnemers">
          {t("networks.profile.members")}
        </Heading>
        {profile.memberCount === 0 ? (
          <Paragraph>{t("networks.profile.membersNone")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("networks.profile.membersCount", { count: profile.memberCount })}</Paragraph>
            <NetworkMemberList members={profile.members} />
            {profile.memberCount > profile.members.length ? (
              <Paragraph>
                <Link to={`${base}/deelnemers`}>{t("networks.profile.membersAll", { count: profile.memberCount })}</Link>
              </Paragraph>
            ) : null}
          </>
        )}
      </section>

      <aside className="th-card th-stack th-cta" aria-labelledby="meedoen">
        <Heading level={2} id="meedoen">
          {t("networks.profile.cta.title")}
        </Heading>
        <div className="th-stack">
          <Paragraph>
            <strong>{t("networks.profile.cta.changeQuestion")}</strong> {t("networks.profile.cta.changeBody")}
          </Paragraph>
          <ButtonLink to={`${base}/wijzigen`}>{t("networks.profile.cta.change")}</ButtonLink>
        </div>
        <div className="th-stack">
          <Paragraph>
            <strong>{t("networks.profile.cta.joinQuestion")}</strong> {t("networks.profile.cta.joinBody", { name: profile.name })}
          </Paragraph>
          <ButtonLink to={`${base}/deelnemen`} appearance="secondary">
            {t("networks.profile.cta.join")}
          </ButtonLink>
        </div>
        <Paragraph>
          <Link to={`${base}/geschiedenis`}>{t("networks.profile.cta.history")}</Link>
        </Paragraph>
      </aside>
    </article>
  );
}

function Locations({ profile, tiles }: { profile: NetworkProfile; tiles: MapTiles }) {
  const t = useT();
  const groups = groupLocationsByKind(profile.locations);
  const onMap = profile.locations.filter((l): l is typeof l & { lat: number; lon: number } => l.lat !== null && l.lon !== null);
  return (
    <section className="th-stack" aria-labelledby="vestigingen">
      <Heading level={2} id="vestigingen">
        {t("networks.profile.locations")}
      </Heading>
      {groups.length === 0 ? <Paragraph>{t("networks.profile.locationsNone")}</Paragraph> : null}
      <div className={onMap.length > 0 ? "th-locations th-locations--with-map" : "th-locations"}>
        <div className="th-stack">
          {groups.map((group) => (
            <div key={group.kind} className="th-stack">
              <Heading level={3}>{t(`networks.locationGroup.${group.kind}`)}</Heading>
              <UnorderedList>
                {group.locations.map((l) => {
                  const url = safeWebUrl(l.url);
                  const address = [l.street, [l.postcode, l.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
                  return (
                    <li key={l.id} className="utrecht-unordered-list__item">
                      <strong>{l.name}</strong>
                      {address ? <span> · {address}</span> : null}
                      {l.organisation ? (
                        <span>
                          {" "}
                          · <Link to={`/organisaties/${l.organisation.slug}`}>{l.organisation.name}</Link>
                        </span>
                      ) : null}
                      {url ? (
                        <span>
                          {" "}
                          · <ExternalLink href={url}>{l.url}</ExternalLink>
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </UnorderedList>
            </div>
          ))}
        </div>
        {onMap.length > 0 ? (
          <NetworkMap
            size="small"
            tiles={tiles}
            label={t("networks.profile.locationsMap", { name: profile.name })}
            caption={t("networks.map.caption", { count: onMap.length })}
            fallback={t("networks.map.fallback")}
            markers={onMap.map((l) => ({
              id: l.id,
              lat: l.lat,
              lon: l.lon,
              title: l.name,
              detail: [t(`networks.locationKind.${l.kind}`), l.place].filter(Boolean).join(" · "),
            }))}
          />
        ) : null}
      </div>
    </section>
  );
}

