import type { Route } from "./+types/organisation";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { organizationJsonLd } from "~/domain/common/json-ld.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getOrganisation } from "~/services/organisations/get-organisation.server.ts";
import { Alert, Badge, ButtonGroup, ButtonLink, DataList, ExternalLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { JsonLd } from "~/ui/json-ld.tsx";
import { useT } from "~/ui/use-t.ts";

/** Notices that the add and edit pages hand over in the address after saving. */
const NOTICES: Record<string, string> = {
  toegevoegd: "organisations.profile.created",
  opgeslagen: "organisations.profile.saved",
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const profile = await getOrganisation(services, user, { slug: slugParam(params.slug) });
  const search = new URL(request.url).searchParams;
  const notice = Object.keys(NOTICES).find((key) => search.has(key));
  const org = profile.organisation;
  const jsonLd = organizationJsonLd({
    name: org.name,
    url: `${baseUrl(services.env)}/organisaties/${org.slug}`,
    description: org.description,
    website: org.website,
    kvkNumber: org.kvkNumber,
    address: org,
  });
  return { profile, jsonLd, notice: notice ? NOTICES[notice]! : null, title: `${profile.organisation.name} | ${t("app.name")}` };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  if (!loaderData) return pageTitle(matches, "meta.organisationNotFound");
  const { organisation } = loaderData.profile;
  return [{ title: loaderData.title }, { name: "description", content: organisation.description.slice(0, 160) || organisation.name }];
}

/** Only http(s) links become clickable; anything else stays text. */
function webUrl(value: string | null) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : null;
  } catch {
    return null;
  }
}

