import type { Route } from "./+types/history";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { PROFILE_FIELD } from "~/domain/networks/profile-fields.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listNetworkHistory } from "~/services/networks/list-network-history.server.ts";
import { DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { FieldChange } from "~/ui/profile-diff.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/** Public: what changed in a profile, by whom and when. */
export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  const history = await listNetworkHistory(context.get(servicesContext), context.get(userContext), { slug: params.slug });
  return { ...history, title: t("networks.proposals.history.title", { name: history.network.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Geschiedenis"} | Technohub` }];
}

export default function NetworkHistoryPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { network, entries } = loaderData;
  const unknown = t("networks.proposals.history.unknown");
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("networks.proposals.history.intro")}</Paragraph>
      {entries.length === 0 ? <Paragraph>{t("networks.proposals.history.empty")}</Paragraph> : null}
      {entries.map((entry) => (
        <section key={entry.id} className="th-card th-stack" aria-labelledby={`h-${entry.id}`}>
          <Heading level={2} appearance={3} id={`h-${entry.id}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{formatDate(entry.at, locale, { dateStyle: "long", timeStyle: "short" })}</time>
          </Heading>
          <Paragraph>
            {entry.fromProposal ? (
              <>
                {t("networks.proposals.history.proposedBy", { name: entry.proposerName ?? unknown })}{" "}
                {t("networks.proposals.history.acceptedBy", { name: entry.actorName ?? unknown })}
              </>
            ) : (
              t("networks.proposals.history.changedBy", { name: entry.actorName ?? unknown })
            )}
          </Paragraph>
          <DataList
            items={entry.changes.map((change) => ({
              label: t(PROFILE_FIELD[change.name].label),
              value: <FieldChange name={change.name} from={change.from} to={change.to} />,
            }))}
          />
        </section>
      ))}
      <Paragraph>
        <Link to={`/netwerken/${network.slug}`}>{t("networks.proposals.history.back")}</Link>
      </Paragraph>
    </div>
  );
}
