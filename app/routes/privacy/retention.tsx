import type { Route } from "./+types/retention";
import { servicesContext } from "~/context.ts";
import { RETENTION_KEYS } from "~/domain/privacy/retention.ts";
import { formatDate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listRetentionRuns } from "~/services/privacy/list-retention-runs.server.ts";
import { Heading, Paragraph, Table } from "~/ui/components.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { RetentionTable } from "~/ui/privacy.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "privacy.admin.title");

/** /beheer/bewaartermijnen: the retention periods and what the last runs removed (counts only); platform administrators. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  return listRetentionRuns(context.get(servicesContext), user);
});

export default function Retention({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { rules, runs } = loaderData;
  const when = (iso: string) => formatDate(iso, locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="th-stack">
      <Heading level={1}>{t("privacy.admin.title")}</Heading>
      <Paragraph lead>{t("privacy.admin.intro")}</Paragraph>
      {runs[0] ? <Paragraph>{t("privacy.admin.lastRun", { date: when(runs[0].ranAt) })}</Paragraph> : null}
      <RetentionTable rules={rules} showTable />
      <section className="th-stack" aria-labelledby="runs">
        <Heading level={2} id="runs">{t("privacy.admin.runs.heading")}</Heading>
        {runs.length === 0 ? (
          <Paragraph>{t("privacy.admin.runs.none")}</Paragraph>
        ) : (
          <Table
            caption={t("privacy.admin.runs.caption")}
            stack
            rows={runs}
            rowKey={(run) => run.id}
            columns={[
              { header: t("privacy.admin.col.ranAt"), label: true, cell: (run) => when(run.ranAt) },
              { header: t("privacy.admin.col.total"), cell: (run) => run.total },
              {
                header: t("privacy.admin.col.removed"),
                cell: (run) =>
                  RETENTION_KEYS.filter((k) => (run.removed[k] ?? 0) > 0)
                    .map((k) => `${t(`privacy.rule.${k}`)}: ${run.removed[k]}`)
                    .join(" · ") || "—",
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
