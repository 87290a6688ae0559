import type { Route } from "./+types/list";
import { requestContext, servicesContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { listProgrammes } from "~/services/programmes/list-programmes.server.ts";
import { Badge, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const pageHref = (page: number) => (page > 1 ? `/programmas?pagina=${page}` : "/programmas");

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const services = context.get(servicesContext);
  const { page, ignored } = parsePage(new URL(request.url).searchParams.get("pagina"));
  const result = await listProgrammes(services, user, { page });
  return { ...result, ignored, title: `${t("programmes.list.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Programma's | Technohub" }];
}

export default function Programmes({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale, { dateStyle: "medium" });
  return (
    <div className="th-stack">
      <Heading level={1}>{t("programmes.list.title")}</Heading>
      <Paragraph lead>{t("programmes.list.intro")}</Paragraph>
      {loaderData.canStart ? (
        <ButtonGroup>
          <ButtonLink to="/programmas/nieuw">{t("programmes.list.new")}</ButtonLink>
        </ButtonGroup>
      ) : null}
      <PageNotice {...loaderData} />
      {loaderData.programmes.length === 0 ? <Paragraph>{t("programmes.list.empty")}</Paragraph> : null}
      <ul className="th-card-list">
        {loaderData.programmes.map((p) => (
          <li key={p.slug} className="th-card th-stack">
            <Heading level={2} appearance={3}>
              <Link to={`/programmas/${p.slug}`}>{p.name}</Link>
            </Heading>
            <Paragraph>
              {t("programmes.list.meta", { network: p.networkName, from: day(p.startsOn), to: day(p.endsOn), goals: p.goals, projects: p.projects })}
            </Paragraph>
            {p.coordinated ? (
              <p className="utrecht-paragraph">
                <Badge>{t("programmes.list.yours")}</Badge>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <Pagination {...loaderData} href={pageHref} />
    </div>
  );
}
