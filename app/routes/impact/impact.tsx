import type { Route } from "./+types/impact";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { FIGURE_KEYS } from "~/domain/impact/impact.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getNetworkImpact } from "~/services/impact/get-network-impact.server.ts";
import { getEncounterLedger } from "~/services/impact/get-encounter-ledger.server.ts";
import { Heading, Link, Paragraph, Table, UnorderedList } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const services = context.get(servicesContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const slug = slugParam(params.slug);
  const impact = await getNetworkImpact(services, user, { slug });
  const ledger = impact.isCoordinator ? await getEncounterLedger(services, user, { slug }) : null;
  return { ...impact, ledger, title: `${t("impact.title", { name: impact.network.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Impact | Technohub" }];
}

export default function ImpactPage({ loaderData }: Route.ComponentProps) {
  const { network, figures, ledger } = loaderData;
  const t = useT();
  const level = (code: string) => {
    const label = t(`guestLessons.level.${code}`);
    return label.startsWith("guestLessons.") ? code : label;
  };
  const base = `/netwerken/${network.slug}`;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={base}>← {t("impact.back", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("impact.title", { name: network.name })}</Heading>
      <Paragraph lead>{t("impact.intro")}</Paragraph>
      {figures.length === 0 ? (
        <Paragraph>{t("impact.empty")}</Paragraph>
      ) : (
        <Table
          caption={t("impact.tableCaption")}
          stack
          rows={FIGURE_KEYS}
          rowKey={(key) => key}
          columns={[
            { header: t("impact.col.figure"), rowHeader: true, cell: (key) => t(`impact.figure.${key}`) },
            ...figures.map((f) => ({ header: f.schoolYear, numeric: true, cell: (key: (typeof FIGURE_KEYS)[number]) => f[key] })),
          ]}
        />
      )}
      {ledger ? (
        <section className="th-card th-stack" aria-labelledby="ledger">
          <Heading level={2} id="ledger">{t("impact.ledger.title")}</Heading>
          <Paragraph>{t("impact.ledger.intro")}</Paragraph>
          <Heading level={3}>{t("impact.downloads")}</Heading>
          <UnorderedList>
            <li className="utrecht-unordered-list__item"><a className="utrecht-link" href={`${base}/impact.xlsx`} download>{t("impact.xlsx")}</a></li>
            <li className="utrecht-unordered-list__item"><a className="utrecht-link" href={`${base}/impact.pdf`} download>{t("impact.pdf")}</a></li>
          </UnorderedList>
          <Heading level={3}>{t("impact.ledger.unreachedTitle")}</Heading>
          {ledger.unreached.length === 0 ? (
            <Paragraph>{t("impact.ledger.unreachedNone")}</Paragraph>
          ) : (
            <UnorderedList>
              {ledger.unreached.map((l) => (
                <li key={`${l.schoolId}-${l.level}-${l.schoolYear}`} className="utrecht-unordered-list__item">
                  {t("impact.ledger.unreachedLine", { school: l.schoolName, level: level(l.level), year: l.schoolYear })}
                </li>
              ))}
            </UnorderedList>
          )}
          {ledger.lines.length === 0 ? (
            <Paragraph>{t("impact.ledger.empty")}</Paragraph>
          ) : (
            <Table
              caption={t("impact.ledger.caption")}
              stack
              rows={ledger.lines}
              rowKey={(l) => `${l.schoolId}-${l.level}-${l.schoolYear}`}
              columns={[
                { header: t("impact.ledger.school"), rowHeader: true, cell: (l) => l.schoolName },
                { header: t("impact.ledger.year"), cell: (l) => l.schoolYear },
                { header: t("impact.ledger.level"), cell: (l) => level(l.level) },
                { header: t("impact.ledger.reached"), numeric: true, cell: (l) => l.groupsReached },
                { header: t("impact.ledger.known"), numeric: true, cell: (l) => l.groupsKnown },
              ]}
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