export default function OrganisationPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { profile, notice } = loaderData;
  const { organisation: org, partnerships, memberships, locations, members, permissions, takesRequests } = profile;
  const base = `/organisaties/${org.slug}`;
  const website = webUrl(org.website);
  const address = [org.street, [org.postcode, org.place].filter(Boolean).join(" "), org.province].filter(Boolean).join(", ");

  const facts = [
    { label: t("organisations.profile.kind"), value: t(`organisations.kind.${org.kind}`) },
    ...(org.educationLevels.length ? [{ label: t("organisations.profile.levels"), value: org.educationLevels.join(", ") }] : []),
    ...(org.sector ? [{ label: t("organisations.profile.sector"), value: labelOf(t, `networks.economicSector.${org.sector}`, org.sector) }] : []),
    ...(org.sizeClass ? [{ label: t("organisations.profile.size"), value: org.sizeClass }] : []),
    ...(org.kvkNumber ? [{ label: t("organisations.profile.kvk"), value: org.kvkNumber }] : []),
    ...(org.brin
      ? [{ label: t("organisations.profile.brin"), value: org.branchNumber ? t("organisations.profile.brinWithBranch", { brin: org.brin, branchNumber: org.branchNumber }) : org.brin }]
      : []),
    ...(address ? [{ label: t("organisations.profile.address"), value: address }] : []),
    ...(org.website
      ? [{ label: t("organisations.profile.website"), value: website ? <ExternalLink href={website}>{org.website.replace(/^https?:\/\//, "")}</ExternalLink> : org.website }]
      : []),
    ...(org.email
      ? [
          {
            label: t("organisations.profile.email"),
            value: (
              <a className="utrecht-link" href={`mailto:${org.email}`}>
                {org.email}
              </a>
            ),
          },
        ]
      : []),
  ];

  return (
    <article className="th-stack th-profile">
      <JsonLd data={loaderData.jsonLd} />
      <Paragraph>
        <Link to="/organisaties">← {t("organisations.backToList")}</Link>
      </Paragraph>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {permissions.canEdit && org.lat === null ? (
        <Alert type="warning">
          <Paragraph>{t("organisations.profile.notOnMap")}</Paragraph>
        </Alert>
      ) : null}

      <header className="th-stack">
        <Heading level={1}>{org.name}</Heading>
        <p className="utrecht-paragraph th-result__meta">
          <Badge>{t(`organisations.kind.${org.kind}`)}</Badge>
          {org.place ? <span> · {org.place}</span> : null}
        </p>
        {org.description
          ? org.description
              .split(/\n\s*\n/)
              .filter((p) => p.trim())
              .map((p, i) => <Paragraph key={i}>{p}</Paragraph>)
          : null}
        {takesRequests ? (
          <ButtonGroup>
            <ButtonLink to={`/vragen/nieuw?organisatie=${encodeURIComponent(org.slug)}`}>{t("organisations.profile.requestGuestLesson")}</ButtonLink>
          </ButtonGroup>
        ) : null}
        {permissions.canEdit || permissions.canViewMembers || permissions.canManageWebhooks || permissions.canBuildWidget || permissions.canManageApiKeys ? (
          <ButtonGroup>
            {permissions.canEdit ? <ButtonLink to={`${base}/bewerken`}>{t("organisations.profile.edit")}</ButtonLink> : null}
            {permissions.canViewMembers ? (
              <ButtonLink to={`${base}/leden`} appearance="secondary">
                {permissions.canManageMembers ? t("organisations.profile.manageMembers") : t("organisations.profile.viewMembers")}
              </ButtonLink>
            ) : null}
            {permissions.canViewMembers && ["school", "company", "provider"].includes(org.kind) ? (
              <ButtonLink to={`${base}/vog`} appearance="secondary">
                {t("guestLessons.vog.link")}
              </ButtonLink>
            ) : null}
            {permissions.canManageWebhooks ? (
              <ButtonLink to={`${base}/webhooks`} appearance="secondary">
                {t("webhooks.link")}
              </ButtonLink>
            ) : null}
            {permissions.canBuildWidget ? (
              <ButtonLink to={`${base}/widget`} appearance="secondary">
                {t("widgets.builder.link")}
              </ButtonLink>
            ) : null}
            {permissions.canManageApiKeys ? (
              <ButtonLink to={`${base}/api-sleutels`} appearance="secondary">
                {t("api.keys.manage")}
              </ButtonLink>
            ) : null}
          </ButtonGroup>
        ) : null}
      </header>

      <section className="th-stack" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t("organisations.profile.facts")}
        </Heading>
        <DataList items={facts} />
      </section>

      <section className="th-stack" aria-labelledby="netwerken">
        <Heading level={2} id="netwerken">
          {t("organisations.profile.networks")}
        </Heading>
        {partnerships.length === 0 && memberships.length === 0 ? <Paragraph>{t("organisations.profile.noNetworks")}</Paragraph> : null}
        {partnerships.length ? (
          <>
            <Heading level={3}>{t("organisations.profile.partnerIn")}</Heading>
            <UnorderedList>
              {partnerships.map((n) => (
                <li key={n.slug} className="utrecht-unordered-list__item">
                  <Link to={`/netwerken/${n.slug}`}>{n.name}</Link> <Badge>{t(`organisations.partnerRole.${n.role}`)}</Badge>
                </li>
              ))}
            </UnorderedList>
          </>
        ) : null}
        {memberships.length ? (
          <>
            <Heading level={3}>{t("organisations.profile.memberOf")}</Heading>
            <UnorderedList>
              {memberships.map((n) => (
                <li key={n.slug} className="utrecht-unordered-list__item">
                  <Link to={`/netwerken/${n.slug}`}>{n.name}</Link>
                </li>
              ))}
            </UnorderedList>
          </>
        ) : null}
      </section>

      {locations.length ? (
        <section className="th-stack" aria-labelledby="vestigingen">
          <Heading level={2} id="vestigingen">
            {t("organisations.profile.locations")}
          </Heading>
          <UnorderedList>
            {locations.map((l) => (
              <li key={l.id} className="utrecht-unordered-list__item">
                <strong>{l.name}</strong> ({t(`organisations.locationKind.${l.kind}`)}) · <Link to={`/netwerken/${l.networkSlug}`}>{l.networkName}</Link>
                {l.place ? <span className="th-muted"> · {l.place}</span> : null}
              </li>
            ))}
          </UnorderedList>
        </section>
      ) : null}

      {members ? (
        <section className="th-stack" aria-labelledby="mensen">
          <Heading level={2} id="mensen">
            {t("organisations.profile.members")}
          </Heading>
          <Paragraph className="th-muted">{t("organisations.profile.membersHint")}</Paragraph>
          {members.length === 0 ? (
            <Paragraph>{t("organisations.profile.noMembers")}</Paragraph>
          ) : (
            <UnorderedList>
              {members.map((m) => (
                <li key={m.key} className="utrecht-unordered-list__item">
                  {m.name} <Badge>{t(`organisations.role.${m.role}`)}</Badge>
                </li>
              ))}
            </UnorderedList>
          )}
        </section>
      ) : null}
    </article>
  );
}
