import type { Route } from "./+types/tips";
import { servicesContext, userContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listTips } from "~/services/guest-lessons/list-tips.server.ts";
import { ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "tips.title");

/** /tips: "Tips en hulpmiddelen", public. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const { page, ignored } = parsePage(new URL(request.url).searchParams.get("pagina"));
  return { ...(await listTips(context.get(servicesContext), context.get(userContext), { page })), ignored };
});

const pageHref = (page: number) => (page > 1 ? `/tips?pagina=${page}` : "/tips");

export default function Tips({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("tips.title")}</Heading>
      <Paragraph lead>{t("tips.intro")}</Paragraph>
      {loaderData.canWrite ? (
        <Paragraph>
          <ButtonLink to="/tips/nieuw" appearance="secondary">{t("tips.new")}</ButtonLink>
        </Paragraph>
      ) : null}
      <PageNotice {...loaderData} />
      {loaderData.tips.length === 0 ? <Paragraph>{t("tips.empty")}</Paragraph> : null}
      <ul className="th-card-list">
        {loaderData.tips.map((tip) => (
          <li key={tip.slug} className="th-card th-stack">
            <Heading level={2}>
              <Link to={`/tips/${tip.slug}`}>{tip.title}</Link>
            </Heading>
            {tip.summary ? <Paragraph>{tip.summary}</Paragraph> : null}
          </li>
        ))}
      </ul>
      <Pagination {...loaderData} href={pageHref} />
    </div>
  );
}
