import type { Route } from "./+types/tip";
import { servicesContext, userContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getTip } from "~/services/guest-lessons/get-tip.server.ts";
import { ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/** /tips/:slug: one tip, its Markdown rendered and sanitised. */
export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => getTip(context.get(servicesContext), context.get(userContext), { slug: params.slug }));

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.tip.title ?? "Tip"} | Technohub` }, { name: "description", content: loaderData?.tip.summary ?? "" }];
}

export default function Tip({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="th-stack th-narrow">
      <Paragraph>
        <Link to="/tips">{t("tips.back")}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.tip.title}</Heading>
      {loaderData.tip.summary ? <Paragraph lead>{loaderData.tip.summary}</Paragraph> : null}
      <div className="th-prose" dangerouslySetInnerHTML={{ __html: loaderData.html }} />
      <Paragraph className="th-muted">{t("tips.updated", { date: formatDate(loaderData.tip.updatedAt, locale) })}</Paragraph>
      {loaderData.canEdit ? (
        <Paragraph>
          <ButtonLink to={`/tips/${loaderData.tip.slug}/bewerken`} appearance="secondary">{t("tips.edit")}</ButtonLink>
        </Paragraph>
      ) : null}
    </article>
  );
}
