import type { Route } from "./+types/detail";
import { servicesContext, userContext } from "~/context.ts";
import { formatDate, labelOf, type Locale } from "~/i18n/index.ts";
import { eventJsonLd } from "~/domain/events/json-ld.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getEvent } from "~/services/events/get-event.server.ts";
import { Alert, Badge, ButtonLink, DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { JsonLd } from "~/ui/json-ld.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const page = await getEvent(services, context.get(userContext), { slug: params.slug });
  const origin = baseUrl(services.env);
  const { event, network } = page;
  const jsonLd = eventJsonLd({
    name: event.name,
    description: event.description,
    url: `${origin}/evenementen/${event.slug}`,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    windows: event.windows,
    places: page.places,
    province: network?.province ?? null,
    organizer: network ? { name: network.name, url: `${origin}/netwerken/${network.slug}` } : null,
    registrationOpensOn: event.schoolRegistrationOpensOn,
  });
  return { ...page, jsonLd };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.event.name ?? "Evenement"} | Technohub` }];
}

function period(t: ReturnType<typeof useT>, locale: Locale, from: string | null, to: string | null, phase: string) {
  if (from && to) return t("events.detail.period", { from: formatDate(from, locale), to: formatDate(to, locale) });
  if (to) return t("events.detail.periodUntil", { to: formatDate(to, locale) });
  // Without dates the phase decides: an event still in preparation said "nu open" above "Aanmelden is nog niet open."
  return t(phase === "open" ? "events.detail.periodOpen" : phase === "closed" ? "events.detail.periodClosed" : "events.detail.periodNotOpen");
}

export default function EventPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { event, network, hostPhase, schoolPhase } = loaderData;
  const when = event.startsOn
    ? event.endsOn && event.endsOn !== event.startsOn
      ? `${formatDate(event.startsOn, locale)} – ${formatDate(event.endsOn, locale)}`
      : formatDate(event.startsOn, locale)
    : "";
  const target = [
    event.targetLevels.length ? event.targetLevels.map((l) => t(`events.level.${l}`)).join(", ") : t("events.detail.allLevels"),
    event.girlsOnly ? t("events.detail.girlsOnly", { min: event.minGroupSize ?? 1 }) : null,
  ]
    .filter(Boolean)
    .join(". ");
  return (
    <div className="th-stack">
      <JsonLd data={loaderData.jsonLd} />
      <Heading level={1}>{event.name}</Heading>
      <Paragraph>
        <Badge>{t(`events.kind.${event.kind}`)}</Badge> <Badge>{t(`events.status.${event.status}`)}</Badge>
      </Paragraph>
      {event.description ? <Paragraph lead>{event.description}</Paragraph> : null}
      <DataList
        items={[
          { label: t("events.detail.when"), value: when },
          ...(loaderData.places.length ? [{ label: t("events.detail.places"), value: loaderData.places.join(", ") }] : []),
          ...(network ? [{ label: t("events.detail.network"), value: <Link to={`/netwerken/${network.slug}`}>{network.name}</Link> }] : []),
          {
            label: t("events.detail.windows"),
            value: event.windows.map((w) => `${labelOf(t, `events.window.${w.label.toLowerCase()}`, w.label)} ${formatDate(w.date, locale, { day: "numeric", month: "long" })} ${w.start}–${w.end}`).join(", "),
          },
          { label: t("events.detail.target"), value: target },
          { label: t("events.detail.maxKm"), value: t("events.detail.km", { km: event.defaultMaxKm }) },
          { label: t("events.detail.hostPeriod"), value: period(t, locale, event.hostRegistrationOpensOn, event.hostRegistrationClosesOn, hostPhase) },
          { label: t("events.detail.schoolPeriod"), value: period(t, locale, event.schoolRegistrationOpensOn, event.schoolRegistrationClosesOn, schoolPhase) },
        ]}
      />
      <Paragraph>{t("events.detail.counts", { slots: loaderData.slotCount, groups: loaderData.groupCount })}</Paragraph>

      <div className="th-event-columns">
        <section aria-labelledby="for-hosts" className="th-stack">
          <Heading level={2} id="for-hosts">
            {t("events.detail.forHosts")}
          </Heading>
          <Paragraph>{t(`events.detail.phase.${hostPhase}`)}</Paragraph>
          {hostPhase === "open" ? (
            !loaderData.signedIn ? (
              <Paragraph>
                <Link to={`/inloggen?redirectTo=/evenementen/${event.slug}/aanbieden`}>{t("events.detail.signInFirst")}</Link>
              </Paragraph>
            ) : loaderData.canHost ? (
              <ButtonLink to={`/evenementen/${event.slug}/aanbieden`}>{t("events.detail.enterSlot")}</ButtonLink>
            ) : (
              <Paragraph>{t("events.detail.noCompany")}</Paragraph>
            )
          ) : null}
        </section>
        <section aria-labelledby="for-schools" className="th-stack">
          <Heading level={2} id="for-schools">
            {t("events.detail.forSchools")}
          </Heading>
          <Paragraph>{t(`events.detail.phase.${schoolPhase}`)}</Paragraph>
          {schoolPhase === "open" ? (
            !loaderData.signedIn ? (
              <Paragraph>
                <Link to={`/inloggen?redirectTo=/evenementen/${event.slug}/aanmelden`}>{t("events.detail.signInFirst")}</Link>
              </Paragraph>
            ) : loaderData.canEnterGroups ? (
              <ButtonLink to={`/evenementen/${event.slug}/aanmelden`}>{t("events.detail.enterGroup")}</ButtonLink>
            ) : (
              <Paragraph>{t("events.detail.noSchool")}</Paragraph>
            )
          ) : null}
        </section>
      </div>

      {loaderData.published && loaderData.myOrganisations.length ? (
        <section aria-labelledby="my-schedules" className="th-stack">
          <Heading level={2} id="my-schedules">
            {t("events.detail.mySchedules")}
          </Heading>
          <UnorderedList>
            {loaderData.myOrganisations.map((o) => (
              <li key={o.slug}>
                <Link to={`/evenementen/${event.slug}/rooster/${o.slug}`}>{t("events.detail.schedule", { name: o.name })}</Link>
                {o.kind === "host" ? (
                  <>
                    {" · "}
                    <Link to={`/evenementen/${event.slug}/aanwezigheid/${o.slug}`}>{t("events.detail.attendance", { name: o.name })}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </UnorderedList>
        </section>
      ) : null}

      {loaderData.coordinator ? (
        <Alert type="info">
          <Heading level={2}>{t("events.detail.coordinator")}</Heading>
          <Paragraph>
            <Link to={`/evenementen/${event.slug}/bewerken`}>{t("events.manage.edit")}</Link>
          </Paragraph>
          <Paragraph>
            <Link to={`/evenementen/${event.slug}/indeling`}>{t("events.detail.assignment")}</Link>
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
