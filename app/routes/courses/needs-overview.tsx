import { Form } from "react-router";
import type { Route } from "./+types/needs-overview";
import { pageTitle } from "~/ui/page-title.ts";
import { requestContext, servicesContext } from "~/context.ts";
import { COURSE_TOPICS } from "~/domain/courses/vocabulary.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getDemandOverview } from "~/services/courses/get-demand-overview.server.ts";
import { Badge, Button, Heading, Link, Paragraph, Table, type TableColumn } from "~/ui/components.tsx";
import { SelectField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["onderwerp", "regio"]);
  const search = new URL(request.url).searchParams;
  // Unknown topics are no filter; a region is a province name, so a long one matches nothing anyway.
  const asked = search.get("onderwerp") ?? "";
  const topic = (COURSE_TOPICS as readonly string[]).includes(asked) ? asked : "";
  const region = (search.get("regio") ?? "").slice(0, 100);
  const page = await getDemandOverview(context.get(servicesContext), user, { topic: topic || undefined, region: region || undefined });
  return { ...page, topic, region, title: `${t("courses.needs.overview.title")} | ${t("app.name")}` };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  return loaderData?.title ? [{ title: loaderData.title }] : pageTitle(matches, "courses.needs.overview.title");
}

export default function DemandOverview({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { needs, totals, regions, canDraftCourse, uncoveredCount, coveredCount } = loaderData;
  const uncovered = needs.filter((n) => n.courses.length === 0);
  const covered = needs.filter((n) => n.courses.length > 0);
  type Need = (typeof needs)[number];
  const needColumns = (selectable: boolean): (TableColumn<Need> | false)[] => [
    selectable && {
      header: t("courses.needs.overview.pick"),
      headerHidden: true,
      cell: (n) => (
        <input className="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" name="behoefte" value={n.id} aria-label={`${t("courses.needs.overview.pick")}: ${n.company.name}, ${t(`courses.topic.${n.topic}`)}`} />
      ),
    },
    {
      header: t("courses.needs.form.topic"),
      rowHeader: true,
      cell: (n) => (
        <>
          <Link to={`/behoeften/${n.id}`}>{t(`courses.topic.${n.topic}`)}</Link>
          <div className="th-muted">{n.description}</div>
        </>
      ),
    },
    { header: t("courses.needs.form.company"), cell: (n) => n.company.name },
    { header: t("courses.needs.overview.employees"), cell: (n) => n.employeeCount },
    { header: t("courses.needs.form.place"), cell: (n) => n.place ?? n.region },
    {
      header: t("courses.needs.page.period"),
      cell: (n) => `${formatDate(n.periodStart, locale, { month: "short", year: "numeric" })} – ${formatDate(n.periodEnd, locale, { month: "short", year: "numeric" })}`,
    },
    {
      header: t("courses.needs.overview.courses"),
      cell: (n) => (
        <>
          {n.courses.length === 0 ? (
            <Badge>{t("courses.needs.overview.uncovered")}</Badge>
          ) : (
            n.courses.map((c, i) => (
              <span key={c.slug}>
                {i ? ", " : ""}
                <Link to={`/cursussen/${c.slug}`}>{c.title}</Link> ({c.providerName})
              </span>
            ))
          )}
          {n.coursesTotal > n.courses.length ? (
            <>
              {" · "}
              <Link to={`/cursussen?onderwerp=${encodeURIComponent(n.topic)}`}>{t("courses.needs.moreCourses", { count: n.coursesTotal - n.courses.length })}</Link>
            </>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <div className="th-stack">
      <Heading level={1}>{t("courses.needs.overview.title")}</Heading>
      <Paragraph lead>{t("courses.needs.overview.intro")}</Paragraph>
      <Form method="get" className="th-stack th-narrow" role="search" aria-label={t("courses.needs.overview.filter")}>
        <SelectField name="onderwerp" label={t("courses.needs.form.topic")} placeholder={t("courses.catalogue.all")} options={COURSE_TOPICS.map((v) => ({ value: v, label: t(`courses.topic.${v}`) }))} defaultValue={loaderData.topic} />
        <SelectField name="regio" label={t("courses.needs.overview.region")} placeholder={t("courses.catalogue.all")} options={regions.map((r) => ({ value: r, label: r }))} defaultValue={loaderData.region} />
        <div>
          <Button appearance="secondary">{t("courses.needs.overview.apply")}</Button>
        </div>
      </Form>
      <section className="th-stack" aria-labelledby="totalen">
        <Heading level={2} id="totalen">
          {t("courses.needs.overview.totals")}
        </Heading>
        {totals.length === 0 ? <Paragraph>{t("courses.needs.overview.none")}</Paragraph> : null}
        {totals.length ? (
          // Six columns do not fit a phone: each row becomes a small card there, so nothing scrolls sideways.
          <Table
            caption={t("courses.needs.overview.totalsCaption")}
            stack
            rows={totals}
            rowKey={(g) => `${g.topic}|${g.region}|${g.period}`}
            columns={[
              { header: t("courses.needs.form.topic"), rowHeader: true, cell: (g) => t(`courses.topic.${g.topic}`) },
              { header: t("courses.needs.overview.region"), cell: (g) => g.region },
              { header: t("courses.needs.overview.period"), cell: (g) => g.period },
              { header: t("courses.needs.overview.companies"), numeric: true, cell: (g) => g.companies },
              { header: t("courses.needs.overview.employees"), numeric: true, cell: (g) => g.employees },
              { header: t("courses.needs.overview.uncoveredEmployees"), numeric: true, cell: (g) => g.uncoveredEmployees },
            ]}
          />
        ) : null}
      </section>
      {uncoveredCount + coveredCount > needs.length ? (
        <Paragraph role="status">{t("courses.needs.overview.firstShown", { shown: needs.length, total: uncoveredCount + coveredCount })}</Paragraph>
      ) : null}
      <section className="th-stack" aria-labelledby="onbediend">
        <Heading level={2} id="onbediend">
          {t("courses.needs.overview.uncoveredTitle", { n: uncoveredCount })}
        </Heading>
        {uncovered.length ? (
          <Form method="get" action="/cursussen/nieuw" className="th-stack">
            <Table
              caption={t("courses.needs.overview.uncoveredTitle", { n: uncoveredCount })}
              captionHidden
              stack
              rows={uncovered}
              rowKey={(n) => n.id}
              columns={needColumns(canDraftCourse)}
            />
            {canDraftCourse ? (
              <div>
                <Button>{t("courses.needs.overview.draft")}</Button>
              </div>
            ) : null}
          </Form>
        ) : (
          <Paragraph>{t("courses.needs.overview.allCovered")}</Paragraph>
        )}
      </section>
      <section className="th-stack" aria-labelledby="bediend">
        <Heading level={2} id="bediend">
          {t("courses.needs.overview.coveredTitle", { n: coveredCount })}
        </Heading>
        {covered.length ? (
          <Table caption={t("courses.needs.overview.coveredTitle", { n: coveredCount })} captionHidden stack rows={covered} rowKey={(n) => n.id} columns={needColumns(false)} />
        ) : null}
      </section>
    </div>
  );
}
