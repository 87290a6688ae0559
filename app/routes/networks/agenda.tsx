import type { Route } from "./+types/agenda";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";
import { Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const services = context.get(servicesContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const { network, entries } = await getNetworkCalendar(services, user, { slug: slugParam(params.slug), pastDays: 0 });
  return {
    network,
    entries,
    feedUrl: new URL(`/netwerken/${network.slug}/agenda.ics`, baseUrl(services.env)).toString(),
    title: `${t("impact.calendar.title", { name: network.name })} | ${t("app.name")}` ,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Agenda | Technohub" }];
}

export default function NetworkAgendaPage({ loaderData }: Route.ComponentProps) {
  const { network, entries, feedUrl } = loaderData;
  const t = useT();
  const locale = useLocale();
  const when = (e: (typeof entries)[number]) => {
    if (e.kind === "event") {
      const first = formatDate(`${e.startsOn}T12:00:00Z`, locale, { dateStyle: "long" });
      return e.endsOn === e.startsOn ? first : `${first} – ${formatDate(`${e.endsOn}T12:00:00Z`, locale, { dateStyle: "long" })}`;
    }
    return `${formatDate(e.startsAt, locale, { dateStyle: "long", timeStyle: "short" })} – ${formatDate(e.endsAt, locale, { timeStyle: "short" })}`;
  };
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/netwerken/${network.slug}`}>← {t("impact.back", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("impact.calendar.title", { name: network.name })}</Heading>
      <Paragraph lead>{t("impact.calendar.intro")}</Paragraph>
      <Paragraph>
        <a className="utrecht-link" href={feedUrl}>{t("impact.calendar.subscribe")}</a>
        <br />
        <span className="th-muted">{t("impact.calendar.subscribeHelp")}</span>
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t("impact.calendar.empty")}</Paragraph>
      ) : (
        <Table
          caption={t("impact.calendar.caption")}
          stack
          rows={entries}
          rowKey={(e) => `${e.kind}-${e.id}`}
          columns={[
            { header: t("impact.calendar.col.when"), cell: when },
            { header: t("impact.calendar.col.what"), rowHeader: true, label: false, cell: (e) => (e.url ? <Link to={e.url}>{e.title}</Link> : e.title) },
            { header: t("impact.calendar.col.kind"), cell: (e) => t(`impact.calendar.kind.${e.kind}`) },
            { header: t("impact.calendar.col.where"), cell: (e) => e.location ?? "" },
          ]}
        />
      )}
    </div>
  );
}
