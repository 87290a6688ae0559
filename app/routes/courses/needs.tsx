import type { Route } from "./+types/needs";
import { requestContext, servicesContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listCompanyNeeds } from "~/services/courses/list-company-needs.server.ts";
import { Alert, Badge, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const params = new URL(request.url).searchParams;
  const { page: asked, ignored } = parsePage(params.get("pagina"));
  const page = await listCompanyNeeds(context.get(servicesContext), user, { page: asked });
  return { ...page, ignored, notice: params.has("toegevoegd"), title: `${t("courses.needs.list.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Opleidingsbehoeften | Technohub" }];
}

export default function Needs({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { hasCompany, needs, canViewDemand } = loaderData;
  return (
    <div className="th-stack">
      <Heading level={1}>{t("courses.needs.list.title")}</Heading>
      <Paragraph lead>{t("courses.needs.list.intro")}</Paragraph>
      <ButtonGroup>
        {hasCompany ? <ButtonLink to="/behoeften/nieuw">{t("courses.needs.list.new")}</ButtonLink> : null}
        {canViewDemand ? (
          <ButtonLink to="/behoeften/overzicht" appearance={hasCompany ? "secondary" : "primary"}>
            {t("courses.needs.list.demand")}
          </ButtonLink>
        ) : null}
      </ButtonGroup>
      {!hasCompany && !canViewDemand ? <Alert type="info">{t("courses.needs.list.noCompany")}</Alert> : null}
      {hasCompany ? (
        <section className="th-stack" aria-labelledby="mijn">
          <Heading level={2} id="mijn">
            {t("courses.needs.list.mine")}
          </Heading>
          <PageNotice {...loaderData} />
          {needs.length === 0 ? <Paragraph>{t("courses.needs.list.none")}</Paragraph> : null}
          <ul className="th-card-list">
            {needs.map(({ need, companyName }) => (
              <li key={need.id} className="th-card">
                <Heading level={3} className="th-result__title">
                  <Link to={`/behoeften/${need.id}`}>
                    {t(`courses.topic.${need.topic}`)} – {companyName}
                  </Link>{" "}
                  <Badge>{t(`courses.needs.status.${need.status}`)}</Badge>
                </Heading>
                <Paragraph>{need.description}</Paragraph>
                <p className="utrecht-paragraph th-muted">
                  {t("courses.needs.employees", { count: need.employeeCount })} · {formatDate(need.periodStart, locale)} – {formatDate(need.periodEnd, locale)}
                </p>
              </li>
            ))}
          </ul>
          <Pagination {...loaderData} href={(page) => (page > 1 ? `/behoeften?pagina=${page}` : "/behoeften")} />
        </section>
      ) : null}
    </div>
  );
}
