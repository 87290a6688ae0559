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
        <Table caption={t("impact.tableCaption")}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t("impact.col.figure")}</th>
              {figures.map((f) => (
                <th key={f.schoolYear} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{f.schoolYear}</th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {FIGURE_KEYS.map((key) => (
              <tr key={key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{t(`impact.figure.${key}`)}</th>
                {figures.map((f) => (
                  <td key={f.schoolYear} className="utrecht-table__cell utrecht-table__cell--numeric">{f[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
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
            <Table caption={t("impact.ledger.caption")}>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">{t("impact.ledger.year")}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t("impact.ledger.school")}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t("impact.ledger.level")}</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{t("impact.ledger.reached")}</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{t("impact.ledger.known")}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {ledger.lines.map((l) => (
                  <tr key={`${l.schoolId}-${l.level}-${l.schoolYear}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{l.schoolYear}</td>
                    <td className="utrecht-table__cell">{l.schoolName}</td>
                    <td className="utrecht-table__cell">{level(l.level)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{l.groupsReached}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{l.groupsKnown}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      ) : null}
    </div>
  );
}
