import type { Route } from "./+types/tips";
import { servicesContext, userContext } from "~/context.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listTips } from "~/services/guest-lessons/list-tips.server.ts";
import { ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "tips.title");

/** /tips: "Tips en hulpmiddelen", public. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => listTips(context.get(servicesContext), context.get(userContext)));

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
    </div>
  );
}
