import type { Route } from "./+types/dashboard";
import { requestContext, servicesContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getProgramme } from "~/services/programmes/get-programme.server.ts";
import { ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { MilestoneBadge, RagBadge } from "~/ui/programmes.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const programme = await getProgramme(context.get(servicesContext), user, { slug: params.slug });
  return { programme, title: `${programme.name} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Programma | Technohub" }];
}

export default function ProgrammeDashboard({ loaderData }: Route.ComponentProps) {
  const { programme: p } = loaderData;
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale, { dateStyle: "long" });
  const base = `/programmas/${p.slug}`;
  return (
    <article className="th-stack">
      <Paragraph>
        <Link to="/programmas">← {t("programmes.back")}</Link>
      </Paragraph>
      <header className="th-stack">
        <Heading level={1}>{p.name}</Heading>
        {p.description ? <Paragraph lead>{p.description}</Paragraph> : null}
        <DataList
          items={[
            { label: t("programmes.network"), value: <Link to={`/netwerken/${p.network.slug}`}>{p.network.name}</Link> },
            { label: t("programmes.period"), value: t("programmes.periodValue", { from: day(p.startsOn), to: day(p.endsOn) }) },
            ...(p.funders ? [{ label: t("programmes.funders"), value: p.funders }] : []),
          ]}
        />
        <Paragraph className="th-muted">{t("programmes.today", { date: day(p.today) })}</Paragraph>
        {p.canManage ? (
          <ButtonGroup>
            <ButtonLink to={`${base}/bewerken`} appearance="secondary">
              {t("programmes.edit.link")}
            </ButtonLink>
          </ButtonGroup>
        ) : null}
      </header>

      <section className="th-stack" aria-labelledby="achterstallig">
        <Heading level={2} id="achterstallig">
          {t("programmes.overdue.title")}
        </Heading>
        {p.overdue.length === 0 ? (
          <Paragraph>{t("programmes.overdue.none")}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list th-overdue">
            {p.overdue.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                <MilestoneBadge state="late" /> <strong>{m.title}</strong> ·{" "}
                <Link to={`${base}/projecten/${m.projectPosition}`}>{t("programmes.project.heading", { nr: m.projectPosition, title: m.projectTitle })}</Link> ·{" "}
                {t("programmes.milestone.due", { date: day(m.dueOn) })} ({t("programmes.overdue.item", { count: m.daysLate })})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="th-stack" aria-labelledby="doelen">
        <Heading level={2} id="doelen">
          {t("programmes.goals.title")}
        </Heading>
        {p.goals.map((g) => (
          <section key={g.id} className="th-card th-stack" aria-labelledby={`doel-${g.position}`}>
            <Heading level={3} id={`doel-${g.position}`}>
              {t("programmes.goal.heading", { nr: g.position, title: g.title })}
            </Heading>
            <p className="utrecht-paragraph">
              <RagBadge rag={g.rag} />
            </p>
            {g.indicator || g.target ? (
              <DataList
                items={[
                  ...(g.indicator ? [{ label: t("programmes.goal.indicator"), value: g.indicator }] : []),
                  ...(g.target ? [{ label: t("programmes.goal.target"), value: g.target }] : []),
                ]}
              />
            ) : null}
            {g.projects.length === 0 ? <Paragraph>{t("programmes.goal.noProjects")}</Paragraph> : null}
            <ul className="th-project-list">
              {g.projects.map((pr) => (
                <li key={pr.id} className="th-project">
                  <Heading level={4}>
                    <Link to={`${base}/projecten/${pr.position}`}>{t("programmes.project.heading", { nr: pr.position, title: pr.title })}</Link>
                  </Heading>
                  <p className="utrecht-paragraph">
                    <RagBadge rag={pr.rag} />
                    {pr.lateCount > 0 ? (
                      <>
                        {" "}
                        <MilestoneBadge state="late" /> {t("programmes.project.lateCount", { count: pr.lateCount })}
                      </>
                    ) : null}
                  </p>
                  <Paragraph className="th-muted">
                    {pr.latestUpdate
                      ? `${t("programmes.project.latest", { date: formatDate(pr.latestUpdate.createdAt, locale, { dateStyle: "medium" }) })}: ${pr.latestUpdate.text}`
                      : t("programmes.project.noUpdate")}
                  </Paragraph>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      {p.canManage ? (
        <section className="th-card th-stack" aria-labelledby="rapportage">
          <Heading level={2} id="rapportage">
            {t("programmes.report.title")}
          </Heading>
          <Paragraph>{t("programmes.report.intro")}</Paragraph>
          <ButtonGroup>
            <a className="utrecht-button-link utrecht-button-link--primary-action" href={`${base}/rapportage.pdf`} download>
              {t("programmes.report.pdf")}
            </a>
            <a className="utrecht-button-link utrecht-button-link--secondary-action" href={`${base}/rapportage.xlsx`} download>
              {t("programmes.report.xlsx")}
            </a>
          </ButtonGroup>
        </section>
      ) : null}
    </article>
  );
}
