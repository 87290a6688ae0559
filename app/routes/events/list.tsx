import type { Route } from "./+types/list";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { listEvents } from "~/services/events/list-events.server.ts";
import { Badge, ButtonLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const pageHref = (page: number) => (page > 1 ? `/evenementen?pagina=${page}` : "/evenementen");

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const { page, ignored } = parsePage(new URL(request.url).searchParams.get("pagina"));
  const result = await listEvents(context.get(servicesContext), user, { page });
  return { ...result, ignored, title: `${translator(user?.locale ?? context.get(requestContext).locale)("events.list.title")} | Technohub` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Evenementen | Technohub" }];
}

export default function EventsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("events.list.title")}</Heading>
      <Paragraph lead>{t("events.list.intro")}</Paragraph>
      {loaderData.canCreate ? (
        <Paragraph>
          <ButtonLink to="/evenementen/nieuw" appearance="secondary">
            {t("events.manage.new")}
          </ButtonLink>
        </Paragraph>
      ) : null}
      <PageNotice {...loaderData} />
      {loaderData.events.length === 0 ? <Paragraph>{t("events.list.empty")}</Paragraph> : null}
      <UnorderedList className="th-event-list">
        {loaderData.events.map((e) => (
          <li key={e.slug}>
            <Link to={`/evenementen/${e.slug}`}>{e.name}</Link> — {t(`events.kind.${e.kind}`)}
            {e.startsOn ? `, ${formatDate(e.startsOn, locale)}` : ""}
            {e.networkName ? ` · ${e.networkName}` : ""} <Badge>{t(`events.status.${e.status}`)}</Badge>
          </li>
        ))}
      </UnorderedList>
      <Pagination {...loaderData} href={pageHref} />
    </div>
  );
}
