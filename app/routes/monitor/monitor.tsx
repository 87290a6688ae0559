import type { Route } from "./+types/monitor";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getMonitor } from "~/services/monitor/get-monitor.server.ts";
import { Alert, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { MonitorPanel } from "~/ui/monitor-chart.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const monitor = await getMonitor(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  // A count for the notice after an import; anything else in the address shows no notice.
  const imported = Math.min(Math.max(Math.trunc(Number(new URL(request.url).searchParams.get("geimporteerd"))) || 0, 0), 100_000);
  return { ...monitor, imported, title: `${t("monitor.title", { name: monitor.network.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Regionale monitor | Technohub" }];
}

export default function MonitorPage({ loaderData }: Route.ComponentProps) {
  const { network, panels, canImport, imported } = loaderData;
  const t = useT();
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/netwerken/${network.slug}`}>← {t("monitor.back", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("monitor.title", { name: network.name })}</Heading>
      <Paragraph lead>{t("monitor.intro")}</Paragraph>
      {imported > 0 ? <Alert type="ok">{t("monitor.imported", { count: imported })}</Alert> : null}
      {canImport ? (
        <ButtonLink to={`/netwerken/${network.slug}/monitor/importeren`} appearance="secondary">
          {t("monitor.import.link")}
        </ButtonLink>
      ) : null}
      {panels.length === 0 ? <Paragraph>{t("monitor.empty")}</Paragraph> : null}
      {panels.map((panel) => (
        <section key={panel.code} className="th-card th-stack" aria-labelledby={`ind-${panel.code}`}>
          <Heading level={2} id={`ind-${panel.code}`}>
            {panel.name}
          </Heading>
          {panel.description ? <Paragraph>{panel.description}</Paragraph> : null}
          <Paragraph className="th-muted">{t("monitor.unit", { unit: panel.unit })}</Paragraph>
          <MonitorPanel panel={panel} />
        </section>
      ))}
    </div>
  );
}
